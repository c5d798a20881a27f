// Crash-consistency trials against panva's oidc-provider (refresh-token
// rotation with reuse detection): plugboard-cli is killed with SIGKILL at
// random points of a renewal (`token --min-validity`) and of a sign-in's
// save (`connect`, from the callback to the stored connection), at least
// 100 times each. After every kill: does connections.json parse, does the
// connection still work, and was anything lost? The one loss allowed is the
// documented window of a renewal (RefreshFlight): the server has rotated the
// refresh token, the process died before the new one reached the keyring.
// The test counts how often it was hit and restores the connection.
#include "core/applicationinfo.h"
#include "core/storage/tokenset.h"
#include "tests/cli/clisteps.h"
#include "tests/realpeers/realauthserver.h"
#include "tests/realpeers/realbrowser.h"
#include "tests/realpeers/realpeersteps.h"
#include "tests/support/privatekeyring.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

constexpr int kTrials = 100;
constexpr int kAccessTokenTtl = 3600;
// With hour-long tokens, asking for 3570 s (the most an hour-long token can
// give, less the 30 s clock-skew margin) makes every run renew.
const QString kMinValidity = QStringLiteral("3570");

struct Counts
{
    int trials = 0;
    int finishedBeforeKill = 0;
    int killedBeforeSend = 0; ///< the server saw no request
    int killedAfterSave = 0; ///< the new tokens were stored
    int killedInWindow = 0; ///< renewal: rotated at the server, not stored (the allowed loss)
    int answerNotSaved = 0; ///< sign-in: exchanged, not stored; the old connection intact
    int metadataBehind = 0; ///< new tokens stored, metadata not yet rewritten
    int lostOutsideWindow = 0;
    int metadataUnparsable = 0;
    int workingAfter = 0;
    int restored = 0;
    int reuseRevoked = 0; ///< in-window losses the server answered by revoking the grant
    QStringList defects;

    QString report(const char* scenario) const
    {
        return QStringLiteral(
                   "%1: trials %2, finished before the kill %3, killed before send %4, killed after "
                   "save %5 (metadata not yet rewritten: %12), killed in window (loss) %6, answer not saved "
                   "(old connection kept) %7, "
                   "lost outside window %8, metadata unparsable %9, working after %10, restored %11 (grants "
                   "revoked by reuse detection: %13)")
            .arg(QString::fromLatin1(scenario))
            .arg(trials)
            .arg(finishedBeforeKill)
            .arg(killedBeforeSend)
            .arg(killedAfterSave)
            .arg(killedInWindow)
            .arg(answerNotSaved)
            .arg(lostOutsideWindow)
            .arg(metadataUnparsable)
            .arg(workingAfter)
            .arg(restored)
            .arg(metadataBehind)
            .arg(reuseRevoked);
    }
};

struct Run
{
    bool killed = false;
    qint64 elapsedMs = 0;
};

} // namespace

class TestRealPeersCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renewalKilledAtRandomPoints();
    void signInSaveKilledAtRandomPoints();

private:
    /// Starts plugboard-cli with `arguments`, SIGKILLs it after `killAfterMs` if still running.
    Run runAndKill(const QStringList& arguments, int killAfterMs);
    /// One `token` trial; false when the connection had to be restored.
    void renewalTrial(int killAfterMs, Counts& counts);
    void saveTrial(int killAfterMs, Counts& counts);
    /// Signs in (curl) to the running `connect`, delivers the callback and
    /// SIGKILLs the process `killAfterMs` later if it still runs.
    void deliverAndKill(QProcess& cli, int killAfterMs, bool* killed);
    QByteArray metadataBytes();
    /// Waits until the server's counters stop moving (a killed client's
    /// request may still be in its hands); returns `name`.
    int settledStat(const QString& name);
    bool metadataParses();
    TokenSet stored();
    /// `token`, not killed: true when it printed a token the server honours.
    bool tokenWorks(const QStringList& extra = {});
    /// Signs in again (curl), after a loss.
    bool restore(Counts& counts);
    /// The callback URL of a sign-in to the running `connect`, signed in by curl.
    QUrl callbackFor(QProcess& cli);

    std::unique_ptr<RealAuthServer> m_server;
    QString m_account;
    QRandomGenerator m_random;
    QByteArray m_lastBrowser; ///< what signin.mjs printed last, for failure messages
    qint64 m_lastSaveMs = 0; ///< from the callback to the end (or the kill) of the last saveTrial()
};

void TestRealPeersCrash::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    CliSteps::forgetEverything();
    m_server = std::make_unique<RealAuthServer>(kAccessTokenTtl);
    QVERIFY2(m_server->startError().isEmpty(), qPrintable(m_server->startError()));
    const QString added = RealPeerSteps::addPublicProvider(*m_server);
    QVERIFY2(added.isEmpty(), qPrintable(added));
    const CliProcess connect = RealPeerSteps::connectWithCurl();
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    m_account
        = RealPeerSteps::onlyConnection().value(QLatin1String("id")).toString().section(QLatin1Char('/'), 1);
    QVERIFY(!m_account.isEmpty());
    const quint32 seed = qEnvironmentVariableIsSet("PLUGBOARD_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PLUGBOARD_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("random kill points from seed %u (PLUGBOARD_CRASH_SEED=%u repeats them)", seed, seed);
}

Run TestRealPeersCrash::runAndKill(const QStringList& arguments, int killAfterMs)
{
    Run run;
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(CliSteps::program(), arguments);
    if (!cli.waitForFinished(killAfterMs)) {
        cli.kill(); // SIGKILL
        cli.waitForFinished(5000);
        run.killed = true;
    }
    run.elapsedMs = clock.elapsed();
    return run;
}

int TestRealPeersCrash::settledStat(const QString& name)
{
    QTest::qWait(30);
    int last = m_server->stats().value(name).toInt();
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(40);
        const int now = m_server->stats().value(name).toInt();
        if (now == last)
            return now;
        last = now;
    }
    return last;
}

bool TestRealPeersCrash::metadataParses()
{
    // A file that does not parse is renamed aside on the next read: look
    // for such a rename as well as at the file itself.
    const QFileInfo file(RealPeerSteps::connectionsFile());
    if (!file.dir().entryList({ QStringLiteral("connections.json.corrupt*") }).isEmpty())
        return false;
    QFile metadata(file.filePath());
    if (!metadata.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(metadata.readAll(), &error);
    return error.error == QJsonParseError::NoError && !document.isNull();
}

TokenSet TestRealPeersCrash::stored()
{
    Result<TokenSet> tokens = TokenSet::fromJson(CliSteps::storedTokens(RealPeerSteps::kPlatform, m_account));
    return tokens ? tokens.value() : TokenSet();
}

bool TestRealPeersCrash::tokenWorks(const QStringList& extra)
{
    const CliProcess token
        = CliSteps::run(QStringList { QStringLiteral("token"), RealPeerSteps::kPlatform } + extra);
    return token.exitCode == 0 && m_server->isActive(token.out.trimmed());
}

bool TestRealPeersCrash::restore(Counts& counts)
{
    ++counts.restored;
    const CliProcess connect = RealPeerSteps::connectWithCurl();
    if (connect.exitCode == 0 && tokenWorks())
        return true;
    // What a failure here needs to be understood: both programs' words and
    // the lock files a killed renewal may have left.
    const CliProcess token = CliSteps::run({ QStringLiteral("token"), RealPeerSteps::kPlatform });
    const QDir data = QFileInfo(RealPeerSteps::connectionsFile()).dir();
    QStringList lockFiles;
    for (const QString& folder : { data.path(), data.filePath(QStringLiteral("locks")) }) {
        const QFileInfoList entries = QDir(folder).entryInfoList({ QStringLiteral("*.lock") }, QDir::Files);
        for (const QFileInfo& lock : entries) {
            QFile file(lock.filePath());
            const QByteArray owner
                = file.open(QIODevice::ReadOnly) ? file.readAll().simplified() : QByteArray();
            lockFiles.append(QStringLiteral("%1 (%2 bytes, age %3 ms: %4)")
                                 .arg(lock.fileName())
                                 .arg(lock.size())
                                 .arg(lock.lastModified().msecsTo(QDateTime::currentDateTime()))
                                 .arg(QString::fromUtf8(owner)));
        }
    }
    qWarning().noquote() << "restore failed: connect exit" << connect.exitCode << connect.err.trimmed()
                         << "| token exit" << token.exitCode << token.err.trimmed()
                         << "| locks:" << lockFiles.join(QStringLiteral(", "));
    return false;
}

QUrl TestRealPeersCrash::callbackFor(QProcess& cli)
{
    QByteArray printed;
    QElapsedTimer clock;
    clock.start();
    cli.waitForStarted(5000);
    while (!printed.contains('\n') && clock.elapsed() < 20'000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(100);
        printed += cli.readAllStandardOutput();
    }
    if (!printed.contains('\n')) {
        m_lastBrowser = "connect printed: " + printed + " / " + cli.readAllStandardError();
        return {};
    }
    const QJsonObject browser
        = RealBrowser::signIn(QUrl::fromEncoded(printed.left(printed.indexOf('\n'))),
                              RealBrowser::Client::Curl, { QStringLiteral("--callback-only") });
    m_lastBrowser = QJsonDocument(browser).toJson(QJsonDocument::Compact);
    return QUrl(browser.value(QLatin1String("callback")).toString());
}

void TestRealPeersCrash::renewalTrial(int killAfterMs, Counts& counts)
{
    ++counts.trials;
    const TokenSet before = stored();
    const int grantsBefore = settledStat(QStringLiteral("refresh_grants"));
    const QByteArray metadataBefore = metadataBytes();
    const Run run = runAndKill(
        { QStringLiteral("token"), RealPeerSteps::kPlatform, QStringLiteral("--min-validity"), kMinValidity },
        killAfterMs);
    const int rotated = settledStat(QStringLiteral("refresh_grants")) - grantsBefore;
    if (!metadataParses())
        ++counts.metadataUnparsable;
    const TokenSet after = stored();
    const bool same = after.refreshToken == before.refreshToken;
    const bool honoured = !after.refreshToken.isEmpty() && m_server->isActive(after.refreshToken);
    bool inWindow = false;
    bool lost = false;
    if (rotated == 0 && same && honoured) {
        ++(run.killed ? counts.killedBeforeSend : counts.finishedBeforeKill);
        lost = !run.killed; // a finished run must have renewed
    } else if (rotated == 1 && !same && honoured) {
        ++(run.killed ? counts.killedAfterSave : counts.finishedBeforeKill);
        if (run.killed && metadataBytes() == metadataBefore)
            ++counts.metadataBehind;
    } else if (rotated == 1 && same && run.killed) {
        ++counts.killedInWindow;
        inWindow = true;
    } else {
        lost = true;
    }
    const int revokedBefore = m_server->stats().value(QLatin1String("revoked_grants")).toInt();
    const bool works = tokenWorks({ QStringLiteral("--min-validity"), kMinValidity });
    if (works)
        ++counts.workingAfter;
    // The server's reuse detection: the consumed refresh token came back.
    if (inWindow && settledStat(QStringLiteral("revoked_grants")) > revokedBefore)
        ++counts.reuseRevoked;
    if (lost || (!works && !inWindow)) {
        ++counts.lostOutsideWindow;
        counts.defects.append(
            QStringLiteral("renewal killed=%1 after %2 ms: %3 rotation(s) at the server, stored "
                           "refresh token %4, honoured %5, works after %6")
                .arg(int(run.killed))
                .arg(run.elapsedMs)
                .arg(rotated)
                .arg(same ? QStringLiteral("unchanged") : QStringLiteral("changed"))
                .arg(int(honoured))
                .arg(int(works)));
    }
    if (!works)
        QVERIFY2(restore(counts), "the connection could not be restored by signing in again");
}

void TestRealPeersCrash::deliverAndKill(QProcess& cli, int killAfterMs, bool* killed)
{
    const QUrl callback = callbackFor(cli);
    QVERIFY2(callback.isValid() && callback.port() > 0, m_lastBrowser.constData());
    // The browser's request, sent now: the kill is timed from here.
    QTcpSocket browser;
    browser.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(callback.port()));
    QVERIFY(browser.waitForConnected(5000));
    QElapsedTimer clock;
    clock.start();
    browser.write("GET " + callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                  + " HTTP/1.1\r\nHost: " + callback.authority().toUtf8() + "\r\n\r\n");
    browser.waitForBytesWritten(1000);
    *killed = !cli.waitForFinished(std::max(0, killAfterMs - int(clock.elapsed())));
    m_lastSaveMs = clock.elapsed();
    if (*killed) {
        cli.kill(); // SIGKILL
        cli.waitForFinished(5000);
    }
}

QByteArray TestRealPeersCrash::metadataBytes()
{
    QFile metadata(RealPeerSteps::connectionsFile());
    return metadata.open(QIODevice::ReadOnly) ? metadata.readAll() : QByteArray();
}

void TestRealPeersCrash::saveTrial(int killAfterMs, Counts& counts)
{
    ++counts.trials;
    const TokenSet before = stored();
    const int codesBefore = settledStat(QStringLiteral("code_grants"));
    const QByteArray metadataBefore = metadataBytes();
    QProcess cli;
    cli.start(CliSteps::program(),
              { QStringLiteral("connect"), RealPeerSteps::kPlatform, QStringLiteral("--no-browser"),
                QStringLiteral("--timeout"), QStringLiteral("30") });
    bool killed = false;
    deliverAndKill(cli, killAfterMs, &killed);
    if (QTest::currentTestFailed())
        return;
    const int exchanged = settledStat(QStringLiteral("code_grants")) - codesBefore;
    if (!metadataParses())
        ++counts.metadataUnparsable;
    const TokenSet after = stored();
    const bool same = after.refreshToken == before.refreshToken;
    if (!killed)
        ++counts.finishedBeforeKill;
    else if (exchanged == 0 && same)
        ++counts.killedBeforeSend;
    else if (exchanged == 1 && same)
        ++counts.answerNotSaved;
    else if (exchanged == 1)
        ++counts.killedAfterSave;
    // Tokens first, metadata second: a kill between them leaves the new
    // tokens under the old metadata, which must work as well.
    if (killed && exchanged == 1 && !same && metadataBytes() == metadataBefore)
        ++counts.metadataBehind;
    // Whatever the kill hit, the connection is listed and its stored tokens
    // work: the previous ones or the new ones, never neither.
    const bool listed = RealPeerSteps::onlyConnection().value(QLatin1String("state")).toString()
        == QLatin1String("connected");
    const bool works
        = listed && !after.refreshToken.isEmpty() && m_server->isActive(after.refreshToken) && tokenWorks();
    if (works) {
        ++counts.workingAfter;
        return;
    }
    ++counts.lostOutsideWindow;
    counts.defects.append(
        QStringLiteral("sign-in killed=%1 after %2 ms: %3 code exchange(s), stored tokens %4, "
                       "listed %5")
            .arg(int(killed))
            .arg(killAfterMs)
            .arg(exchanged)
            .arg(same ? QStringLiteral("unchanged") : QStringLiteral("changed"))
            .arg(int(listed)));
    QVERIFY2(restore(counts), "the connection could not be restored by signing in again");
}

// Scenario A: `token --min-validity` renews on every run; killed anywhere
// from its start to its end.
void TestRealPeersCrash::renewalKilledAtRandomPoints()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> durations;
    for (int i = 0; i < 3; ++i) {
        const Run run = runAndKill({ QStringLiteral("token"), RealPeerSteps::kPlatform,
                                     QStringLiteral("--min-validity"), kMinValidity },
                                   30'000);
        QVERIFY(!run.killed);
        durations.append(run.elapsedMs);
    }
    std::sort(durations.begin(), durations.end());
    const int span = int(durations.at(1) * 11 / 10);
    qInfo("a renewing `token` run takes %lld ms; kills spread over 0-%d ms", durations.at(1), span);
    Counts counts;
    while (counts.trials < kTrials && !QTest::currentTestFailed())
        renewalTrial(int(m_random.bounded(span + 1)), counts);
    qInfo("%s (%lld ms)", qPrintable(counts.report("renewal")), clock.elapsed());
    QVERIFY2(counts.defects.isEmpty(), qPrintable(counts.defects.join(QLatin1Char('\n'))));
    QCOMPARE(counts.lostOutsideWindow, 0);
    QCOMPARE(counts.metadataUnparsable, 0);
    QCOMPARE(counts.workingAfter + counts.killedInWindow, counts.trials);
    QCOMPARE(counts.reuseRevoked, counts.killedInWindow);
}

// Scenario B: a sign-in to the connected account again (its tokens and
// metadata rewritten), killed anywhere from the browser's callback to the
// end of the run.
void TestRealPeersCrash::signInSaveKilledAtRandomPoints()
{
    QElapsedTimer clock;
    clock.start();
    Counts warmUp;
    QList<qint64> durations;
    for (int i = 0; i < 3; ++i) {
        saveTrial(60'000, warmUp);
        QVERIFY(warmUp.finishedBeforeKill == i + 1 && warmUp.workingAfter == i + 1);
        durations.append(m_lastSaveMs);
    }
    std::sort(durations.begin(), durations.end());
    const int span = int(durations.at(1) * 12 / 10);
    qInfo("from the callback to the stored connection takes %lld ms; kills spread over 0-%d ms",
          durations.at(1), span);
    Counts counts;
    while (counts.trials < kTrials && !QTest::currentTestFailed())
        saveTrial(int(m_random.bounded(span + 1)), counts);
    qInfo("%s (%lld ms)", qPrintable(counts.report("sign-in save")), clock.elapsed());
    QVERIFY2(counts.defects.isEmpty(), qPrintable(counts.defects.join(QLatin1Char('\n'))));
    QCOMPARE(counts.lostOutsideWindow, 0);
    QCOMPARE(counts.metadataUnparsable, 0);
    QCOMPARE(counts.workingAfter, counts.trials);
}

QTEST_GUILESS_MAIN(TestRealPeersCrash)
#include "tst_realpeers_crash.moc"

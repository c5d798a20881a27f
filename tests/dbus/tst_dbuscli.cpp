// `plugboard-cli token` with the desktop app running: the real app serves
// the bus in the suite's private session with the private keyring, the CLI
// asks it (GetCommandLineToken) and the app answers from memory under the
// rules every hand-out follows; without the app, or when it cannot answer,
// the CLI reads the keyring itself and prints the same. The fake provider
// on loopback issues and renews tokens.
#include "app/dbus/instancesocket.h"
#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretjob.h"
#include "core/storage/tokenset.h"
#include "tests/cli/clisteps.h"
#include "tests/dbus/busclient.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kAccount = QStringLiteral("user-42");
const QString kConnection = QStringLiteral("fake/user-42");
const QString kRefresh = QStringLiteral("refresh_token");
/// What the CLI logs (debug) when the running app handed out its token.
const QString kFromApp = QStringLiteral("the running app handed out");

Run token(const QStringList& extra = {})
{
    return CliSteps::run(QStringList { QStringLiteral("token"), kFake } + extra);
}

bool runSecretJob(SecretJob* job)
{
    QSignalSpy finished(job, &SecretJob::finished);
    job->start();
    return (!finished.isEmpty() || finished.wait(20000)) && !job->error().isError();
}

bool writeStoredTokens(const QString& blob)
{
    KeychainSecretStore store;
    return runSecretJob(store.write(SecretStore::connectionKey(kFake, kAccount), blob));
}

bool removeStoredTokens()
{
    KeychainSecretStore store;
    return runSecretJob(store.remove(SecretStore::connectionKey(kFake, kAccount)));
}

/// The tokens and the metadata as they are an hour after a renewal that
/// makes them expire at `expiresAt`: both agree, as a renewal writes them.
bool ageStoredTokens(const QDateTime& expiresAt)
{
    Result<TokenSet> tokens = TokenSet::fromJson(CliSteps::storedTokens(kFake, kAccount));
    if (!tokens)
        return false;
    tokens.value().expiresAt = expiresAt;
    tokens.value().obtainedAt = expiresAt.addSecs(-3600);
    if (!writeStoredTokens(tokens.value().toJson()))
        return false;
    ConnectionStore connections;
    if (!connections.load())
        return false;
    std::optional<Connection> connection = connections.connection(kConnection);
    if (!connection)
        return false;
    connection->expiresAt = expiresAt;
    return bool(connections.upsert(*connection));
}

/// The hand-outs of the connection to this test's command lines in the audit trail.
int handOutsRecorded()
{
    const QString line
        = kConnection + QStringLiteral("  cli:") + BusClient::ownExecutable() + QStringLiteral("  ok");
    return int(CliSteps::run(
                   { QStringLiteral("audit"), QStringLiteral("--event"), QStringLiteral("token.handed_out") })
                   .out.count(line));
}

QString storedRefreshToken()
{
    const Result<TokenSet> tokens = TokenSet::fromJson(CliSteps::storedTokens(kFake, kAccount));
    return tokens ? tokens.value().refreshToken : QString();
}

} // namespace

class TestDBusCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void cliGetsItsTokenFromTheRunningApp();
    void tooShortLivedRememberedTokenIsRenewedOnce();
    void reconnectElsewhereIsNotAnsweredFromMemory();
    void noRefreshTokenCrossesTheBus();
    void imposterGetsNoCliTreatment();
    void slowRenewalIsHandedOutAndRecordedOnce();
    void hungAppIsNotWaitedFor();
    void withoutTheAppTheCliReadsTheKeyringAndPrintsTheSame();

private:
    bool startApp();
    QString appLog() const;

    std::unique_ptr<FakeOAuthProvider> m_provider;
    QProcess m_app;
    QString m_appLog;
    std::unique_ptr<BusClient> m_client;
    QTemporaryDir m_folder;
};

bool TestDBusCli::startApp()
{
    m_app.setStandardErrorFile(m_appLog);
    m_app.start(QStringLiteral(PLUGBOARD_GUI_PATH), { QStringLiteral("--minimized") });
    return m_app.waitForStarted() && BusClient::waitForService(20000);
}

QString TestDBusCli::appLog() const
{
    QFile file(m_appLog);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestDBusCli::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    QVERIFY(m_folder.isValid());
    ApplicationInfo::applyToApplication();
    m_provider = std::make_unique<FakeOAuthProvider>();
    QCOMPARE(CliSteps::addProvider(kFake, *m_provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(kFake, *m_provider).exitCode, 0);
    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    m_appLog = m_folder.filePath(QStringLiteral("app.log"));
    QVERIFY2(startApp(), "the app took the bus name");
    m_client = std::make_unique<BusClient>();
}

void TestDBusCli::cleanupTestCase()
{
    m_client.reset();
    if (m_app.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_app.processId()), SIGCONT);
        m_app.terminate();
        if (!m_app.waitForFinished(10000))
            m_app.kill();
    }
    CliSteps::forgetEverything();
}

void TestDBusCli::cliGetsItsTokenFromTheRunningApp()
{
    const Run first = token({ QStringLiteral("--json") });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.err.contains(kFromApp), qPrintable(first.err));
    QVERIFY(first.out.contains(m_provider->lastAccessToken()));

    // The keyring entry gone, the app still answers: from its memory.
    const QString blob = CliSteps::storedTokens(kFake, kAccount);
    QVERIFY(removeStoredTokens());
    const Run fromMemory = token({ QStringLiteral("--json") });
    QVERIFY(writeStoredTokens(blob));
    QVERIFY2(fromMemory.exitCode == 0, qPrintable(fromMemory.err));
    QCOMPARE(fromMemory.out, first.out);

    // Recorded by the app under the actor the CLI records itself: the
    // program that ran it (this test).
    const QString actor = QStringLiteral("cli:") + BusClient::ownExecutable();
    QTRY_VERIFY_WITH_TIMEOUT(appLog().contains(QStringLiteral("handed out fake/user-42 to ") + actor), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        CliSteps::run(
            { QStringLiteral("audit"), QStringLiteral("--event"), QStringLiteral("token.handed_out") })
                .out.count(kConnection + QStringLiteral("  ") + actor + QStringLiteral("  ok"))
            >= 2,
        10000);
}

void TestDBusCli::tooShortLivedRememberedTokenIsRenewedOnce()
{
    QVERIFY(ageStoredTokens(QDateTime::currentDateTimeUtc().addSecs(300)));
    const int renewals = m_provider->tokenRequestCount(kRefresh);
    const Run aged = token({ QStringLiteral("--min-validity"), QStringLiteral("0") });
    QVERIFY2(aged.exitCode == 0 && aged.err.contains(kFromApp), qPrintable(aged.err));
    QCOMPARE(m_provider->tokenRequestCount(kRefresh), renewals); // good enough for 0 seconds

    // Remembered, but not valid for ten minutes: renewed, once.
    const Run renewed = token({ QStringLiteral("--min-validity"), QStringLiteral("600") });
    QVERIFY2(renewed.exitCode == 0 && renewed.err.contains(kFromApp), qPrintable(renewed.err));
    QCOMPARE(m_provider->tokenRequestCount(kRefresh), renewals + 1);
    QCOMPARE(renewed.out.trimmed(), m_provider->lastAccessToken());
    QVERIFY(renewed.out.trimmed() != aged.out.trimmed());

    const Run again = token({ QStringLiteral("--min-validity"), QStringLiteral("600") });
    QCOMPARE(again.out, renewed.out);
    QCOMPARE(m_provider->tokenRequestCount(kRefresh), renewals + 1);
}

void TestDBusCli::reconnectElsewhereIsNotAnsweredFromMemory()
{
    const Run before = token();
    QVERIFY2(before.exitCode == 0 && before.err.contains(kFromApp), qPrintable(before.err));

    const Run disconnect = CliSteps::run({ QStringLiteral("disconnect"), kConnection });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    const QDBusMessage gone = m_client->token(kConnection, { { QStringLiteral("interactive"), false } });
    QCOMPARE(gone.errorName(), QStringLiteral("org.plugboard.Plugboard1.Error.UnknownConnection"));

    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    const Run after = token();
    QVERIFY2(after.exitCode == 0 && after.err.contains(kFromApp), qPrintable(after.err));
    QCOMPARE(after.out.trimmed(), m_provider->lastAccessToken());
    QVERIFY(after.out.trimmed() != before.out.trimmed());
}

void TestDBusCli::noRefreshTokenCrossesTheBus()
{
    QProcess monitor;
    monitor.start(QStringLiteral("dbus-monitor"), { QStringLiteral("--session") });
    QVERIFY(monitor.waitForStarted());
    QVERIFY(monitor.waitForReadyRead(10000)); // it is listening
    const QString oldRefresh = storedRefreshToken();
    QVERIFY(!oldRefresh.isEmpty());

    // The app renews (refresh token to the platform, over HTTP) and hands
    // out, to the CLI and to an application with a grant.
    QVERIFY(ageStoredTokens(QDateTime::currentDateTimeUtc().addSecs(20)));
    const Run renewed = token({ QStringLiteral("--json") });
    QVERIFY2(renewed.exitCode == 0 && renewed.err.contains(kFromApp), qPrintable(renewed.err));
    QCOMPARE(CliSteps::run({ QStringLiteral("grants"), QStringLiteral("allow"), BusClient::ownExecutable(),
                             kConnection })
                 .exitCode,
             0);
    const QDBusMessage reply = m_client->token(kConnection, { { QStringLiteral("interactive"), false } });
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QTest::qWait(300); // the monitor prints what it saw
    monitor.terminate();
    QVERIFY(monitor.waitForFinished(10000));
    const QByteArray seen = monitor.readAllStandardOutput();

    QVERIFY2(seen.contains(m_provider->lastAccessToken().toUtf8()), "the monitor saw the hand-outs");
    const QString newRefresh = storedRefreshToken();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(!seen.contains(oldRefresh.toUtf8()));
    QVERIFY(!seen.contains(newRefresh.toUtf8()));
    QVERIFY(!renewed.out.contains(newRefresh));
}

void TestDBusCli::imposterGetsNoCliTreatment()
{
    // Another program asking directly.
    const QDBusMessage direct
        = m_client->call(QStringLiteral("GetCommandLineToken"), { kConnection, QVariantMap() });
    QCOMPARE(direct.errorName(), QStringLiteral("org.plugboard.Plugboard1.Error.Code.access_denied"));

    // A copy of plugboard-cli elsewhere is another file: the app refuses it,
    // and the copy reads the keyring itself, as it may.
    const QString copy = m_folder.filePath(QStringLiteral("plugboard-cli"));
    QVERIFY(QFile::copy(CliSteps::program(), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const Run copied = CliProcess::run(copy, { QStringLiteral("token"), kFake });
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QVERIFY2(!copied.err.contains(kFromApp), qPrintable(copied.err));
    QCOMPARE(copied.out.trimmed(), token().out.trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(appLog().contains(QStringLiteral("refused ") + copy), 10000);
}

// A renewal slower than the command line's wait (CommandLineProtocol::
// kDeadlineMs): the command line gets the renewed token itself, and the
// audit trail records one hand-out, not one more for an answer nobody
// waited for.
void TestDBusCli::slowRenewalIsHandedOutAndRecordedOnce()
{
    QVERIFY(ageStoredTokens(QDateTime::currentDateTimeUtc().addSecs(20)));
    const int before = handOutsRecorded();
    const int renewals = m_provider->tokenRequestCount(kRefresh);
    m_provider->setRefreshDelay(4000);
    const Run slow = token();
    QVERIFY2(slow.exitCode == 0, qPrintable(slow.err));
    QVERIFY(!slow.err.contains(kFromApp));
    // The app's renewal has ended (its answer, if any, recorded).
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->tokenRequestCount(kRefresh) == renewals + 1, 10000);
    QTest::qWait(1500);
    m_provider->setRefreshDelay(0);
    QCOMPARE(slow.out.trimmed(), m_provider->lastAccessToken());
    QCOMPARE(handOutsRecorded(), before + 1);
}

void TestDBusCli::hungAppIsNotWaitedFor()
{
    const Run answered = token({ QStringLiteral("--json") });
    QVERIFY(answered.err.contains(kFromApp));
    ::kill(pid_t(m_app.processId()), SIGSTOP);
    const Run fallback = token({ QStringLiteral("--json") });
    ::kill(pid_t(m_app.processId()), SIGCONT);
    QVERIFY2(fallback.exitCode == 0, qPrintable(fallback.err)); // within CliProcess's bound
    QVERIFY(!fallback.err.contains(kFromApp));
    QCOMPARE(fallback.out, answered.out);
}

void TestDBusCli::withoutTheAppTheCliReadsTheKeyringAndPrintsTheSame()
{
    const Run fromApp = token({ QStringLiteral("--json") });
    QVERIFY2(fromApp.exitCode == 0 && fromApp.err.contains(kFromApp), qPrintable(fromApp.err));

    // Killed: the bus name is gone, the single-instance socket stays.
    m_client.reset();
    m_app.kill();
    QVERIFY(m_app.waitForFinished(10000));
    const Run afterCrash = token({ QStringLiteral("--json") });
    QVERIFY2(afterCrash.exitCode == 0, qPrintable(afterCrash.err));
    QVERIFY(!afterCrash.err.contains(kFromApp));
    QCOMPARE(afterCrash.out, fromApp.out);

    // Never started: the CLI does not even look on the bus (no activation).
    QVERIFY(QFile::remove(InstanceSocket::name(ApplicationInfo::appId())));
    const Run absent = token({ QStringLiteral("--json") });
    QVERIFY2(absent.exitCode == 0, qPrintable(absent.err));
    QCOMPARE(absent.out, fromApp.out);
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.plugboard.Plugboard1")));
}

QTEST_GUILESS_MAIN(TestDBusCli)
#include "tst_dbuscli.moc"

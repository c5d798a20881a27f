// plugboard-cli against a certified authorization server nobody here wrote
// (panva's oidc-provider, strict: PKCE required, refresh-token rotation with
// reuse detection) and real clients at the loopback listener (headless
// Chromium and curl). Every scenario a user meets on the command line: the
// three kinds of client a provider added by discovery can be, a denied
// consent, a wrong client ID, renewals under concurrency, check, and a
// disconnect the server confirms.
#include "core/applicationinfo.h"
#include "core/storage/tokenset.h"
#include "tests/cli/clisteps.h"
#include "tests/realpeers/realauthserver.h"
#include "tests/realpeers/realbrowser.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/privatesession.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Plugboard;
using namespace Plugboard::Test;
using Client = RealBrowser::Client;

namespace {

const QString kPlatform = QStringLiteral("realoidc");
constexpr int kParallel = 12;

struct SignIn
{
    CliProcess cli;
    QJsonObject browser;
};

QJsonObject onlyConnection()
{
    const CliProcess list = CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    return all.size() == 1 ? all.first().toObject() : QJsonObject();
}

} // namespace

class TestRealPeersCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void publicClientSignsInWithChromium();
    void clientSecretBasicFromDiscoveryWithCurl();
    void clientSecretPostFromDiscovery();
    void tokenExchangeProxyHoldsTheSecretForSignInAndRenewal();
    void deniedConsentIsShownAndReported();
    void wrongClientIdIsReportedWithinSeconds();
    void parallelRenewalsRenewOnce_data();
    void parallelRenewalsRenewOnce();
    void checkAndDisconnectRevokeAtTheServer();
    void signInFinishedOnAnotherMachineIsPasted();
    void deviceFlowApprovedInChromium();
    void deviceFlowAbortedOnTheOtherDevice();
    void backupMovesAConnectionToAnotherComputer();
    void noIssuedTokenReachesAFile();

private:
    void addProvider(const QStringList& extra = {});
    void setCredentials(const QString& clientId, const QString& secret = QString());
    SignIn connect(Client client, const QStringList& browserArguments = {});
    /// `connect --device`, with Chromium approving what it printed.
    SignIn connectWithDevice(const QStringList& browserArguments = {});
    /// `connect` in `mode`; once it printed `lines` lines, `person` acts on them.
    SignIn runConnect(const QStringList& mode, int lines,
                      const std::function<QJsonObject(const QList<QByteArray>&)>& person);
    /// The account's stored tokens, read from the keyring as Plugboard wrote them.
    TokenSet storedTokens(const QString& connectionId);
    QList<CliProcess> runInParallel(const QStringList& arguments, int count);

    std::unique_ptr<RealAuthServer> m_server;
};

void TestRealPeersCli::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    m_server = std::make_unique<RealAuthServer>();
    QVERIFY2(m_server->startError().isEmpty(), qPrintable(m_server->startError()));
}

void TestRealPeersCli::cleanup()
{
    CliSteps::forgetEverything();
    m_server->setAccessTokenTtl(3600);
    m_server->resetStats();
}

void TestRealPeersCli::addProvider(const QStringList& extra)
{
    const CliProcess add
        = CliSteps::run(QStringList { QStringLiteral("providers"), QStringLiteral("add"), kPlatform,
                                      QStringLiteral("--discover"), m_server->issuer().toString(),
                                      QStringLiteral("--name"), QStringLiteral("Real OIDC") }
                        + extra);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
}

void TestRealPeersCli::setCredentials(const QString& clientId, const QString& secret)
{
    QStringList arguments { QStringLiteral("credentials"), QStringLiteral("set"), kPlatform,
                            QStringLiteral("--client-id"), clientId };
    if (!secret.isEmpty())
        arguments.append(QStringLiteral("--client-secret-stdin"));
    const CliProcess set = CliSteps::run(arguments, secret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

SignIn TestRealPeersCli::connect(Client client, const QStringList& browserArguments)
{
    return runConnect({ QStringLiteral("--no-browser") }, 1, [&](const QList<QByteArray>& lines) {
        return RealBrowser::signIn(QUrl::fromEncoded(lines[0]), client, browserArguments);
    });
}

SignIn TestRealPeersCli::connectWithDevice(const QStringList& browserArguments)
{
    return runConnect({ QStringLiteral("--device") }, 2, [&](const QList<QByteArray>& lines) {
        return RealBrowser::approveDevice(QUrl::fromEncoded(lines[0]), QString::fromUtf8(lines[1]),
                                          browserArguments);
    });
}

SignIn TestRealPeersCli::runConnect(const QStringList& mode, int lines,
                                    const std::function<QJsonObject(const QList<QByteArray>&)>& person)
{
    SignIn result;
    QProcess cli;
    QSignalSpy finished(&cli, &QProcess::finished);
    QSignalSpy output(&cli, &QProcess::readyReadStandardOutput);
    cli.start(CliSteps::program(),
              QStringList { QStringLiteral("connect"), kPlatform } + mode
                  + QStringList { QStringLiteral("--timeout"), QStringLiteral("120") });
    QByteArray printed;
    while (printed.count('\n') < lines && finished.isEmpty()
           && (output.wait(20'000) || cli.bytesAvailable() > 0))
        printed += cli.readAllStandardOutput();
    if (printed.count('\n') >= lines)
        result.browser = person(printed.split('\n'));
    if (finished.isEmpty() && !finished.wait(60'000)) {
        cli.kill();
        cli.waitForFinished(5000);
        return result;
    }
    result.cli.exitCode = cli.exitCode();
    result.cli.out = QString::fromUtf8(printed + cli.readAllStandardOutput());
    result.cli.err = QString::fromUtf8(cli.readAllStandardError());
    return result;
}

TokenSet TestRealPeersCli::storedTokens(const QString& connectionId)
{
    const QStringList parts = connectionId.split(QLatin1Char('/'));
    Result<TokenSet> tokens = TokenSet::fromJson(CliSteps::storedTokens(parts.value(0), parts.value(1)));
    return tokens ? tokens.value() : TokenSet();
}

QList<CliProcess> TestRealPeersCli::runInParallel(const QStringList& arguments, int count)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(CliSteps::program(), arguments);
    }
    QList<CliProcess> results;
    for (const auto& process : processes) {
        CliProcess result;
        QSignalSpy finished(process.get(), &QProcess::finished);
        if (process->state() != QProcess::NotRunning && !finished.wait(60'000)) {
            process->kill();
            process->waitForFinished(5000);
        } else {
            result.exitCode = process->exitCode();
        }
        result.out = QString::fromUtf8(process->readAllStandardOutput());
        result.err = QString::fromUtf8(process->readAllStandardError());
        results.append(result);
    }
    return results;
}

// A public client (no secret) with PKCE: the browser must show Plugboard's
// styled result page, and a working connection must not be flagged for
// re-consent because the server leaves offline_access out of the grant.
void TestRealPeersCli::publicClientSignsInWithChromium()
{
    addProvider();
    setCredentials(RealAuthServer::kPublicClient);
    const SignIn signIn = connect(Client::Chromium);
    QVERIFY2(!signIn.browser.contains(QLatin1String("harness_error")),
             qPrintable(signIn.browser.value(QLatin1String("harness_error")).toString()));
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    QVERIFY(signIn.browser.value(QLatin1String("reached_callback")).toBool());
    QVERIFY2(!signIn.browser.value(QLatin1String("error_page")).toBool(),
             qPrintable(signIn.browser.value(QLatin1String("text")).toString()));
    QCOMPARE(signIn.browser.value(QLatin1String("http_status")).toInt(), 200);
    QCOMPARE(signIn.browser.value(QLatin1String("title")).toString(),
             QStringLiteral("Connected to Real OIDC"));
    QVERIFY2(signIn.browser.value(QLatin1String("text")).toString().contains(QStringLiteral("alice")),
             qPrintable(signIn.browser.value(QLatin1String("text")).toString()));
    QCOMPARE(m_server->stats().value(QLatin1String("code_grants")).toInt(), 1);

    const QJsonObject listed = onlyConnection();
    QCOMPARE(listed.value(QLatin1String("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(listed.value(QLatin1String("refreshes_automatically")).toBool(), true);

    const CliProcess token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QVERIFY(m_server->isActive(token.out.trimmed()));
}

// curl, a real HTTP client that reports "Empty reply from server" when a
// listener closes without an answer, must receive the whole result page.
void TestRealPeersCli::clientSecretBasicFromDiscoveryWithCurl()
{
    addProvider();
    setCredentials(RealAuthServer::kBasicClient, RealAuthServer::kBasicSecret);
    const SignIn signIn = connect(Client::Curl);
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    QCOMPARE(signIn.browser.value(QLatin1String("curl_exit")).toInt(), 0);
    QCOMPARE(signIn.browser.value(QLatin1String("http_status")).toInt(), 200);
    QVERIFY2(signIn.browser.value(QLatin1String("body"))
                 .toString()
                 .contains(QStringLiteral("Connected to Real OIDC")),
             qPrintable(signIn.browser.value(QLatin1String("curl_stderr")).toString()));
    QCOMPARE(onlyConnection().value(QLatin1String("state")).toString(), QStringLiteral("connected"));
}

void TestRealPeersCli::clientSecretPostFromDiscovery()
{
    addProvider({ QStringLiteral("--client-auth"), QStringLiteral("post") });
    setCredentials(RealAuthServer::kPostClient, RealAuthServer::kPostSecret);
    const SignIn signIn = connect(Client::Curl);
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    QCOMPARE(signIn.browser.value(QLatin1String("http_status")).toInt(), 200);
    // The renewal authenticates the same way.
    const QString connectionId = onlyConnection().value(QLatin1String("id")).toString();
    QVERIFY(CliSteps::setTokenExpiry(kPlatform, connectionId.section(QLatin1Char('/'), 1),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));
    const CliProcess token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QCOMPARE(m_server->stats().value(QLatin1String("refresh_grants")).toInt(), 1);
}

// A team's token-exchange proxy in front of the real server holds the
// client secret: the sign-in's code exchange and the renewal go through it,
// Plugboard never has or sends the secret (the proxy counts any that
// arrives), and the server's rotation and reuse detection see one client.
void TestRealPeersCli::tokenExchangeProxyHoldsTheSecretForSignInAndRenewal()
{
    addProvider();
    QUrl proxy = m_server->issuer();
    proxy.setPath(QStringLiteral("/test/exchange-proxy"));
    proxy.setQuery(QStringLiteral("client=") + RealAuthServer::kBasicClient);
    const CliProcess set = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("set"), kPlatform,
                                           QStringLiteral("--client-id"), RealAuthServer::kBasicClient,
                                           QStringLiteral("--token-proxy"), proxy.toString() });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));

    const SignIn signIn = connect(Client::Curl);
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    QCOMPARE(m_server->stats().value(QLatin1String("code_grants")).toInt(), 1);
    const QString connectionId = onlyConnection().value(QLatin1String("id")).toString();
    const TokenSet first = storedTokens(connectionId);
    QVERIFY(CliSteps::setTokenExpiry(kPlatform, connectionId.section(QLatin1Char('/'), 1),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));

    const CliProcess token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    const QJsonObject stats = m_server->stats();
    QCOMPARE(stats.value(QLatin1String("refresh_grants")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("proxy_forwarded")).toInt(), 2); // the code, then the renewal
    QCOMPARE(stats.value(QLatin1String("proxy_secrets_seen")).toInt(), 0);
    const TokenSet renewed = storedTokens(connectionId);
    QVERIFY2(renewed.refreshToken != first.refreshToken, "the rotated refresh token is stored");
    QVERIFY(token.out.trimmed() == renewed.accessToken);

    // Disconnecting revokes through the proxy as well: the refresh token,
    // then the access token, each with the secret only the proxy holds.
    const CliProcess disconnect = CliSteps::run({ QStringLiteral("disconnect"), kPlatform });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    const QJsonObject after = m_server->stats();
    QCOMPARE(after.value(QLatin1String("proxy_forwarded")).toInt(), 4);
    // Revoking the refresh token ends the whole grant at this server, so
    // the access token is found gone: one revocation counted, not two.
    QVERIFY(after.value(QLatin1String("revocations")).toInt() >= 1);
    QCOMPARE(after.value(QLatin1String("proxy_secrets_seen")).toInt(), 0);
}

void TestRealPeersCli::deniedConsentIsShownAndReported()
{
    addProvider();
    setCredentials(RealAuthServer::kPublicClient);
    const SignIn signIn = connect(Client::Chromium, { QStringLiteral("--deny") });
    QCOMPARE(signIn.cli.exitCode, 6);
    QVERIFY2(signIn.cli.err.contains(QStringLiteral("Access was not granted")), qPrintable(signIn.cli.err));
    QVERIFY(!signIn.browser.value(QLatin1String("error_page")).toBool());
    QCOMPARE(signIn.browser.value(QLatin1String("title")).toString(),
             QStringLiteral("Could not connect to Real OIDC"));
    QVERIFY(onlyConnection().isEmpty());
}

// The server shows its error page and never redirects: the command must say
// what to check within seconds, not count down for minutes.
void TestRealPeersCli::wrongClientIdIsReportedWithinSeconds()
{
    addProvider();
    setCredentials(QStringLiteral("no-such-client"));
    QElapsedTimer clock;
    clock.start();
    const CliProcess connect = CliProcess::run(
        CliSteps::program(), { QStringLiteral("connect"), kPlatform, QStringLiteral("--no-browser") },
        QByteArray(), 60'000);
    qInfo("wrong client ID reported after %lld ms", clock.elapsed());
    QCOMPARE(connect.exitCode, 6);
    QVERIFY2(connect.err.contains(QStringLiteral("client ID")), qPrintable(connect.err));
    QVERIFY2(connect.err.contains(QStringLiteral("HTTP 400")), qPrintable(connect.err));
}

void TestRealPeersCli::parallelRenewalsRenewOnce_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<int>("minValidity");
    QTest::newRow("expired token, default validity") << 3600 << 60;
    QTest::newRow("10-second tokens, --min-validity 1") << 10 << 1;
    QTest::newRow("3599-second tokens, --min-validity 3600") << 3599 << 3600;
}

// Twelve scripts ask for a token at once. The server rotates refresh tokens
// and revokes the whole grant when one is presented twice: exactly one
// renewal may happen, and everyone gets its token.
void TestRealPeersCli::parallelRenewalsRenewOnce()
{
    QFETCH(int, lifetime);
    QFETCH(int, minValidity);
    addProvider();
    setCredentials(RealAuthServer::kPublicClient);
    m_server->setAccessTokenTtl(lifetime);
    const SignIn signIn = connect(Client::Curl);
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    const QString connectionId = onlyConnection().value(QLatin1String("id")).toString();
    const QString account = connectionId.section(QLatin1Char('/'), 1);
    QVERIFY(CliSteps::setTokenExpiry(kPlatform, account, QDateTime::currentDateTimeUtc().addSecs(-5)));
    m_server->resetStats();

    const QList<CliProcess> runs
        = runInParallel({ QStringLiteral("token"), kPlatform, QStringLiteral("--min-validity"),
                          QString::number(minValidity) },
                        kParallel);
    const QJsonObject stats = m_server->stats();
    qInfo("%d parallel `token --min-validity %d` with %d s tokens: %d renewal(s), %d refused", kParallel,
          minValidity, lifetime, stats.value(QLatin1String("refresh_grants")).toInt(),
          stats.value(QLatin1String("refresh_failures")).toInt());
    QSet<QString> tokens;
    for (const CliProcess& run : runs) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("cannot renew")), qPrintable(run.err));
        tokens.insert(run.out.trimmed());
    }
    QCOMPARE(stats.value(QLatin1String("refresh_grants")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("refresh_failures")).toInt(), 0);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(m_server->isActive(*tokens.cbegin()));
    if (lifetime < minValidity) {
        // Said once in plain words, on standard error only.
        QVERIFY2(runs.first().err.contains(QStringLiteral("issues tokens that last")),
                 qPrintable(runs.first().err));
    }
    // The grant survived: the stored refresh token still renews.
    QVERIFY(CliSteps::setTokenExpiry(kPlatform, account, QDateTime::currentDateTimeUtc().addSecs(-5)));
    const CliProcess after = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(m_server->stats().value(QLatin1String("refresh_grants")).toInt(), 2);
}

void TestRealPeersCli::checkAndDisconnectRevokeAtTheServer()
{
    addProvider();
    setCredentials(RealAuthServer::kBasicClient, RealAuthServer::kBasicSecret);
    const SignIn signIn = connect(Client::Curl);
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    const QString connectionId = onlyConnection().value(QLatin1String("id")).toString();
    const TokenSet tokens = storedTokens(connectionId);
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(m_server->isActive(tokens.accessToken));

    const CliProcess check = CliSteps::run({ QStringLiteral("check"), kPlatform });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("Connected")), qPrintable(check.out));
    QVERIFY(onlyConnection().value(QLatin1String("last_checked")).isString());

    const CliProcess disconnect = CliSteps::run({ QStringLiteral("disconnect"), kPlatform });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    QVERIFY2(!m_server->isActive(tokens.refreshToken), "the server still honours the refresh token");
    QVERIFY2(!m_server->isActive(tokens.accessToken), "the server still honours the access token");
    QVERIFY(onlyConnection().isEmpty());
    QVERIFY(storedTokens(connectionId).accessToken.isEmpty());
}

// RFC 8628 against the certified server: the device endpoint comes from
// discovery, the person enters the printed code in Chromium on "another
// device", and the connection is stored like any other: a working token,
// and a renewal the server rotates.
void TestRealPeersCli::deviceFlowApprovedInChromium()
{
    addProvider();
    setCredentials(RealAuthServer::kBasicClient, RealAuthServer::kBasicSecret);
    const SignIn signIn = connectWithDevice();
    QVERIFY2(!signIn.browser.contains(QLatin1String("harness_error")),
             qPrintable(signIn.browser.value(QLatin1String("harness_error")).toString()));
    QVERIFY2(signIn.cli.exitCode == 0,
             qPrintable(signIn.cli.err + signIn.browser.value(QLatin1String("text")).toString()));
    QVERIFY2(signIn.browser.value(QLatin1String("approved")).toBool(),
             QJsonDocument(signIn.browser).toJson().constData());
    const QStringList lines = signIn.cli.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // URL, code, connection, and the final line break
    QVERIFY(lines[0].startsWith(m_server->issuer().toString() + QStringLiteral("/device")));
    QCOMPARE(lines[2], kPlatform + QStringLiteral("/alice\tTest User alice"));

    const QJsonObject listed = onlyConnection();
    QCOMPARE(listed.value(QLatin1String("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(listed.value(QLatin1String("refreshes_automatically")).toBool(), true);
    const TokenSet first = storedTokens(listed.value(QLatin1String("id")).toString());
    const CliProcess token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QVERIFY(m_server->isActive(token.out.trimmed()));

    QVERIFY(CliSteps::setTokenExpiry(kPlatform, QStringLiteral("alice"),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));
    const CliProcess renewed = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err));
    QCOMPARE(m_server->stats().value(QLatin1String("refresh_grants")).toInt(), 1);
    const TokenSet after = storedTokens(listed.value(QLatin1String("id")).toString());
    QVERIFY2(after.refreshToken != first.refreshToken, "the rotated refresh token is stored");
    QVERIFY(!m_server->isActive(first.refreshToken));
    QVERIFY(m_server->isActive(renewed.out.trimmed()));
}

void TestRealPeersCli::deviceFlowAbortedOnTheOtherDevice()
{
    addProvider();
    setCredentials(RealAuthServer::kPublicClient);
    const SignIn signIn = connectWithDevice({ QStringLiteral("--deny") });
    QVERIFY2(!signIn.browser.contains(QLatin1String("harness_error")),
             qPrintable(signIn.browser.value(QLatin1String("harness_error")).toString()));
    QCOMPARE(signIn.cli.exitCode, 6);
    QVERIFY2(signIn.cli.err.contains(QStringLiteral("declined")), qPrintable(signIn.cli.err));
    QVERIFY(onlyConnection().isEmpty());
}

// Runs last: nothing the server issued in any scenario is in a file.
void TestRealPeersCli::noIssuedTokenReachesAFile()
{
    const QStringList issued = m_server->issuedTokens();
    QVERIFY(issued.size() >= 10);
    QDir root(qEnvironmentVariable("HOME"));
    QVERIFY(root.cdUp());
    for (const QString& token : issued)
        QVERIFY2(filesContaining(root.absolutePath(), token.toUtf8()).isEmpty(),
                 "an issued token is in a file");
}

// The encrypted backup with the certified server: connected on this
// "computer" (the suite's keyring), exported, imported on another one (a
// private session with its own HOME, bus and keyring), where a renewal
// works with the restored refresh token and the server rotates it.
void TestRealPeersCli::backupMovesAConnectionToAnotherComputer()
{
    addProvider();
    setCredentials(RealAuthServer::kBasicClient, RealAuthServer::kBasicSecret);
    const SignIn signIn = connect(Client::Curl);
    QVERIFY2(signIn.cli.exitCode == 0, qPrintable(signIn.cli.err));
    const QString connectionId = onlyConnection().value(QLatin1String("id")).toString();
    const TokenSet before = storedTokens(connectionId);
    QVERIFY(!before.refreshToken.isEmpty());
    // Exported expired, so the first `token` on the other computer renews.
    QVERIFY(CliSteps::setTokenExpiry(kPlatform, connectionId.section(QLatin1Char('/'), 1),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));
    const QString backup = QDir::home().filePath(QStringLiteral("realpeers.pbbackup"));
    const auto removeBackup = qScopeGuard([&backup] { QFile::remove(backup); });
    const QByteArray passphrase = QByteArrayLiteral("real peers backup passphrase\n");
    qputenv("PLUGBOARD_TEST_BACKUP_LOG2N", "4");
    const CliProcess exported = CliSteps::run(
        { QStringLiteral("backup"), QStringLiteral("export"), backup, QStringLiteral("--passphrase-stdin") },
        passphrase);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    PrivateSession other(
        QDir(QDir::homePath() + QStringLiteral("/..")).absoluteFilePath(QStringLiteral("other")));
    QVERIFY2(other.start(), qPrintable(other.whyNot()));
    const CliProcess imported = other.run(
        CliSteps::program(),
        { QStringLiteral("backup"), QStringLiteral("import"), backup, QStringLiteral("--passphrase-stdin") },
        passphrase);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    m_server->resetStats();
    const CliProcess token = other.run(CliSteps::program(), { QStringLiteral("token"), connectionId });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    const QString renewed = token.out.trimmed();
    QCOMPARE(m_server->stats().value(QLatin1String("refresh_grants")).toInt(), 1);
    QVERIFY(renewed != before.accessToken);
    QVERIFY(m_server->isActive(renewed));
    const CliProcess check = other.run(CliSteps::program(), { QStringLiteral("check"), connectionId });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err)); // the server takes the renewed token
    QCOMPARE(m_server->stats().value(QLatin1String("refresh_failures")).toInt(), 0);
    QVERIFY2(!m_server->isActive(before.refreshToken), "the server rotated the restored refresh token");
}

// `connect --no-browser` with Chromium on "another machine": the server's
// redirect cannot reach this machine's listener, the user pastes the address
// the browser ended on, and the certified server accepts the code with the
// PKCE verifier of this sign-in.
void TestRealPeersCli::signInFinishedOnAnotherMachineIsPasted()
{
    addProvider();
    setCredentials(QStringLiteral("plugboard-public"));
    QProcess cli;
    QSignalSpy finished(&cli, &QProcess::finished);
    QSignalSpy output(&cli, &QProcess::readyReadStandardOutput);
    cli.start(CliSteps::program(),
              { QStringLiteral("connect"), kPlatform, QStringLiteral("--no-browser"),
                QStringLiteral("--timeout"), QStringLiteral("120") });
    QVERIFY(output.wait(20'000));
    const QUrl url = QUrl::fromEncoded(cli.readLine().trimmed());
    const QJsonObject browser = RealBrowser::signIn(url, Client::Chromium, { QStringLiteral("--elsewhere") });
    QVERIFY2(!browser.contains(QStringLiteral("harness_error")),
             qPrintable(browser.value(QStringLiteral("harness_error")).toString()));
    QVERIFY(!browser.value(QStringLiteral("reached_callback")).toBool());
    const QByteArray endedOn = browser.value(QStringLiteral("ended_on")).toString().toUtf8();
    QVERIFY2(endedOn.contains("code=") && endedOn.contains("iss="), endedOn.constData());
    QCOMPARE(cli.state(), QProcess::Running); // nothing reached the listener

    cli.write(endedOn + '\n');
    QVERIFY(finished.wait(60'000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Connected as")), qPrintable(err));
    const CliProcess token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QVERIFY(m_server->isActive(token.out.trimmed()));
}

QTEST_GUILESS_MAIN(TestRealPeersCli)
#include "tst_realpeers_cli.moc"

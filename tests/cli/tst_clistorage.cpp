// plugboard-cli's credentials and custom-provider commands, run as real
// processes against the private keyring and a discovery server on 127.0.0.1.
#include "tests/support/cliprocess.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

using Run = Test::CliProcess;

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return Test::CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), arguments, input);
}

} // namespace

class TestCliStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void credentialsSetShowRemove();
    void credentialsNameWhatIsMissing();
    void unknownPlatformExits3();
    void tokenProxyIsAcceptedAndShown();
    void unknownConnectionOfUnknownPlatformSaysSo();
    void addsAndRemovesACustomProviderByDiscovery();
    void discoveryErrorsAreClear();
};

void TestCliStorage::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
}

void TestCliStorage::credentialsSetShowRemove()
{
    const QString secret = Test::fakeSecret(QStringLiteral("cli-client"));
    Run set = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("github"),
                       QStringLiteral("--client-id"), QStringLiteral("Iv1.cafe12345678"),
                       QStringLiteral("--client-secret-stdin") },
                     secret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));

    Run show = runCli({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("github") });
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(QStringLiteral("Client ID: Iv1.cafe12345678")),
             qPrintable(show.out)); // no secret
    QVERIFY(show.out.contains(QStringLiteral("Client Secret: saved")));
    QVERIFY(!show.out.contains(Test::secretMarker()));
    QVERIFY(!show.err.contains(Test::secretMarker()));

    // Replacing the id alone keeps the stored secret.
    Run replace = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("github"),
                           QStringLiteral("--client-id"), QStringLiteral("Iv1.beef00009999") });
    QVERIFY2(replace.exitCode == 0, qPrintable(replace.err));
    show = runCli({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("github") });
    QVERIFY(show.out.contains(QStringLiteral("Client ID: Iv1.beef00009999")));
    QVERIFY(show.out.contains(QStringLiteral("Client Secret: saved")));

    Run remove
        = runCli({ QStringLiteral("credentials"), QStringLiteral("remove"), QStringLiteral("github") });
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
    show = runCli({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("github") });
    QVERIFY(show.out.contains(QStringLiteral("Client ID: not set")));
}

void TestCliStorage::credentialsNameWhatIsMissing()
{
    Run set = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("google"),
                       QStringLiteral("--client-id"), QStringLiteral("123-abc.apps.example") });
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains(QStringLiteral("Missing required credentials: Client Secret")),
             qPrintable(set.err));
}

void TestCliStorage::unknownPlatformExits3()
{
    Run set
        = runCli({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("nosuchplatform") });
    QCOMPARE(set.exitCode, 3);
}

// `--token-proxy` was refused as an unknown option, and every `credentials
// set` printed Qt's "option not defined" warning.
void TestCliStorage::tokenProxyIsAcceptedAndShown()
{
    const Run set
        = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("github"),
                   QStringLiteral("--client-id"), QStringLiteral("Iv1.proxyclient"),
                   QStringLiteral("--token-proxy"), QStringLiteral("https://tokens.example.com/exchange") });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(!set.err.contains(QStringLiteral("QCommandLineParser")), qPrintable(set.err));
    const Run show
        = runCli({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("github") });
    QVERIFY2(show.out.contains(QStringLiteral("https://tokens.example.com/exchange")), qPrintable(show.out));
    QCOMPARE(runCli({ QStringLiteral("credentials"), QStringLiteral("remove"), QStringLiteral("github") })
                 .exitCode,
             0);
}

void TestCliStorage::unknownConnectionOfUnknownPlatformSaysSo()
{
    const Run token = runCli({ QStringLiteral("token"), QStringLiteral("nosuch") });
    QCOMPARE(token.exitCode, 3);
    QVERIFY2(!token.err.contains(QStringLiteral("connect nosuch")), qPrintable(token.err));
    QVERIFY2(token.err.contains(QStringLiteral("providers")), qPrintable(token.err));
    // A known platform without a connection still suggests connecting it.
    const Run github = runCli({ QStringLiteral("token"), QStringLiteral("github") });
    QCOMPARE(github.exitCode, 3);
    QVERIFY2(github.err.contains(QStringLiteral("connect github")), qPrintable(github.err));
}

void TestCliStorage::addsAndRemovesACustomProviderByDiscovery()
{
    Test::FakeHttpServer server;
    const QString issuer = server.url(QStringLiteral("/realms/dev")).toString();
    server.setHandler(
        "GET", QStringLiteral("/realms/dev/.well-known/openid-configuration"),
        [&](const Test::FakeHttpServer::Request&) {
            return Test::FakeHttpServer::Response::json(
                200,
                QJsonObject {
                    { QStringLiteral("issuer"), issuer },
                    { QStringLiteral("authorization_endpoint"), QString(issuer + QStringLiteral("/auth")) },
                    { QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/token")) },
                    { QStringLiteral("userinfo_endpoint"), QString(issuer + QStringLiteral("/userinfo")) },
                    { QStringLiteral("scopes_supported"),
                      QJsonArray { QStringLiteral("openid"), QStringLiteral("email"),
                                   QStringLiteral("offline_access") } },
                    { QStringLiteral("code_challenge_methods_supported"),
                      QJsonArray { QStringLiteral("S256") } } });
        });

    Run add = runCli({ QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("devidp"),
                       QStringLiteral("--discover"), issuer, QStringLiteral("--name"),
                       QStringLiteral("Dev IdP") });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(add.out.trimmed(), QStringLiteral("devidp"));

    Run list = runCli({ QStringLiteral("providers"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    bool found = false;
    const QJsonArray platforms = QJsonDocument::fromJson(list.out.toUtf8()).array();
    for (const QJsonValue& platform : platforms) {
        if (platform[QLatin1String("id")].toString() != QLatin1String("devidp"))
            continue;
        found = true;
        QVERIFY(platform[QLatin1String("custom")].toBool());
        QCOMPARE(platform[QLatin1String("name")].toString(), QStringLiteral("Dev IdP"));
        const QStringList scopes = platform[QLatin1String("default_scopes")].toVariant().toStringList();
        QCOMPARE(scopes,
                 (QStringList { QStringLiteral("openid"), QStringLiteral("email"),
                                QStringLiteral("offline_access") }));
    }
    QVERIFY(found);

    Run again = runCli({ QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("devidp"),
                         QStringLiteral("--discover"), issuer });
    QCOMPARE(again.exitCode, 2); // already there: remove it first

    Run remove = runCli({ QStringLiteral("providers"), QStringLiteral("remove"), QStringLiteral("devidp") });
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
    QCOMPARE(runCli({ QStringLiteral("redirect-uri"), QStringLiteral("devidp") }).exitCode, 3);
}

void TestCliStorage::discoveryErrorsAreClear()
{
    Run insecure = runCli({ QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("bad"),
                            QStringLiteral("--discover"), QStringLiteral("http://idp.example.com") });
    QCOMPARE(insecure.exitCode, 6);
    QVERIFY2(insecure.err.contains(QStringLiteral("https")), qPrintable(insecure.err));
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_clistorage.moc"

// The command-line connect path end to end: a custom provider added by
// discovery, credentials set with the secret on stdin, `connect
// --no-browser` with FakeBrowser following the printed URL, `list --json`,
// and the tokens in the private keyring; and a sign-in finished in a browser
// on another machine, its final address pasted into the terminal.
#include "core/applicationinfo.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretjob.h"
#include "tests/support/cliprocess.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"
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

class TestCliConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsFromTheCommandLine();
    void deniedConsentExits6AndStoresNothing();
    void finishesWithAnAddressPastedFromAnotherMachine();

private:
    /// `providers add ID --discover` and `credentials set ID` for `provider`.
    static void addPlatform(const QString& id, Test::FakeOAuthProvider& provider);
};

void TestCliConnect::addPlatform(const QString& id, Test::FakeOAuthProvider& provider)
{
    QCOMPARE(runCli({ QStringLiteral("providers"), QStringLiteral("add"), id, QStringLiteral("--discover"),
                      provider.issuerUrl().toString() })
                 .exitCode,
             0);
    QCOMPARE(runCli({ QStringLiteral("credentials"), QStringLiteral("set"), id, QStringLiteral("--client-id"),
                      provider.clientId(), QStringLiteral("--client-secret-stdin") },
                    provider.clientSecret().toUtf8() + '\n')
                 .exitCode,
             0);
}

void TestCliConnect::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliConnect::connectsFromTheCommandLine()
{
    Test::FakeOAuthProvider provider;
    Run add = runCli({ QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("fake"),
                       QStringLiteral("--discover"), provider.issuerUrl().toString() });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    Run credentials = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("fake"),
                               QStringLiteral("--client-id"), provider.clientId(),
                               QStringLiteral("--client-secret-stdin") },
                             provider.clientSecret().toUtf8() + '\n');
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));

    QProcess connect;
    QSignalSpy finished(&connect, &QProcess::finished);
    QSignalSpy output(&connect, &QProcess::readyReadStandardOutput);
    connect.start(QStringLiteral(PLUGBOARD_CLI_PATH),
                  { QStringLiteral("connect"), QStringLiteral("fake"), QStringLiteral("--no-browser"),
                    QStringLiteral("--timeout"), QStringLiteral("60") });
    QByteArray printed;
    while (!printed.contains('\n') && (output.wait(20000) || !printed.isEmpty()))
        printed += connect.readAllStandardOutput();
    QVERIFY2(printed.contains('\n'), connect.readAllStandardError().constData());
    const QUrl url(QString::fromUtf8(printed.left(printed.indexOf('\n'))));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.port(), int(provider.server().port()));

    Test::FakeBrowser browser;
    browser.open(url); // the user signs in
    QVERIFY(finished.wait(30000));
    const QString rest = QString::fromUtf8(printed + connect.readAllStandardOutput());
    QVERIFY2(connect.exitCode() == 0, connect.readAllStandardError().constData());
    QVERIFY2(rest.contains(QStringLiteral("fake/user-42\tFake User")), qPrintable(rest));

    Run list = runCli({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray connections = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first()[QLatin1String("id")].toString(), QStringLiteral("fake/user-42"));
    QCOMPARE(connections.first()[QLatin1String("state")].toString(), QStringLiteral("connected"));
    QVERIFY(!list.out.contains(Test::secretMarker())); // metadata only

    KeychainSecretStore store;
    SecretJob* read
        = store.read(SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42")));
    read->setAutoDelete(false);
    QSignalSpy readDone(read, &SecretJob::finished);
    read->start();
    QVERIFY(readDone.wait(10000));
    QVERIFY(read->value().contains(provider.lastAccessToken()));
    QVERIFY(read->value().contains(provider.lastRefreshToken()));
    delete read;

    QCOMPARE(
        runCli({ QStringLiteral("credentials"), QStringLiteral("remove"), QStringLiteral("fake") }).exitCode,
        0);
    QCOMPARE(
        runCli({ QStringLiteral("providers"), QStringLiteral("remove"), QStringLiteral("fake") }).exitCode,
        0);
}

void TestCliConnect::deniedConsentExits6AndStoresNothing()
{
    Test::FakeOAuthProvider provider;
    provider.setConsent(Test::FakeOAuthProvider::Consent::Deny);
    addPlatform(QStringLiteral("fakedeny"), provider);
    if (QTest::currentTestFailed())
        return;
    QProcess connect;
    QSignalSpy finished(&connect, &QProcess::finished);
    QSignalSpy output(&connect, &QProcess::readyReadStandardOutput);
    connect.start(QStringLiteral(PLUGBOARD_CLI_PATH),
                  { QStringLiteral("connect"), QStringLiteral("fakedeny"), QStringLiteral("--no-browser") });
    QVERIFY(output.wait(20000));
    const QByteArray line = connect.readLine().trimmed();
    Test::FakeBrowser browser;
    browser.open(QUrl(QString::fromUtf8(line)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(connect.exitCode(), 6);
    QVERIFY(QString::fromUtf8(connect.readAllStandardError()).contains(QStringLiteral("[access_denied]")));
    const Run list = runCli({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY(QJsonDocument::fromJson(list.out.toUtf8()).isArray());
    QVERIFY(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());
}

void TestCliConnect::finishesWithAnAddressPastedFromAnotherMachine()
{
    Test::FakeOAuthProvider provider;
    addPlatform(QStringLiteral("fakepaste"), provider);
    if (QTest::currentTestFailed())
        return;
    QProcess connect;
    QSignalSpy finished(&connect, &QProcess::finished);
    QSignalSpy output(&connect, &QProcess::readyReadStandardOutput);
    connect.start(QStringLiteral(PLUGBOARD_CLI_PATH),
                  { QStringLiteral("connect"), QStringLiteral("fakepaste"), QStringLiteral("--no-browser"),
                    QStringLiteral("--timeout"), QStringLiteral("60") });
    QVERIFY(output.wait(20000));
    const QUrl url(QString::fromUtf8(connect.readLine().trimmed()));

    // The browser on the other machine signs in and ends on this machine's
    // loopback address, which it cannot load.
    Test::FakeBrowser elsewhere;
    QSignalSpy loaded(&elsewhere, &Test::FakeBrowser::finished);
    elsewhere.openDirect(url);
    QVERIFY(loaded.wait(20000));
    const QUrl address = elsewhere.redirectedTo();
    QVERIFY2(address.query().contains(QStringLiteral("code=")), qPrintable(address.toString()));

    // An address of another sign-in is refused, and the sign-in keeps waiting.
    QUrl forged = address;
    forged.setQuery(address.query().replace(QStringLiteral("state="), QStringLiteral("state=x")));
    connect.write(forged.toEncoded() + '\n');
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += connect.readAllStandardError()).contains("[state_mismatch]"), 10000);
    QCOMPARE(connect.state(), QProcess::Running);

    connect.write("\n  " + address.toEncoded() + "  \n"); // blank lines and spaces from a sloppy paste
    QVERIFY(finished.wait(30000));
    err += connect.readAllStandardError();
    QVERIFY2(connect.exitCode() == 0, err.constData());
    QVERIFY2(connect.readAllStandardOutput().contains("fakepaste/user-42\tFake User"), err.constData());
    QCOMPARE(provider.tokenRequestCount(QStringLiteral("authorization_code")), 1);
    const Run list = runCli({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY(list.out.contains(QStringLiteral("fakepaste/user-42")));
    QCOMPARE(runCli({ QStringLiteral("disconnect"), QStringLiteral("fakepaste/user-42") }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cliconnect.moc"

// plugboard-cli follows the proxy settings like the app: the settings file
// names the proxy, the private keyring holds its password. A sign-in to a
// platform at https://idp.plugboard.test goes through tinyproxy (its log
// read back) with that password, while the browser's loopback steps do not;
// a wrong password and a dead proxy are named in the error.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/network/proxysettings.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretjob.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/proxygateway.h"
#include "tests/support/tinyproxy.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kId = QStringLiteral("idp");
const QString kUser = QStringLiteral("pb-proxy-user");
const QString kPassword = QStringLiteral("pb-test-secret-proxy-password");

/// The provider's record as a custom platform whose token, revocation and
/// userinfo endpoints only the proxy can reach.
PlatformRecord behindProxy(PlatformRecord record)
{
    record.id = kId;
    record.name = QStringLiteral("Proxied Platform");
    record.deviceAuthorizationEndpoint.clear();
    for (QUrl* url : { &record.tokenEndpoint, &record.revocationEndpoint, &record.userinfoEndpoint }) {
        url->setScheme(QStringLiteral("https"));
        url->setHost(ProxyGateway::hostName());
        url->setPort(-1);
    }
    return record;
}

/// What the secret store holds under the proxy password's key; empty when nothing.
QString storedProxyPassword()
{
    KeychainSecretStore store;
    SecretJob* job = store.read(ProxySettings::passwordKey());
    QSignalSpy done(job, &SecretJob::finished);
    job->setAutoDelete(false);
    job->start();
    const bool finished = done.count() > 0 || done.wait(20000);
    const QString value = finished && !job->error().isError() ? job->value() : QString();
    delete job;
    return value;
}

QString proxyPasswordState()
{
    return CliSteps::run(
               { QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("proxy-password") })
        .out.trimmed();
}

bool storeProxyPassword(const QString& password)
{
    KeychainSecretStore store;
    SecretJob* job = store.write(ProxySettings::passwordKey(), password);
    QSignalSpy done(job, &SecretJob::finished);
    job->setAutoDelete(false);
    job->start();
    const bool ok = (done.count() > 0 || done.wait(20000)) && !job->error().isError();
    delete job;
    return ok;
}

/// The error line plugboard-cli printed, without the debug output around it.
QString cliError(const QString& err)
{
    const QStringList lines = err.split(u'\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        if (line->startsWith(QLatin1String("plugboard-cli: ")))
            return *line;
    }
    return err.right(700);
}

ProxySettings manualHttp(quint16 port, const QString& user)
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.user = user;
    return settings;
}

} // namespace

class TestCliProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void signInUsesTheProxyAndItsPassword();
    void passwordIsTypedOrPipedNeverAnArgument();
    void passwordNeedsAProxyUser();
    void deadProxyIsNamed();
};

void TestCliProxy::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "no_proxy" })
        qunsetenv(name);
}

void TestCliProxy::cleanup()
{
    CliSteps::forgetEverything();
}

void TestCliProxy::signInUsesTheProxyAndItsPassword()
{
    FakeOAuthProvider provider;
    ProxyGateway gateway;
    QString error;
    QVERIFY2(gateway.start(&error), qPrintable(error));
    gateway.route(ProxyGateway::hostName(), provider.server().port());
    TinyProxy tinyProxy;
    tinyProxy.setUpstream(gateway.connectPort());
    tinyProxy.setBasicAuth(kUser, kPassword);
    QVERIFY2(tinyProxy.start(&error), qPrintable(error));

    PlatformCatalog catalog;
    const Result<void> added = catalog.addCustom(behindProxy(provider.record()));
    QVERIFY2(added, qPrintable(added.error().message));
    QVERIFY(manualHttp(tinyProxy.port(), kUser).save());
    // Set as a person without the window would: piped into plugboard-cli.
    const CliProcess password
        = CliSteps::run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("proxy-password") },
                        kPassword.toUtf8());
    QVERIFY2(password.exitCode == 0, qPrintable(password.err.right(700)));
    const CliProcess credentials = CliSteps::setCredentials(kId, provider);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err.right(700)));

    // The browser step is direct (loopback); the code exchange goes through
    // tinyproxy, which lets it through with the keyring's password, to the
    // gateway's TLS. plugboard-cli does not trust the test's throw-away
    // certificate (Qt reads only the system's trust store), so the sign-in
    // ends there, at TLS: past the proxy. tst_proxy and tst_realpeers_proxy
    // run whole flows through the same Services in-process.
    const CliProcess connect = CliSteps::connect(kId);
    const QString connectError = cliError(connect.err);
    QVERIFY(connect.exitCode != 0);
    QVERIFY2(connect.err.contains(QStringLiteral("[tls]")), qPrintable(connect.err.right(700)));
    QCOMPARE(gateway.tunnels(), QStringList { QStringLiteral("CONNECT idp.plugboard.test:443") });

    // The wrong password in the keyring: the proxy turns the sign-in away.
    QVERIFY(storeProxyPassword(QStringLiteral("pb-test-secret-wrong")));
    const CliProcess refused = CliSteps::connect(kId);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("the proxy user and password")),
             qPrintable(cliError(refused.err)));
    QCOMPARE(gateway.tunnels().size(), 1);

    const int connects = tinyProxy.requestsFor(ProxyGateway::hostName());
    const int loopback = tinyProxy.requestsFor(QStringLiteral("127.0.0.1"))
        + tinyProxy.requestsFor(QStringLiteral("localhost"));
    qInfo(
        "plugboard-cli connect: %d tunnel through tinyproxy (%s); tinyproxy logged %d CONNECTs for %s "
        "(407 challenges and the refused one included), %d for loopback addresses; the fake provider saw %d "
        "requests (the browser's, direct)",
        int(gateway.tunnels().size()), qPrintable(connectError), connects,
        qPrintable(ProxyGateway::hostName()), loopback, int(provider.server().requests().size()));
    QVERIFY(connects >= 2);
    QCOMPARE(loopback, 0);
    QCOMPARE(tinyProxy.requests().size(), connects);
}

void TestCliProxy::passwordIsTypedOrPipedNeverAnArgument()
{
    QVERIFY(manualHttp(3128, kUser).save());
    QCOMPARE(proxyPasswordState(), QStringLiteral("not set"));

    const CliProcess asArgument = CliSteps::run(
        { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("proxy-password"), kPassword });
    QCOMPARE(asArgument.exitCode, 2); // usage
    QVERIFY2(asArgument.err.contains(QStringLiteral("never taken as an argument")),
             qPrintable(asArgument.err.right(700)));
    QVERIFY(!asArgument.err.contains(kPassword) && !asArgument.out.contains(kPassword));
    QCOMPARE(proxyPasswordState(), QStringLiteral("not set"));
    QCOMPARE(storedProxyPassword(), QString());

    const CliProcess piped
        = CliSteps::run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("proxy-password") },
                        kPassword.toUtf8() + "\n");
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.err.right(700)));
    QVERIFY(!piped.err.contains(kPassword) && !piped.out.contains(kPassword));
    QCOMPARE(storedProxyPassword(), kPassword);
    QCOMPARE(proxyPasswordState(), QStringLiteral("set"));
    QFile settings(ApplicationInfo::settingsFilePath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(kPassword.toUtf8()));

    // An empty line removes it.
    const CliProcess emptied = CliSteps::run(
        { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("proxy-password") }, "\n");
    QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.err.right(700)));
    QCOMPARE(storedProxyPassword(), QString());
    QCOMPARE(proxyPasswordState(), QStringLiteral("not set"));
}

void TestCliProxy::passwordNeedsAProxyUser()
{
    QVERIFY(manualHttp(3128, QString()).save());
    const CliProcess withoutUser
        = CliSteps::run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("proxy-password") },
                        kPassword.toUtf8());
    QCOMPARE(withoutUser.exitCode, 2);
    QVERIFY2(withoutUser.err.contains(QStringLiteral("config set proxy http://USER@HOST:PORT")),
             qPrintable(withoutUser.err.right(700)));
    QCOMPARE(storedProxyPassword(), QString());
}

void TestCliProxy::deadProxyIsNamed()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    QVERIFY(manualHttp(port, QString()).save());
    const CliProcess add
        = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("add"), kId,
                          QStringLiteral("--discover"), QStringLiteral("https://idp.plugboard.test") });
    qInfo("plugboard-cli with a dead proxy: exit %d: %s", add.exitCode, qPrintable(cliError(add.err)));
    QVERIFY(add.exitCode != 0);
    QVERIFY2(add.err.contains(QStringLiteral("HTTP proxy 127.0.0.1:%1").arg(port)), qPrintable(add.err));
    QVERIFY2(add.err.contains(QStringLiteral("Check that the proxy is running")), qPrintable(add.err));
}

QTEST_GUILESS_MAIN(TestCliProxy)
#include "tst_cliproxy.moc"

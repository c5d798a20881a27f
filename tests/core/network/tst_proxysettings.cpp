// The proxy settings as a value (validation, the settings file, the password
// kept out of it) and the factory's decisions, without any network traffic.
#include "core/applicationinfo.h"
#include "core/job.h"
#include "core/network/loopbackhost.h"
#include "core/network/networkproxy.h"
#include "core/network/proxyfactory.h"
#include "core/oauth/loopbacklistener.h"
#include "core/storage/secretjob.h"
#include "tests/support/memorysecretstore.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Plugboard;

namespace {

ProxySettings manual(const QString& host, int port, const QString& user = {})
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = host;
    settings.port = port;
    settings.user = user;
    return settings;
}

QByteArray settingsFileText()
{
    QFile file(ApplicationInfo::settingsFilePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QNetworkProxy proxyFor(const QString& url)
{
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(url))).value(0);
}

} // namespace

class TestProxySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void defaultIsSystem();
    void manualSettingsSurviveARestart();
    void validation_data();
    void validation();
    void invalidSettingsAreNotSaved();
    void unreadableSettingsFallBackToSystem();
    void passwordStaysInTheSecretStore();
    void loopbackHosts_data();
    void loopbackHosts();
    void manualProxyForPlatformsOnly();
    void noneAndSystemModes();
    void loopbackListenerIgnoresTheApplicationProxy();
};

void TestProxySettings::initTestCase()
{
    ApplicationInfo::applyToApplication();
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "no_proxy" })
        qunsetenv(name);
}

void TestProxySettings::cleanup()
{
    QFile::remove(ApplicationInfo::settingsFilePath());
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "no_proxy" })
        qunsetenv(name);
}

void TestProxySettings::defaultIsSystem()
{
    const ProxySettings settings = ProxySettings::load();
    QCOMPARE(settings.mode, ProxySettings::Mode::System);
    QVERIFY(settings.validate());
    QCOMPARE(settings.describe(), QStringLiteral("the system proxy settings"));
}

void TestProxySettings::manualSettingsSurviveARestart()
{
    ProxySettings settings = manual(QStringLiteral("proxy.example.com"), 1080, QStringLiteral("alice"));
    settings.type = ProxySettings::Type::Socks5;
    QVERIFY(settings.save());
    QCOMPARE(ProxySettings::load(), settings);
    QCOMPARE(settings.describe(), QStringLiteral("the SOCKS5 proxy proxy.example.com:1080"));
    QVERIFY(settingsFileText().contains("[proxy]"));

    // Back to None: the Manual fields go with it.
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QVERIFY(none.save());
    QCOMPARE(ProxySettings::load(), none);
    QVERIFY(!settingsFileText().contains("proxy.example.com"));
}

void TestProxySettings::validation_data()
{
    QTest::addColumn<ProxySettings>("settings");
    QTest::addColumn<QString>("expected"); // part of the message; empty: valid
    QTest::newRow("name and port") << manual(QStringLiteral("proxy.example.com"), 3128) << QString();
    QTest::newRow("IPv6 address") << manual(QStringLiteral("fd00::1"), 3128) << QString();
    QTest::newRow("no host") << manual(QString(), 3128) << QStringLiteral("needs a host name");
    QTest::newRow("pasted URL") << manual(QStringLiteral("http://proxy:3128"), 3128)
                                << QStringLiteral("without http://");
    QTest::newRow("port 0") << manual(QStringLiteral("proxy"), 0) << QStringLiteral("from 1 to 65535");
    QTest::newRow("port too large") << manual(QStringLiteral("proxy"), 70000)
                                    << QStringLiteral("from 1 to 65535");
    QTest::newRow("user with colon") << manual(QStringLiteral("proxy"), 8080, QStringLiteral("a:b"))
                                     << QStringLiteral("cannot contain");
    ProxySettings system;
    system.port = -5; // ignored outside Manual
    QTest::newRow("system ignores the rest") << system << QString();
}

void TestProxySettings::validation()
{
    QFETCH(ProxySettings, settings);
    QFETCH(QString, expected);
    const Result<void> valid = settings.validate();
    QCOMPARE(bool(valid), expected.isEmpty());
    if (!expected.isEmpty()) {
        QCOMPARE(valid.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(valid.error().message.contains(expected), qPrintable(valid.error().message));
    }
}

void TestProxySettings::invalidSettingsAreNotSaved()
{
    QVERIFY(manual(QStringLiteral("proxy.example.com"), 3128).save());
    const Result<void> saved = manual(QStringLiteral("proxy.example.com"), 0).save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(ProxySettings::load().port, 3128);
}

void TestProxySettings::unreadableSettingsFallBackToSystem()
{
    QFile file(ApplicationInfo::settingsFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[proxy]\nmode=carrier-pigeon\nhost=proxy.example.com\nport=3128\n");
    file.close();
    Test::MemorySecretStore secrets;
    NetworkProxy proxy(&secrets);
    QVERIFY(!proxy.settings().validate());
    QCOMPARE(proxy.effectiveSettings().mode, ProxySettings::Mode::System);
}

void TestProxySettings::passwordStaysInTheSecretStore()
{
    Test::MemorySecretStore secrets;
    NetworkProxy proxy(&secrets);
    QVERIFY(proxy.save(manual(QStringLiteral("proxy.example.com"), 3128, QStringLiteral("alice"))));
    const QString password = QStringLiteral("pb-test-secret-proxy");
    SecretJob* store = proxy.storePassword(password);
    QSignalSpy stored(store, &SecretJob::finished);
    store->start();
    QVERIFY(stored.wait());
    bool ready = false;
    proxy.whenReady(this, [&ready] { ready = true; });
    QTRY_VERIFY(ready);

    QVERIFY(!settingsFileText().contains(password.toUtf8()));
    const QNetworkProxy used = proxyFor(QStringLiteral("https://platform.example/token"));
    QCOMPARE(used.user(), QStringLiteral("alice"));
    QCOMPARE(used.password(), password);
    QCOMPARE(proxy.describe(), QStringLiteral("the HTTP proxy proxy.example.com:3128 (user alice)"));
}

void TestProxySettings::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    for (const char* host : { "localhost", "LOCALHOST", "localhost.", "idp.localhost", "127.0.0.1",
                              "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1" })
        QTest::newRow(host) << QString::fromLatin1(host) << true;
    for (const char* host : { "", "example.com", "localhost.example.com", "mylocalhost", "128.0.0.1",
                              "10.0.0.1", "::2", "idp.plugboard.test" })
        QTest::newRow(host[0] ? host : "empty") << QString::fromLatin1(host) << false;
}

void TestProxySettings::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(LoopbackHost::contains(host), loopback);
}

void TestProxySettings::manualProxyForPlatformsOnly()
{
    Test::MemorySecretStore secrets;
    NetworkProxy proxy(&secrets);
    QVERIFY(proxy.save(manual(QStringLiteral("proxy.example.com"), 3128)));
    QCOMPARE(proxyFor(QStringLiteral("https://platform.example/token")).type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxyFor(QStringLiteral("https://platform.example/token")).hostName(),
             QStringLiteral("proxy.example.com"));
    for (const char* url : { "http://127.0.0.1:8080/callback", "http://localhost/x", "http://[::1]:9/",
                             "http://app.localhost/" })
        QCOMPARE(proxyFor(QString::fromLatin1(url)).type(), QNetworkProxy::NoProxy);
    const QNetworkProxyQuery listening(quint16(0), QString(), QNetworkProxyQuery::TcpServer);
    QCOMPARE(QNetworkProxyFactory::proxyForQuery(listening).value(0).type(), QNetworkProxy::NoProxy);
    QCOMPARE(ProxyFactory::describeFor(QUrl(QStringLiteral("https://platform.example/"))),
             QStringLiteral("the HTTP proxy proxy.example.com:3128"));
    QVERIFY(ProxyFactory::describeFor(QUrl(QStringLiteral("http://127.0.0.1/"))).isEmpty());
}

void TestProxySettings::noneAndSystemModes()
{
    qputenv("https_proxy", "http://10.9.8.7:3128");
    qputenv("all_proxy", "http://10.9.8.7:3128");
    Test::MemorySecretStore secrets;
    NetworkProxy proxy(&secrets); // System
    const QNetworkProxy system = proxyFor(QStringLiteral("https://platform.example/token"));
    QCOMPARE(system.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(system.hostName(), QStringLiteral("10.9.8.7"));
    QCOMPARE(proxyFor(QStringLiteral("https://127.0.0.1:8443/token")).type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxyFor(QStringLiteral("https://localhost:8443/token")).type(), QNetworkProxy::NoProxy);

    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QVERIFY(proxy.save(none));
    QCOMPARE(proxyFor(QStringLiteral("https://platform.example/token")).type(), QNetworkProxy::NoProxy);
}

void TestProxySettings::loopbackListenerIgnoresTheApplicationProxy()
{
    // An application-wide SOCKS5 proxy (no factory) that does not exist:
    // a listener following it would fail to bind or listen elsewhere.
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 9));
    LoopbackListener listener;
    const Result<void> listening = listener.listen(QStringLiteral("127.0.0.1"), 0);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QVERIFY2(listening, qPrintable(listening.error().message));
    QTcpSocket client;
    client.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    client.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(client.waitForConnected(5000));
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"

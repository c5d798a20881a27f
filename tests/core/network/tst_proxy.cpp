// Every request Plugboard makes to a platform goes through the configured
// proxy, and nothing for loopback does: tinyproxy (a real proxy, its log read
// back to count what it carried) forwards to ProxyGateway, which plays
// idp.plugboard.test, a name only a proxy can resolve, in front of the fake
// OAuth provider. The browser's callback to the loopback listener and every
// loopback address stay direct, whatever the mode or the environment says.
#include "core/applicationinfo.h"
#include "core/lifecycle/disconnectoperation.h"
#include "core/lifecycle/healthcheck.h"
#include "core/network/networkproxy.h"
#include "core/oauth/authorizationsession.h"
#include "core/storage/secretjob.h"
#include "tests/core/lifecycle/lifecyclefixture.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/proxygateway.h"
#include "tests/support/tinyproxy.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

constexpr int kWaitMs = 20000;
const QString kUser = QStringLiteral("pb-proxy-user");
const QString kPassword = QStringLiteral("pb-test-secret-proxy-password");

/// The provider's record with every endpoint Plugboard calls (token,
/// revocation, userinfo) at https://idp.plugboard.test/…; the authorization
/// endpoint stays on loopback: the browser opens it, not Plugboard.
PlatformRecord behindProxy(PlatformRecord record)
{
    for (QUrl* url : { &record.tokenEndpoint, &record.revocationEndpoint, &record.userinfoEndpoint }) {
        url->setScheme(QStringLiteral("https"));
        url->setHost(ProxyGateway::hostName());
        url->setPort(-1);
    }
    return record;
}

template<typename JobType> std::unique_ptr<JobType> finished(JobType* job)
{
    job->setAutoDelete(false);
    QSignalSpy done(job, &JobType::finished);
    job->start();
    if (done.isEmpty())
        done.wait(kWaitMs);
    return std::unique_ptr<JobType>(job);
}

} // namespace

class TestProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInRenewalCheckAndRevocationGoThroughTheProxy();
    void wrongProxyPasswordSaysSo_data();
    void wrongProxyPasswordSaysSo();
    void deadProxyFailsWithinTheDeadline_data();
    void deadProxyFailsWithinTheDeadline();
    void socks5ProxyCarriesTheRenewal();
    void socks5ProxyWithWrongPassword();
    void systemModeFollowsHttpsProxyAndNoProxy();
    void loopbackIsNeverProxied_data();
    void loopbackIsNeverProxied();

private:
    /// Saves `settings` and `password` (stored in the secret store) and
    /// waits until the proxy has read the password back.
    void configure(ProxySettings settings, const QString& password = {});
    void startTinyProxy(bool withAuth);
    ProxySettings manualHttp(const QString& user = kUser) const;
    /// Renews the fixture's connection now; the job after it finished.
    std::unique_ptr<ValidTokenJob> renew();
    int loopbackRequestsSeenByTinyProxy() const;

    MemorySecretStore* m_secrets = nullptr;
    NetworkProxy* m_proxy = nullptr;
    ProxyGateway* m_gateway = nullptr;
    std::unique_ptr<LifecycleFixture> m_fixture;
    std::unique_ptr<TinyProxy> m_tinyProxy;
    QNetworkAccessManager* m_network = nullptr;
};

void TestProxy::initTestCase()
{
    ApplicationInfo::applyToApplication();
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("all_proxy");
    qunsetenv("no_proxy");
}

void TestProxy::init()
{
    m_secrets = new MemorySecretStore;
    m_proxy = new NetworkProxy(m_secrets);
    m_fixture = std::make_unique<LifecycleFixture>(m_secrets, &behindProxy);
    m_gateway = new ProxyGateway;
    QString error;
    QVERIFY2(m_gateway->start(&error), qPrintable(error));
    m_gateway->trustInThisProcess();
    m_gateway->route(ProxyGateway::hostName(), m_fixture->provider.server().port());
    m_network = new QNetworkAccessManager;
}

void TestProxy::cleanup()
{
    delete m_network;
    m_fixture.reset();
    m_tinyProxy.reset();
    delete m_gateway;
    delete m_proxy;
    delete m_secrets;
    QVERIFY(ProxySettings {}.save());
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "no_proxy" })
        qunsetenv(name);
}

void TestProxy::configure(ProxySettings settings, const QString& password)
{
    const auto stored = finished(m_proxy->storePassword(password));
    QVERIFY(!stored->error().isError());
    QVERIFY2(m_proxy->save(settings), "the settings validate");
    // Not waited for: every flow below reads a secret before its first
    // request, and the store reads the password in front of that.
}

void TestProxy::startTinyProxy(bool withAuth)
{
    m_tinyProxy = std::make_unique<TinyProxy>();
    m_tinyProxy->setUpstream(m_gateway->connectPort());
    if (withAuth)
        m_tinyProxy->setBasicAuth(kUser, kPassword);
    QString error;
    QVERIFY2(m_tinyProxy->start(&error), qPrintable(error));
}

ProxySettings TestProxy::manualHttp(const QString& user) const
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.type = ProxySettings::Type::Http;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_tinyProxy ? m_tinyProxy->port() : 0;
    settings.user = user;
    return settings;
}

std::unique_ptr<ValidTokenJob> TestProxy::renew()
{
    return finished(m_fixture->service().renewNow(m_fixture->connectionId()));
}

int TestProxy::loopbackRequestsSeenByTinyProxy() const
{
    return m_tinyProxy->requestsFor(QStringLiteral("127.0.0.1"))
        + m_tinyProxy->requestsFor(QStringLiteral("localhost"))
        + m_tinyProxy->requestsFor(QStringLiteral("[::1]"));
}

void TestProxy::signInRenewalCheckAndRevocationGoThroughTheProxy()
{
    startTinyProxy(true);
    configure(manualHttp(), kPassword);

    // Sign-in: the browser (loopback, direct) consents and is sent to the
    // loopback listener; the code exchange and the userinfo go via the proxy.
    // The session starts here directly, without ConnectOperation's read of
    // the app credentials in front of which the store reads the password:
    // it waits as discovery does. The renewal, check and revocation below
    // read their tokens first, and find the password read in front of that.
    bool ready = false;
    m_proxy->whenReady(this, [&ready] { ready = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ready, kWaitMs);
    AuthorizationSession::Request request;
    request.record = behindProxy(m_fixture->provider.record());
    request.clientId = m_fixture->provider.clientId();
    request.clientSecret = m_fixture->provider.clientSecret();
    auto* session = new AuthorizationSession(request, this);
    session->setAutoDelete(false);
    QSignalSpy urlReady(session, &AuthorizationSession::authorizationUrlReady);
    QSignalSpy signedIn(session, &AuthorizationSession::finished);
    FakeBrowser browser;
    session->start();
    QVERIFY(urlReady.wait(kWaitMs));
    browser.open(urlReady.first().first().toUrl());
    QVERIFY(signedIn.wait(kWaitMs));
    QVERIFY2(!session->error().isError(), qPrintable(session->error().message));
    QCOMPARE(session->identity().accountId, QStringLiteral("user-42"));
    QSignalSpy browserDone(&browser, &FakeBrowser::finished);
    QVERIFY(browserDone.count() > 0 || browserDone.wait(kWaitMs));
    QCOMPARE(browser.status(), 200); // the listener answered the callback directly
    delete session;
    const QStringList signInRequests = m_gateway->requests();
    QCOMPARE(signInRequests,
             (QStringList { QStringLiteral("POST /token"), QStringLiteral("GET /userinfo") }));

    // Renewal, check and revocation of a stored connection.
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const auto renewal = renew();
    QVERIFY2(!renewal->error().isError(), qPrintable(renewal->error().message));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    const auto check = finished(new HealthCheck(&m_fixture->service(), m_fixture->connectionId()));
    QVERIFY2(!check->error().isError(), qPrintable(check->error().message));
    QVERIFY(check->verifiedAtPlatform());
    const auto disconnect = finished(new DisconnectOperation(behindProxy(m_fixture->provider.record()),
                                                             QStringLiteral("user-42"), m_secrets,
                                                             &m_fixture->connections(), m_network));
    QVERIFY2(!disconnect->revocationError().isError(), qPrintable(disconnect->revocationError().message));
    QVERIFY(!m_fixture->provider.revokedTokens().isEmpty());

    const QStringList carried = m_gateway->requests();
    const int connects = m_tinyProxy->requestsFor(ProxyGateway::hostName());
    const int loopback = loopbackRequestsSeenByTinyProxy();
    qInfo(
        "through the proxy: %d HTTP requests (%s) in %d tunnels; tinyproxy logged %d CONNECTs for %s "
        "(407 challenges included) and %d requests for loopback addresses; the fake provider saw %d requests "
        "in all (the browser's, direct)",
        int(carried.size()), qPrintable(carried.join(QStringLiteral(", "))), int(m_gateway->tunnels().size()),
        connects, qPrintable(ProxyGateway::hostName()), loopback,
        int(m_fixture->provider.server().requests().size()));
    QCOMPARE(carried.mid(2),
             (QStringList { QStringLiteral("POST /token"), QStringLiteral("GET /userinfo"),
                            QStringLiteral("POST /revoke"), QStringLiteral("POST /revoke") }));
    QVERIFY(connects >= m_gateway->tunnels().size());
    QCOMPARE(loopback, 0);
    QCOMPARE(m_tinyProxy->requests().size(), connects);
}

void TestProxy::wrongProxyPasswordSaysSo_data()
{
    QTest::addColumn<bool>("tinyproxy");
    QTest::addColumn<QString>("expected");
    // tinyproxy 1.11 answers wrong credentials with 401, not 407: Qt sees an
    // odd answer, and the message can only point at the credentials.
    QTest::newRow("tinyproxy (answers 401)") << true << QStringLiteral("the proxy user and password");
    // A standard proxy (the gateway's CONNECT door) answers 407 again.
    QTest::newRow("standard proxy (answers 407)")
        << false << QStringLiteral("refused the user name/password");
}

void TestProxy::wrongProxyPasswordSaysSo()
{
    QFETCH(bool, tinyproxy);
    QFETCH(QString, expected);
    ProxySettings settings;
    if (tinyproxy) {
        startTinyProxy(true);
        settings = manualHttp();
    } else {
        m_gateway->setConnectCredentials(kUser, kPassword);
        settings = manualHttp();
        settings.port = m_gateway->connectPort();
    }
    configure(settings, QStringLiteral("pb-test-secret-wrong"));
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const auto renewal = renew();
    qInfo("wrong proxy password: %s", qPrintable(renewal->error().message));
    QVERIFY(renewal->error().isError());
    QVERIFY2(renewal->error().message.contains(expected), qPrintable(renewal->error().message));
    QVERIFY2(renewal->error().message.contains(QStringLiteral("HTTP proxy 127.0.0.1:%1").arg(settings.port)),
             qPrintable(renewal->error().message));
    QVERIFY(!renewal->error().message.contains(QStringLiteral("pb-test-secret")));
    QCOMPARE(m_gateway->tunnels().size(), 0);
    if (!tinyproxy)
        QVERIFY(m_gateway->refusedLogins() >= 1);
}

void TestProxy::deadProxyFailsWithinTheDeadline_data()
{
    QTest::addColumn<bool>("listening");
    QTest::newRow("nothing listens") << false;
    QTest::newRow("accepts and never answers") << true;
}

void TestProxy::deadProxyFailsWithinTheDeadline()
{
    QFETCH(bool, listening);
    QTcpServer silent; // takes connections and says nothing
    silent.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const quint16 port = silent.serverPort();
    if (!listening)
        silent.close();
    ProxySettings settings = manualHttp(QString());
    settings.port = port;
    configure(settings);
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    m_fixture->service().setRequestTimeout(std::chrono::seconds(3));

    QElapsedTimer took;
    took.start();
    const auto renewal = renew();
    const qint64 ms = took.elapsed();
    qInfo("dead proxy (%s): failed after %lld ms: %s", listening ? "silent" : "refusing", ms,
          qPrintable(renewal->error().message));
    QVERIFY(renewal->error().isError());
    QVERIFY2(ms < 3000 + 2000, "the request's own deadline ends it");
    QVERIFY2(renewal->error().message.contains(QStringLiteral("HTTP proxy 127.0.0.1:%1").arg(port)),
             qPrintable(renewal->error().message));
    QVERIFY2(renewal->error().message.contains(QStringLiteral("check that the proxy is running"),
                                               Qt::CaseInsensitive),
             qPrintable(renewal->error().message));
}

void TestProxy::socks5ProxyCarriesTheRenewal()
{
    m_gateway->setSocksCredentials(kUser, kPassword);
    ProxySettings settings = manualHttp();
    settings.type = ProxySettings::Type::Socks5;
    settings.port = m_gateway->socksPort();
    configure(settings, kPassword);
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const auto renewal = renew();
    QVERIFY2(!renewal->error().isError(), qPrintable(renewal->error().message));
    const auto check = finished(new HealthCheck(&m_fixture->service(), m_fixture->connectionId()));
    QVERIFY2(!check->error().isError(), qPrintable(check->error().message));
    qInfo("SOCKS5 tunnels: %s", qPrintable(m_gateway->tunnels().join(QStringLiteral(", "))));
    QCOMPARE(m_gateway->tunnels().size(), 2);
    QVERIFY(m_gateway->tunnels().first().startsWith(QStringLiteral("SOCKS5 idp.plugboard.test:443")));
}

void TestProxy::socks5ProxyWithWrongPassword()
{
    m_gateway->setSocksCredentials(kUser, kPassword);
    ProxySettings settings = manualHttp();
    settings.type = ProxySettings::Type::Socks5;
    settings.port = m_gateway->socksPort();
    configure(settings, QStringLiteral("pb-test-secret-wrong"));
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const auto renewal = renew();
    qInfo("SOCKS5 with a wrong password: %s", qPrintable(renewal->error().message));
    QVERIFY(renewal->error().isError());
    QVERIFY(m_gateway->refusedLogins() >= 1);
    QVERIFY2(
        renewal->error().message.contains(QStringLiteral("SOCKS5 proxy 127.0.0.1:%1").arg(settings.port)),
        qPrintable(renewal->error().message));
    QCOMPARE(m_gateway->tunnels().size(), 0);
}

void TestProxy::systemModeFollowsHttpsProxyAndNoProxy()
{
    startTinyProxy(false);
    configure(ProxySettings {}); // System, the default
    qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(m_tinyProxy->port()));
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const auto viaProxy = renew();
    QVERIFY2(!viaProxy->error().isError(), qPrintable(viaProxy->error().message));
    const int proxied = m_tinyProxy->requestsFor(ProxyGateway::hostName());
    QCOMPARE(proxied, 1);

    // no_proxy names the platform: Plugboard goes direct, cannot resolve
    // idp.plugboard.test itself, and the proxy sees nothing more.
    qputenv("no_proxy", "idp.plugboard.test");
    const auto direct = renew();
    qInfo("System mode: %d request via https_proxy; with no_proxy: %s", proxied,
          qPrintable(direct->error().message));
    QVERIFY(direct->error().isError());
    QVERIFY2(!direct->error().message.contains(QStringLiteral("proxy")), qPrintable(direct->error().message));
    QCOMPARE(m_tinyProxy->requestsFor(ProxyGateway::hostName()), proxied);
}

void TestProxy::loopbackIsNeverProxied_data()
{
    QTest::addColumn<bool>("manual");
    QTest::addColumn<QString>("host");
    QTest::newRow("manual, 127.0.0.1") << true << QStringLiteral("127.0.0.1");
    QTest::newRow("manual, localhost") << true << QStringLiteral("localhost");
    QTest::newRow("system with all_proxy, 127.0.0.1") << false << QStringLiteral("127.0.0.1");
    QTest::newRow("system with all_proxy, localhost") << false << QStringLiteral("localhost");
}

void TestProxy::loopbackIsNeverProxied()
{
    QFETCH(bool, manual);
    QFETCH(QString, host);
    startTinyProxy(false);
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(m_tinyProxy->port());
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy" })
        qputenv(name, proxyUrl);
    qputenv("no_proxy", ""); // nothing exempt: only Plugboard's own rule keeps loopback direct
    configure(manual ? manualHttp(QString()) : ProxySettings {});

    // The provider on loopback, as `host`: renewal and a check go direct.
    LifecycleFixture direct(m_secrets, [host](PlatformRecord record) {
        for (QUrl* url : { &record.tokenEndpoint, &record.userinfoEndpoint })
            url->setHost(host);
        return record;
    });
    QVERIFY(direct.seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const auto renewal = finished(direct.service().renewNow(direct.connectionId()));
    QVERIFY2(!renewal->error().isError(), qPrintable(renewal->error().message));
    const auto check = finished(new HealthCheck(&direct.service(), direct.connectionId()));
    QVERIFY2(!check->error().isError(), qPrintable(check->error().message));
    qInfo("%s: %d requests reached the loopback provider, tinyproxy saw %d",
          qPrintable(QString::fromLatin1(QTest::currentDataTag())),
          int(direct.provider.server().requests().size()), int(m_tinyProxy->requests().size()));
    QCOMPARE(direct.provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_tinyProxy->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

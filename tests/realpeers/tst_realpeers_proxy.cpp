// A real sign-in, renewal, check and revocation against panva's
// oidc-provider, with Plugboard's requests to it going through a real proxy
// (tinyproxy, its log read back). The server's token, userinfo and
// revocation endpoints are reached as https://idp.plugboard.test/…, a name
// only the proxy chain resolves (tests/support's ProxyGateway ends the TLS
// and hands the request to the server on loopback); the browser step (curl)
// and the redirect to Plugboard's loopback listener never touch the proxy.
#include "core/applicationinfo.h"
#include "core/lifecycle/disconnectoperation.h"
#include "core/lifecycle/healthcheck.h"
#include "core/lifecycle/tokenservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/network/networkproxy.h"
#include "core/oauth/authorizationsession.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"
#include "tests/realpeers/realauthserver.h"
#include "tests/realpeers/realbrowser.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/proxygateway.h"
#include "tests/support/tinyproxy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

constexpr int kWaitMs = 30000;
const QString kUser = QStringLiteral("pb-proxy-user");
const QString kPassword = QStringLiteral("pb-test-secret-proxy-password");

template<typename JobType> std::unique_ptr<JobType> finished(JobType* job)
{
    job->setAutoDelete(false);
    QSignalSpy done(job, &JobType::finished);
    job->start();
    if (done.isEmpty())
        done.wait(kWaitMs);
    return std::unique_ptr<JobType>(job);
}

QUrl behindProxy(QUrl url)
{
    url.setScheme(QStringLiteral("https"));
    url.setHost(ProxyGateway::hostName());
    url.setPort(-1);
    return url;
}

/// The server's record as discovery would make it, with the endpoints
/// Plugboard calls moved behind the proxy.
PlatformRecord recordFor(const QJsonObject& discovery)
{
    PlatformRecord record;
    record.id = QStringLiteral("realoidc");
    record.name = QStringLiteral("Real OIDC");
    record.authorizationEndpoint = QUrl(discovery.value(QStringLiteral("authorization_endpoint")).toString());
    record.tokenEndpoint = behindProxy(QUrl(discovery.value(QStringLiteral("token_endpoint")).toString()));
    record.revocationEndpoint
        = behindProxy(QUrl(discovery.value(QStringLiteral("revocation_endpoint")).toString()));
    record.revocationStyle = RevocationStyle::Rfc7009;
    record.userinfoEndpoint
        = behindProxy(QUrl(discovery.value(QStringLiteral("userinfo_endpoint")).toString()));
    record.scopes = { { QStringLiteral("openid"), QStringLiteral("Sign in"), true },
                      { QStringLiteral("profile"), QStringLiteral("Profile"), true } };
    record.clientAuthentication = ClientAuthentication::None;
    record.pkce = true;
    record.identityIdPath = QStringLiteral("sub");
    record.identityNamePath = QStringLiteral("sub");
    record.credentials = { { QStringLiteral("client_id"),
                             QStringLiteral("Client ID"),
                             CredentialType::OAuthClientId,
                             true,
                             false,
                             {},
                             {} } };
    return record;
}

QJsonObject fetchDiscovery(const QUrl& issuer)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(
        QNetworkRequest(QUrl(issuer.toString() + QStringLiteral("/.well-known/openid-configuration"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(kWaitMs);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

class TestRealPeersProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInRenewalCheckAndRevocationThroughTinyproxy();
};

void TestRealPeersProxy::initTestCase()
{
    ApplicationInfo::applyToApplication();
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "no_proxy" })
        qunsetenv(name);
}

void TestRealPeersProxy::signInRenewalCheckAndRevocationThroughTinyproxy()
{
    RealAuthServer server;
    QVERIFY2(server.startError().isEmpty(), qPrintable(server.startError()));
    const QJsonObject discovery = fetchDiscovery(server.issuer());
    QVERIFY2(discovery.contains(QStringLiteral("token_endpoint")), "discovery answered");
    const PlatformRecord record = recordFor(discovery);

    ProxyGateway gateway;
    QString error;
    QVERIFY2(gateway.start(&error), qPrintable(error));
    gateway.trustInThisProcess();
    gateway.route(ProxyGateway::hostName(), quint16(server.issuer().port()));
    TinyProxy tinyProxy;
    tinyProxy.setUpstream(gateway.connectPort());
    tinyProxy.setBasicAuth(kUser, kPassword);
    QVERIFY2(tinyProxy.start(&error), qPrintable(error));

    MemorySecretStore secrets;
    NetworkProxy proxy(&secrets);
    QVERIFY(!finished(proxy.storePassword(kPassword))->error().isError());
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = tinyProxy.port();
    settings.user = kUser;
    QVERIFY(proxy.save(settings));
    // The sign-in below starts its session directly, without reading the
    // app credentials first as ConnectOperation does: wait like discovery.
    bool ready = false;
    proxy.whenReady(this, [&ready] { ready = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ready, kWaitMs);

    // Sign-in: curl signs in at the server (loopback) and follows the
    // redirect to the loopback listener; the code exchange goes via the proxy.
    AuthorizationSession::Request request;
    request.record = record;
    request.clientId = RealAuthServer::kPublicClient;
    auto* session = new AuthorizationSession(request, this);
    session->setAutoDelete(false);
    QSignalSpy urlReady(session, &AuthorizationSession::authorizationUrlReady);
    QSignalSpy signedIn(session, &AuthorizationSession::finished);
    session->start();
    QVERIFY(urlReady.wait(kWaitMs));
    const QJsonObject browser
        = RealBrowser::signIn(urlReady.first().first().toUrl(), RealBrowser::Client::Curl);
    QVERIFY2(browser.value(QStringLiteral("reached_callback")).toBool(),
             QJsonDocument(browser).toJson(QJsonDocument::Compact).constData());
    QVERIFY(signedIn.count() > 0 || signedIn.wait(kWaitMs));
    QVERIFY2(!session->error().isError(), qPrintable(session->error().message));
    const TokenSet tokens = session->tokens();
    const QString account = session->identity().accountId;
    delete session;
    QVERIFY(!tokens.refreshToken.isEmpty());
    const QStringList signInRequests = gateway.requests();

    // The connection as ConnectOperation would store it, then renewal, a
    // check and the revocation.
    QTemporaryDir folder;
    ConnectionStore connections(folder.filePath(QStringLiteral("connections.json")));
    QNetworkAccessManager network;
    TokenService service(&secrets, &connections, &network,
                         [record](const QString& id) -> std::optional<PlatformRecord> {
                             return id == record.id ? std::optional(record) : std::nullopt;
                         });
    QVERIFY(
        !finished(CredentialsJob::save(&secrets, record,
                                       { { QStringLiteral("client_id"), RealAuthServer::kPublicClient } }))
             ->error()
             .isError());
    QVERIFY(!finished(secrets.write(SecretStore::connectionKey(record.id, account), tokens.toJson()))
                 ->error()
                 .isError());
    Connection connection;
    connection.platformId = record.id;
    connection.accountId = account;
    connection.accountName = account;
    connection.grantedScopes = tokens.grantedScopes;
    connection.requestedScopes = tokens.grantedScopes;
    connection.expiresAt = tokens.expiresAt;
    connection.refreshable = true;
    QVERIFY(connections.upsert(connection));
    const QString id = Connection::makeId(record.id, account);

    const auto renewal = finished(service.renewNow(id));
    QVERIFY2(!renewal->error().isError(), qPrintable(renewal->error().message));
    const auto check = finished(new HealthCheck(&service, id));
    QVERIFY2(!check->error().isError(), qPrintable(check->error().message));
    QVERIFY(check->verifiedAtPlatform());
    const auto disconnect
        = finished(new DisconnectOperation(record, account, &secrets, &connections, &network));
    QVERIFY2(!disconnect->revocationError().isError(), qPrintable(disconnect->revocationError().message));

    const QJsonObject stats = server.stats();
    const QStringList carried = gateway.requests();
    const int connects = tinyProxy.requestsFor(ProxyGateway::hostName());
    const int loopback = tinyProxy.requestsFor(QStringLiteral("127.0.0.1"))
        + tinyProxy.requestsFor(QStringLiteral("localhost"));
    qInfo("oidc-provider: %s", QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
    qInfo("through the proxy: %d HTTP requests (%s) in %d tunnels; tinyproxy logged %d CONNECTs for %s "
          "(407 challenges included) and %d requests for loopback addresses",
          int(carried.size()), qPrintable(carried.join(QStringLiteral(", "))), int(gateway.tunnels().size()),
          connects, qPrintable(ProxyGateway::hostName()), loopback);
    QCOMPARE(stats.value(QStringLiteral("code_grants")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("refresh_grants")).toInt(), 1);
    QVERIFY(stats.value(QStringLiteral("revocations")).toInt() >= 1);
    QVERIFY(!server.isActive(tokens.refreshToken));
    // The code exchange and the identity; then the renewal, the check's
    // userinfo and the revocation(s): every request Plugboard made.
    QCOMPARE(signInRequests.mid(0, 2),
             (QStringList { QStringLiteral("POST /token"), QStringLiteral("GET /me") }));
    QCOMPARE(carried.mid(2, 3),
             (QStringList { QStringLiteral("POST /token"), QStringLiteral("GET /me"),
                            QStringLiteral("POST /token/revocation") }));
    QVERIFY(connects >= gateway.tunnels().size());
    QCOMPARE(loopback, 0);
    QCOMPARE(tinyProxy.requests().size(), connects);
}

QTEST_GUILESS_MAIN(TestRealPeersProxy)
#include "tst_realpeers_proxy.moc"

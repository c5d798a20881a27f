#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformrecordwriter.h"
#include "core/catalog/providerdiscovery.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/logcapture.h"
#include "tests/support/testsecrets.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Plugboard;

namespace Plugboard::Test {
namespace {

const QString kOidcPath = QStringLiteral("/realms/acme/.well-known/openid-configuration");
const QString kRfc8414Path = QStringLiteral("/.well-known/oauth-authorization-server/realms/acme");

/// Records every URL it is asked for, so a test can prove which servers
/// discovery contacted, and that it contacted none at all.
class RecordingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    RecordingNetworkAccessManager() { setProxy(QNetworkProxy::NoProxy); }

    QList<QUrl> requested;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override
    {
        requested.append(request.url());
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
};

QString below(const QUrl& issuer, const QString& path)
{
    QString base = issuer.toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + path;
}

/// A complete OpenID Connect discovery document for `issuer`.
QJsonObject openIdDocument(const QUrl& issuer)
{
    return {
        { QStringLiteral("issuer"), issuer.toString() },
        { QStringLiteral("authorization_endpoint"), below(issuer, QStringLiteral("/protocol/auth")) },
        { QStringLiteral("token_endpoint"), below(issuer, QStringLiteral("/protocol/token")) },
        { QStringLiteral("revocation_endpoint"), below(issuer, QStringLiteral("/protocol/revoke")) },
        { QStringLiteral("userinfo_endpoint"), below(issuer, QStringLiteral("/protocol/userinfo")) },
        { QStringLiteral("device_authorization_endpoint"),
          below(issuer, QStringLiteral("/protocol/device")) },
        { QStringLiteral("scopes_supported"),
          QJsonArray { QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                       QStringLiteral("offline_access"), QStringLiteral("groups"),
                       QStringLiteral("bad scope") } },
        { QStringLiteral("code_challenge_methods_supported"),
          QJsonArray { QStringLiteral("plain"), QStringLiteral("S256") } },
        { QStringLiteral("token_endpoint_auth_methods_supported"),
          QJsonArray { QStringLiteral("client_secret_basic"), QStringLiteral("none") } },
        { QStringLiteral("response_types_supported"), QJsonArray { QStringLiteral("code") } },
    };
}

FakeHttpServer::Handler serve(const QJsonObject& document)
{
    return
        [document](const FakeHttpServer::Request&) { return FakeHttpServer::Response::json(200, document); };
}

FakeHttpServer::Handler serveRaw(const QByteArray& body)
{
    return [body](const FakeHttpServer::Request&) { return FakeHttpServer::Response::json(200, body); };
}

struct Outcome
{
    Error error;
    PlatformRecord record;
    QUrl documentUrl;
};

/// Runs one discovery to its end and checks the job shape on the way:
/// nothing emitted from inside start(), then exactly one finished().
void discover(QNetworkAccessManager* network, const QUrl& issuer, Outcome& outcome, int timeoutMs = 10'000)
{
    ProviderDiscovery discovery(network, issuer, QStringLiteral("acme"), QStringLiteral("Acme"));
    discovery.setAutoDelete(false);
    discovery.setTimeout(timeoutMs);
    QSignalSpy finished(&discovery, &ProviderDiscovery::finished);
    discovery.start();
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<ProviderDiscovery*>(), &discovery);
    QVERIFY(discovery.isFinished());
    outcome = { discovery.error(), discovery.record(), discovery.documentUrl() };
}

} // namespace
} // namespace Plugboard::Test

using namespace Plugboard::Test;

class TestProviderDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void buildsWellKnownUrls_data();
    void buildsWellKnownUrls();
    void discoversOpenIdProvider();
    void fallsBackToRfc8414();
    void reportsMissingDocument();
    void reportsServerError();
    void rejectsIssuerMismatch_data();
    void rejectsIssuerMismatch();
    void rejectsNonJson_data();
    void rejectsNonJson();
    void refusesIssuerBeforeAnyRequest_data();
    void refusesIssuerBeforeAnyRequest();
    void refusesInvalidPlatformId();
    void refusesRedirectToAnotherServer();
    void followsSameOriginRedirect();
    void stopsAfterTooManyRedirects();
    void timesOut_data();
    void timesOut();
    void reportsConnectionRefused();
    void rejectsInsecureEndpoint_data();
    void rejectsInsecureEndpoint();
    void requiresEndpoints_data();
    void requiresEndpoints();
    void abortCancels();
    void logsHostsAndOutcomesOnly();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<RecordingNetworkAccessManager> m_network;
    QUrl m_issuer;
};

void TestProviderDiscovery::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_network = std::make_unique<RecordingNetworkAccessManager>();
    m_issuer = m_server->url(QStringLiteral("/realms/acme"));
}

void TestProviderDiscovery::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void TestProviderDiscovery::buildsWellKnownUrls_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("openId");
    QTest::addColumn<QString>("rfc8414");
    QTest::newRow("host only") << "https://id.example"
                               << "https://id.example/.well-known/openid-configuration"
                               << "https://id.example/.well-known/oauth-authorization-server";
    QTest::newRow("host and slash") << "https://id.example/"
                                    << "https://id.example/.well-known/openid-configuration"
                                    << "https://id.example/.well-known/oauth-authorization-server";
    QTest::newRow("path") << "https://id.example:8443/tenant/v2"
                          << "https://id.example:8443/tenant/v2/.well-known/openid-configuration"
                          << "https://id.example:8443/.well-known/oauth-authorization-server/tenant/v2";
    QTest::newRow("path and slash") << "https://id.example/tenant/"
                                    << "https://id.example/tenant/.well-known/openid-configuration"
                                    << "https://id.example/.well-known/oauth-authorization-server/tenant";
}

void TestProviderDiscovery::buildsWellKnownUrls()
{
    QFETCH(QString, issuer);
    QFETCH(QString, openId);
    QFETCH(QString, rfc8414);
    QCOMPARE(ProviderDiscovery::openIdConfigurationUrl(QUrl(issuer)).toString(), openId);
    QCOMPARE(ProviderDiscovery::authorizationServerMetadataUrl(QUrl(issuer)).toString(), rfc8414);
}

void TestProviderDiscovery::discoversOpenIdProvider()
{
    m_server->setHandler("GET", kOidcPath, serve(openIdDocument(m_issuer)));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::None);

    QCOMPARE(m_server->requestCount(), 1);
    const FakeHttpServer::Request request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, kOidcPath);
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QCOMPARE(m_network->requested.size(), 1);
    QCOMPARE(outcome.documentUrl, m_server->url(kOidcPath));

    const PlatformRecord& record = outcome.record;
    QCOMPARE(record.id, QStringLiteral("acme"));
    QCOMPARE(record.name, QStringLiteral("Acme"));
    QCOMPARE(record.authKind, AuthKind::OAuth2);
    QCOMPARE(record.authorizationEndpoint, QUrl(below(m_issuer, QStringLiteral("/protocol/auth"))));
    QCOMPARE(record.tokenEndpoint, QUrl(below(m_issuer, QStringLiteral("/protocol/token"))));
    QCOMPARE(record.revocationEndpoint, QUrl(below(m_issuer, QStringLiteral("/protocol/revoke"))));
    QCOMPARE(record.revocationStyle, RevocationStyle::Rfc7009);
    QCOMPARE(record.userinfoEndpoint, QUrl(below(m_issuer, QStringLiteral("/protocol/userinfo"))));
    QCOMPARE(record.deviceAuthorizationEndpoint, QUrl(below(m_issuer, QStringLiteral("/protocol/device"))));
    QVERIFY(record.pkce);
    QCOMPARE(record.clientAuthentication, ClientAuthentication::ClientSecretBasic);
    QCOMPARE(record.defaultScopes(),
             QStringList({ QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                           QStringLiteral("offline_access") }));
    QCOMPARE(record.scopes.size(), 5); // "groups" offered, not default; "bad scope" dropped
    QCOMPARE(record.scopes.at(4).name, QStringLiteral("groups"));
    QVERIFY(!record.scopes.at(4).isDefault);
    for (const ScopeInfo& scope : record.scopes)
        QVERIFY2(!scope.description.isEmpty(), qPrintable(scope.name));
    QCOMPARE(record.identityIdPath, QStringLiteral("sub"));
    QCOMPARE(record.identityNamePath, QStringLiteral("name"));
    QCOMPARE(record.redirect, RedirectRule());
    QCOMPARE(record.redirect.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(record.redirect.port, quint16(0));
    QCOMPARE(record.helpUrl, m_issuer);
    QVERIFY(record.custom);

    const CredentialField* clientId = record.credentialField(QStringLiteral("client_id"));
    QVERIFY(clientId);
    QVERIFY(clientId->required);
    QVERIFY(!clientId->secret);
    const CredentialField* clientSecret = record.credentialField(QStringLiteral("client_secret"));
    QVERIFY(clientSecret);
    QVERIFY(!clientSecret->required);
    QVERIFY(clientSecret->secret);

    // The catalog stores custom providers as records: this one must load.
    const Result<PlatformRecord> reread
        = PlatformRecordParser::parse(PlatformRecordWriter::toJson(record), QStringLiteral("discovered"));
    QVERIFY2(reread.hasValue(), qPrintable(reread.hasValue() ? QString() : reread.error().message));
    QCOMPARE(reread.value(), record);
}

void TestProviderDiscovery::fallsBackToRfc8414()
{
    QJsonObject document = openIdDocument(m_issuer);
    document.remove(QStringLiteral("code_challenge_methods_supported"));
    document.remove(QStringLiteral("token_endpoint_auth_methods_supported"));
    document.remove(QStringLiteral("userinfo_endpoint"));
    document.insert(QStringLiteral("scopes_supported"),
                    QJsonArray { QStringLiteral("read"), QStringLiteral("offline_access") });
    m_server->setHandler("GET", kRfc8414Path, serve(document)); // the OpenID path is a 404

    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::None);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).path, kOidcPath);
    QCOMPARE(m_server->requests().at(1).path, kRfc8414Path);
    QCOMPARE(outcome.documentUrl, m_server->url(kRfc8414Path));

    // RFC 8414 §2: no code_challenge_methods_supported means no PKCE, and
    // a plain OAuth server gets no "openid" scope.
    QVERIFY(!outcome.record.pkce);
    QCOMPARE(outcome.record.clientAuthentication, ClientAuthentication::ClientSecretBasic);
    QCOMPARE(outcome.record.defaultScopes(), QStringList { QStringLiteral("offline_access") });
    QCOMPARE(outcome.record.scopes.size(), 2);
    QVERIFY(outcome.record.userinfoEndpoint.isEmpty());
}

void TestProviderDiscovery::reportsMissingDocument()
{
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(kRfc8414Path), qPrintable(outcome.error.message));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestProviderDiscovery::reportsServerError()
{
    m_server->setHandler("GET", kOidcPath, [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::text(500, "oops");
    });
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(QLatin1String("500")), qPrintable(outcome.error.message));
    QCOMPARE(m_server->requestCount(), 1); // only a 404 means "try RFC 8414"
}

void TestProviderDiscovery::rejectsIssuerMismatch_data()
{
    QTest::addColumn<QString>("declared");
    QTest::newRow("other host") << "https://id.example/realms/acme";
    QTest::newRow("other path") << "%1/realms/other";
    QTest::newRow("sub path") << "%1/realms/acme/x";
    QTest::newRow("empty") << "";
}

void TestProviderDiscovery::rejectsIssuerMismatch()
{
    QFETCH(QString, declared);
    if (declared.contains(QLatin1String("%1")))
        declared = declared.arg(m_server->url(QString()).toString());
    QJsonObject document = openIdDocument(m_issuer);
    document.insert(QStringLiteral("issuer"), declared);
    m_server->setHandler("GET", kOidcPath, serve(document));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(m_issuer.toString()), qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(QLatin1Char('"') + declared + QLatin1Char('"')),
             qPrintable(outcome.error.message));
}

void TestProviderDiscovery::rejectsNonJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<!doctype html><html><body>Sign in</body></html>");
    QTest::newRow("array") << QByteArray("[{\"issuer\": \"x\"}]");
    QTest::newRow("truncated") << QByteArray("{\"issuer\": ");
    QTest::newRow("empty") << QByteArray();
}

void TestProviderDiscovery::rejectsNonJson()
{
    QFETCH(QByteArray, body);
    m_server->setHandler("GET", kOidcPath, serveRaw(body));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(QLatin1String("not JSON")), qPrintable(outcome.error.message));
}

void TestProviderDiscovery::refusesIssuerBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::newRow("http on the internet") << QStringLiteral("http://example.com");
    QTest::newRow("http on the LAN") << QStringLiteral("http://192.168.1.10/realms/acme");
    QTest::newRow("loopback look-alike") << QStringLiteral("http://127.0.0.1.example.com/");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/");
    QTest::newRow("relative") << QStringLiteral("/realms/acme");
    QTest::newRow("password in url")
        << QStringLiteral("https://user:%1@id.example/").arg(fakeSecret(QStringLiteral("pw")));
    QTest::newRow("query") << QStringLiteral("https://id.example/?tenant=a");
}

void TestProviderDiscovery::refusesIssuerBeforeAnyRequest()
{
    QFETCH(QString, issuer);
    Outcome outcome;
    discover(m_network.get(), QUrl(issuer), outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(QLatin1String("https://")), qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains(secretMarker()));
    QCOMPARE(m_network->requested, QList<QUrl>());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestProviderDiscovery::refusesInvalidPlatformId()
{
    ProviderDiscovery discovery(m_network.get(), m_issuer, QStringLiteral("../Acme"), QStringLiteral("Acme"));
    discovery.setAutoDelete(false);
    QSignalSpy finished(&discovery, &ProviderDiscovery::finished);
    discovery.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(discovery.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_network->requested.size(), 0);
}

// Two servers on different ports are two origins (RFC 6454), without relying
// on how "localhost" resolves on the test machine.
void TestProviderDiscovery::refusesRedirectToAnotherServer()
{
    FakeHttpServer other;
    QVERIFY(other.isListening());
    const QUrl elsewhere = other.url(kOidcPath);
    other.setHandler("GET", kOidcPath, serve(openIdDocument(m_issuer)));
    m_server->setHandler("GET", kOidcPath, [elsewhere](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::redirect(302, elsewhere.toString());
    });
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    const QString message = outcome.error.message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server->port())), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(other.port())), qPrintable(message));
    QCOMPARE(other.requestCount(), 0);
    QCOMPARE(m_network->requested.size(), 1);
}

void TestProviderDiscovery::followsSameOriginRedirect()
{
    const QString moved = QStringLiteral("/moved/openid-configuration");
    m_server->setHandler("GET", kOidcPath, [moved](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::redirect(301, moved); // relative Location
    });
    m_server->setHandler("GET", moved, serve(openIdDocument(m_issuer)));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::None);
    QCOMPARE(outcome.documentUrl, m_server->url(moved));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests(moved).size(), 1);
    QCOMPARE(outcome.record.tokenEndpoint, QUrl(below(m_issuer, QStringLiteral("/protocol/token"))));
}

void TestProviderDiscovery::stopsAfterTooManyRedirects()
{
    m_server->setHandler("GET", kOidcPath, [](const FakeHttpServer::Request& request) {
        return FakeHttpServer::Response::redirect(307, QString::fromUtf8(request.target));
    });
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QCOMPARE(m_server->requestCount(), 1 + ProviderDiscovery::kMaxRedirects);
}

void TestProviderDiscovery::timesOut_data()
{
    QTest::addColumn<bool>("noAnswer");
    QTest::newRow("late answer") << false;
    QTest::newRow("no answer") << true;
}

void TestProviderDiscovery::timesOut()
{
    QFETCH(bool, noAnswer);
    const QJsonObject document = openIdDocument(m_issuer);
    m_server->setHandler("GET", kOidcPath, [document, noAnswer](const FakeHttpServer::Request&) {
        FakeHttpServer::Response response = FakeHttpServer::Response::json(200, document);
        response.delayMs = 10'000;
        response.noAnswer = noAnswer;
        return response;
    });
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome, 300);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::Timeout);
    QVERIFY2(outcome.error.message.contains(QLatin1String("127.0.0.1")), qPrintable(outcome.error.message));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestProviderDiscovery::reportsConnectionRefused()
{
    QUrl closed;
    {
        FakeHttpServer gone;
        closed = gone.url(QStringLiteral("/realms/acme"));
    }
    Outcome outcome;
    discover(m_network.get(), closed, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::Network);
}

void TestProviderDiscovery::rejectsInsecureEndpoint_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QString plain = QStringLiteral("http://id.example/endpoint");
    QTest::newRow("authorization") << "authorization_endpoint" << plain;
    QTest::newRow("token") << "token_endpoint" << plain;
    QTest::newRow("revocation") << "revocation_endpoint" << plain;
    QTest::newRow("userinfo") << "userinfo_endpoint" << plain;
    QTest::newRow("device") << "device_authorization_endpoint" << plain;
    QTest::newRow("token with user info") << "token_endpoint"
                                          << "https://user@id.example/token";
    QTest::newRow("token is javascript") << "token_endpoint"
                                         << "javascript:alert(1)";
}

void TestProviderDiscovery::rejectsInsecureEndpoint()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QJsonObject document = openIdDocument(m_issuer);
    document.insert(key, value);
    m_server->setHandler("GET", kOidcPath, serve(document));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(key), qPrintable(outcome.error.message));
    QCOMPARE(m_network->requested.size(), 1); // nothing named in the document was contacted
}

void TestProviderDiscovery::requiresEndpoints_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no token endpoint") << "token_endpoint" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("null token endpoint") << "token_endpoint" << QJsonValue(QJsonValue::Null);
    QTest::newRow("numeric token endpoint") << "token_endpoint" << QJsonValue(42);
    QTest::newRow("no authorization endpoint")
        << "authorization_endpoint" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("relative userinfo") << "userinfo_endpoint" << QJsonValue(QStringLiteral("/userinfo"));
}

void TestProviderDiscovery::requiresEndpoints()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject document = openIdDocument(m_issuer);
    if (value.isUndefined())
        document.remove(key);
    else
        document.insert(key, value);
    m_server->setHandler("GET", kOidcPath, serve(document));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::DiscoveryFailed);
    QVERIFY2(outcome.error.message.contains(key), qPrintable(outcome.error.message));
}

void TestProviderDiscovery::abortCancels()
{
    m_server->setHandler("GET", kOidcPath, [](const FakeHttpServer::Request&) {
        FakeHttpServer::Response response;
        response.noAnswer = true;
        return response;
    });
    ProviderDiscovery discovery(m_network.get(), m_issuer, QStringLiteral("acme"), QStringLiteral("Acme"));
    discovery.setAutoDelete(false);
    QSignalSpy finished(&discovery, &ProviderDiscovery::finished);
    discovery.start();
    QTRY_COMPARE(m_server->requestCount(), 1);
    discovery.abort();
    QCOMPARE(finished.size(), 0); // not from inside abort()
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(discovery.error().code, ErrorCode::Cancelled);
    discovery.abort(); // a finished job ignores it
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestProviderDiscovery::logsHostsAndOutcomesOnly()
{
    LogCapture capture;
    m_server->setHandler("GET", kOidcPath, serve(openIdDocument(m_issuer)));
    Outcome outcome;
    discover(m_network.get(), m_issuer, outcome);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(outcome.error.code, ErrorCode::None);
    const QStringList ours = capture.messagesContaining(QStringLiteral("plugboard.catalog.discovery: "));
    QVERIFY(!ours.isEmpty());
    for (const QString& message : ours) {
        QVERIFY2(!message.contains(QLatin1String("/protocol/")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("authorization_endpoint")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestProviderDiscovery)
#include "tst_providerdiscovery.moc"

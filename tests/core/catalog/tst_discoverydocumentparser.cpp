#include "core/catalog/discoverydocumentparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;
using Kind = DiscoveryDocumentParser::Kind;

namespace {

const QUrl kIssuer(QStringLiteral("https://id.example"));

/// The smallest document discovery accepts.
QJsonObject minimalDocument()
{
    return {
        { QStringLiteral("issuer"), kIssuer.toString() },
        { QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example/auth") },
        { QStringLiteral("token_endpoint"), QStringLiteral("https://id.example/token") },
    };
}

Result<PlatformRecord> parse(const QJsonObject& document, Kind kind = Kind::OpenIdConnect,
                             const QUrl& issuer = kIssuer)
{
    const DiscoveryDocumentParser::Source source { kind, issuer,
                                                   QUrl(QStringLiteral("https://id.example/.well-known/x")) };
    return DiscoveryDocumentParser::parse(QJsonDocument(document).toJson(), source, QStringLiteral("acme"),
                                          QStringLiteral("Acme"));
}

QJsonValue list(std::initializer_list<const char*> names)
{
    QJsonArray array;
    for (const char* name : names)
        array.append(QLatin1String(name));
    return array;
}

} // namespace

/// The document-to-record rules (no network; tst_providerdiscovery covers
/// fetching).
class TestDiscoveryDocumentParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesIssuers_data();
    void comparesIssuers();
    void acceptsMinimalDocument();
    void choosesPkceAndClientAuthentication_data();
    void choosesPkceAndClientAuthentication();
    void picksScopes_data();
    void picksScopes();
    void capsScopeCount();
    void fallsBackToPreferredUsername();
};

void TestDiscoveryDocumentParser::comparesIssuers_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("equal") << "https://id.example/t"
                           << "https://id.example/t" << true;
    QTest::newRow("one trailing slash") << "https://id.example/t/"
                                        << "https://id.example/t" << true;
    QTest::newRow("root slash") << "https://id.example/"
                                << "https://id.example" << true;
    QTest::newRow("host case") << "https://ID.example"
                               << "https://id.example" << true;
    QTest::newRow("two trailing slashes") << "https://id.example/t//"
                                          << "https://id.example/t" << false;
    QTest::newRow("other path") << "https://id.example/t"
                                << "https://id.example/u" << false;
    QTest::newRow("path case") << "https://id.example/T"
                               << "https://id.example/t" << false;
    QTest::newRow("other scheme") << "http://id.example"
                                  << "https://id.example" << false;
    QTest::newRow("other port") << "https://id.example:8443"
                                << "https://id.example" << false;
    QTest::newRow("empty") << ""
                           << "https://id.example" << false;
}

void TestDiscoveryDocumentParser::comparesIssuers()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(DiscoveryDocumentParser::isSameIssuer(QUrl(a), QUrl(b)), same);
    QCOMPARE(DiscoveryDocumentParser::isSameIssuer(QUrl(b), QUrl(a)), same);
}

void TestDiscoveryDocumentParser::acceptsMinimalDocument()
{
    const Result<PlatformRecord> record = parse(minimalDocument(), Kind::OAuthServerMetadata);
    QVERIFY(record.hasValue());
    QCOMPARE(record.value().revocationStyle, RevocationStyle::None);
    QVERIFY(record.value().revocationEndpoint.isEmpty());
    QVERIFY(record.value().scopes.isEmpty());
    QCOMPARE(record.value().helpUrl, kIssuer);
    QVERIFY(record.value().custom);
}

void TestDiscoveryDocumentParser::choosesPkceAndClientAuthentication_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QJsonValue>("challengeMethods");
    QTest::addColumn<QJsonValue>("authMethods");
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<ClientAuthentication>("authentication");
    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("oidc, nothing declared")
        << Kind::OpenIdConnect << absent << absent << true << ClientAuthentication::ClientSecretBasic;
    QTest::newRow("rfc 8414, nothing declared")
        << Kind::OAuthServerMetadata << absent << absent << false << ClientAuthentication::ClientSecretBasic;
    QTest::newRow("rfc 8414, S256") << Kind::OAuthServerMetadata << list({ "S256" }) << list({ "none" })
                                    << true << ClientAuthentication::None;
    QTest::newRow("plain only") << Kind::OpenIdConnect << list({ "plain" }) << list({ "client_secret_post" })
                                << false << ClientAuthentication::ClientSecretPost;
    QTest::newRow("basic and post") << Kind::OpenIdConnect << list({ "S256" })
                                    << list({ "client_secret_post", "client_secret_basic" }) << true
                                    << ClientAuthentication::ClientSecretBasic;
    // A server that also serves public clients must still let a
    // confidential one send its secret (sent only when one is saved).
    QTest::newRow("none and basic") << Kind::OpenIdConnect << list({ "S256" })
                                    << list({ "none", "client_secret_basic" }) << true
                                    << ClientAuthentication::ClientSecretBasic;
    QTest::newRow("none and post") << Kind::OpenIdConnect << list({ "S256" })
                                   << list({ "none", "client_secret_post" }) << true
                                   << ClientAuthentication::ClientSecretPost;
    QTest::newRow("only none") << Kind::OpenIdConnect << list({ "S256" }) << list({ "none" }) << true
                               << ClientAuthentication::None;
    QTest::newRow("only jwt") << Kind::OpenIdConnect << list({ "S256" }) << list({ "private_key_jwt" })
                              << true << ClientAuthentication::None;
    QTest::newRow("not arrays") << Kind::OAuthServerMetadata << QJsonValue(QStringLiteral("S256"))
                                << QJsonValue(QStringLiteral("none")) << false
                                << ClientAuthentication::ClientSecretBasic;
}

void TestDiscoveryDocumentParser::choosesPkceAndClientAuthentication()
{
    QFETCH(Kind, kind);
    QFETCH(QJsonValue, challengeMethods);
    QFETCH(QJsonValue, authMethods);
    QFETCH(bool, pkce);
    QFETCH(ClientAuthentication, authentication);
    QJsonObject document = minimalDocument();
    if (!challengeMethods.isUndefined())
        document.insert(QStringLiteral("code_challenge_methods_supported"), challengeMethods);
    if (!authMethods.isUndefined())
        document.insert(QStringLiteral("token_endpoint_auth_methods_supported"), authMethods);
    const Result<PlatformRecord> record = parse(document, kind);
    QVERIFY(record.hasValue());
    QCOMPARE(record.value().pkce, pkce);
    QCOMPARE(record.value().clientAuthentication, authentication);
}

void TestDiscoveryDocumentParser::picksScopes_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QJsonValue>("supported");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("defaults");
    const auto strings
        = [](const char* joined) { return QString::fromLatin1(joined).split(QLatin1Char(' ')); };
    QTest::newRow("oidc adds openid") << Kind::OpenIdConnect << list({ "email", "api" })
                                      << strings("openid email api") << strings("openid email");
    QTest::newRow("oidc, none listed")
        << Kind::OpenIdConnect << QJsonValue() << strings("openid") << strings("openid");
    QTest::newRow("rfc 8414 never defaults openid")
        << Kind::OAuthServerMetadata << list({ "openid", "offline_access", "read" })
        << strings("openid offline_access read") << strings("offline_access");
    QTest::newRow("drops bad and repeated names")
        << Kind::OAuthServerMetadata << list({ "a b", "", "say\"hi\"", "profile", "profile", "über" })
        << strings("profile") << strings("profile");
}

void TestDiscoveryDocumentParser::picksScopes()
{
    QFETCH(Kind, kind);
    QFETCH(QJsonValue, supported);
    QFETCH(QStringList, names);
    QFETCH(QStringList, defaults);
    QJsonObject document = minimalDocument();
    if (!supported.isNull())
        document.insert(QStringLiteral("scopes_supported"), supported);
    const Result<PlatformRecord> record = parse(document, kind);
    QVERIFY(record.hasValue());
    QStringList actual;
    for (const ScopeInfo& scope : record.value().scopes) {
        actual.append(scope.name);
        QVERIFY2(!scope.description.isEmpty(), qPrintable(scope.name));
    }
    QCOMPARE(actual, names);
    QCOMPARE(record.value().defaultScopes(), defaults);
}

void TestDiscoveryDocumentParser::capsScopeCount()
{
    QJsonArray many;
    for (int i = 0; i < 3 * DiscoveryDocumentParser::kMaxScopes; ++i)
        many.append(QStringLiteral("scope-%1").arg(i));
    QJsonObject document = minimalDocument();
    document.insert(QStringLiteral("scopes_supported"), many);
    const Result<PlatformRecord> record = parse(document, Kind::OAuthServerMetadata);
    QVERIFY(record.hasValue());
    QCOMPARE(record.value().scopes.size(), DiscoveryDocumentParser::kMaxScopes);
}

void TestDiscoveryDocumentParser::fallsBackToPreferredUsername()
{
    QJsonObject document = minimalDocument();
    QCOMPARE(parse(document).value().identityNamePath, QStringLiteral("name"));
    document.insert(QStringLiteral("claims_supported"), list({ "sub", "preferred_username" }));
    const Result<PlatformRecord> record = parse(document);
    QVERIFY(record.hasValue());
    QCOMPARE(record.value().identityIdPath, QStringLiteral("sub"));
    QCOMPARE(record.value().identityNamePath, QStringLiteral("preferred_username"));
    document.insert(QStringLiteral("claims_supported"), list({ "sub", "name", "preferred_username" }));
    QCOMPARE(parse(document).value().identityNamePath, QStringLiteral("name"));
}

QTEST_GUILESS_MAIN(TestDiscoveryDocumentParser)
#include "tst_discoverydocumentparser.moc"

#include "core/catalog/discoverydocumentparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Plugboard {
namespace {

using Parser = DiscoveryDocumentParser;

Error failure(const QString& message)
{
    return { ErrorCode::DiscoveryFailed, message };
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

/// The strings of a JSON array member; empty when missing or not an array
/// (optional metadata of the wrong type is treated as absent, not fatal).
QStringList stringList(const QJsonObject& document, const QString& key, bool* present = nullptr)
{
    const QJsonValue value = document.value(key);
    if (present)
        *present = value.isArray();
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const auto& item : array) {
        if (item.isString())
            strings.append(item.toString());
    }
    return strings;
}

/// Reads the endpoint `key` into `url`. Every endpoint must be https://
/// (http:// only on loopback): a document must not be able to send tokens
/// anywhere in plain text.
Result<void> readEndpoint(const QJsonObject& document, const Parser::Source& source, const QString& key,
                          bool required, QUrl& url)
{
    const QString where = source.documentUrl.toDisplayString();
    const QJsonValue value = document.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (!required)
            return {};
        return failure(Parser::tr("The discovery document at %1 has no %2, which Plugboard needs to connect. "
                                  "The provider may not support signing in through the browser; check its "
                                  "documentation.")
                           .arg(where, key));
    }
    url = QUrl(value.toString(), QUrl::StrictMode);
    if (!value.isString() || !url.isValid() || url.isRelative()) {
        return failure(Parser::tr("The discovery document at %1 has a %2 that is not a URL. Ask the provider "
                                  "to fix its discovery document.")
                           .arg(where, key));
    }
    if (!isAllowedEndpoint(url)) {
        return failure(
            Parser::tr("The discovery document at %1 gives %2 as %3, which is not an https:// URL. "
                       "Plugboard only talks to https:// servers, or to http:// on this computer.")
                .arg(where, key, url.toDisplayString()));
    }
    return {};
}

Result<void> readEndpoints(const QJsonObject& document, const Parser::Source& source, PlatformRecord& record)
{
    const struct
    {
        const char* key;
        bool required;
        QUrl PlatformRecord::*url;
    } endpoints[] = {
        { "authorization_endpoint", true, &PlatformRecord::authorizationEndpoint },
        { "token_endpoint", true, &PlatformRecord::tokenEndpoint },
        { "revocation_endpoint", false, &PlatformRecord::revocationEndpoint },
        { "userinfo_endpoint", false, &PlatformRecord::userinfoEndpoint },
        { "device_authorization_endpoint", false, &PlatformRecord::deviceAuthorizationEndpoint },
    };
    for (const auto& endpoint : endpoints) {
        Result<void> read = readEndpoint(document, source, QLatin1String(endpoint.key), endpoint.required,
                                         record.*endpoint.url);
        if (!read)
            return read;
    }
    record.revocationStyle
        = record.revocationEndpoint.isEmpty() ? RevocationStyle::None : RevocationStyle::Rfc7009;
    return {};
}

/// RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
bool isScopeToken(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == 0x22 || u == 0x5c)
            return false;
    }
    return true;
}

QString scopeDescription(const QString& name, const QString& providerName)
{
    if (name == QLatin1String("openid"))
        return Parser::tr("Sign you in with OpenID Connect");
    if (name == QLatin1String("profile"))
        return Parser::tr("Read your basic profile, such as your name");
    if (name == QLatin1String("email"))
        return Parser::tr("Read your email address");
    if (name == QLatin1String("offline_access"))
        return Parser::tr("Stay connected while you are away (refresh tokens)");
    if (name == QLatin1String("address"))
        return Parser::tr("Read your postal address");
    if (name == QLatin1String("phone"))
        return Parser::tr("Read your phone number");
    return Parser::tr("A permission defined by %1").arg(providerName);
}

QList<ScopeInfo> readScopes(const QJsonObject& document, Parser::Kind kind, const QString& providerName)
{
    const bool openId = kind == Parser::Kind::OpenIdConnect;
    QStringList names = stringList(document, QStringLiteral("scopes_supported"));
    if (openId && !names.contains(QLatin1String("openid")))
        names.prepend(QStringLiteral("openid"));
    const QSet<QString> defaults { QStringLiteral("profile"), QStringLiteral("email"),
                                   QStringLiteral("offline_access") };
    QList<ScopeInfo> scopes;
    QSet<QString> seen;
    for (const QString& name : std::as_const(names)) {
        if (scopes.size() >= Parser::kMaxScopes)
            break;
        if (!isScopeToken(name) || seen.contains(name))
            continue;
        seen.insert(name);
        const bool isDefault = defaults.contains(name) || (openId && name == QLatin1String("openid"));
        ScopeInfo scope;
        scope.name = name;
        scope.description = scopeDescription(name, providerName);
        scope.isDefault = isDefault;
        scopes.append(scope);
    }
    return scopes;
}

ClientAuthentication readClientAuthentication(const QJsonObject& document)
{
    bool present = false;
    const QStringList methods
        = stringList(document, QStringLiteral("token_endpoint_auth_methods_supported"), &present);
    // Which method a client must use is a property of the registered
    // client, not of the server, and a secret is only ever sent when the
    // user saved one: so pick a way to send a secret whenever the server
    // has one, even when it also lists "none" for public clients.
    if (!present || methods.contains(QLatin1String("client_secret_basic")))
        return ClientAuthentication::ClientSecretBasic;
    if (methods.contains(QLatin1String("client_secret_post")))
        return ClientAuthentication::ClientSecretPost;
    return ClientAuthentication::None;
}

bool readPkce(const QJsonObject& document, Parser::Kind kind)
{
    bool present = false;
    const QStringList methods
        = stringList(document, QStringLiteral("code_challenge_methods_supported"), &present);
    if (!present)
        return kind == Parser::Kind::OpenIdConnect;
    return methods.contains(QLatin1String("S256"));
}

QList<CredentialField> credentialFields()
{
    CredentialField clientId;
    clientId.key = QStringLiteral("client_id");
    clientId.label = Parser::tr("Client ID");
    clientId.type = CredentialType::OAuthClientId;
    clientId.description = Parser::tr("The ID the provider gave the application you registered.");

    CredentialField clientSecret;
    clientSecret.key = QStringLiteral("client_secret");
    clientSecret.label = Parser::tr("Client secret");
    clientSecret.type = CredentialType::OAuthClientSecret;
    clientSecret.required = false;
    clientSecret.secret = true;
    clientSecret.description
        = Parser::tr("Only for confidential clients; leave it empty for a public client.");
    return { clientId, clientSecret };
}

} // namespace

bool DiscoveryDocumentParser::isSameIssuer(const QUrl& a, const QUrl& b)
{
    return a.isValid() && b.isValid() && withoutTrailingSlash(a) == withoutTrailingSlash(b);
}

Result<PlatformRecord> DiscoveryDocumentParser::parse(const QByteArray& json, const Source& source,
                                                      const QString& platformId, const QString& displayName)
{
    const QString where = source.documentUrl.toDisplayString();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return failure(
            tr("The answer at %1 is not a discovery document (not JSON). Check that you entered the "
               "provider's issuer URL.")
                .arg(where));
    }
    const QJsonObject object = document.object();

    // OpenID Connect Discovery §4.3, RFC 8414 §3.3: a document that names
    // another issuer may be an attacker's, relayed to mix up providers.
    const QString declared = object.value(QLatin1String("issuer")).toString();
    if (!isSameIssuer(QUrl(declared, QUrl::StrictMode), source.issuer)) {
        return failure(
            tr("The discovery document at %1 belongs to the issuer \"%2\", not to %3 as requested. "
               "Check the issuer URL: it must match the provider's own exactly.")
                .arg(where, declared, source.issuer.toDisplayString()));
    }

    PlatformRecord record;
    record.id = platformId;
    record.name = displayName;
    record.authKind = AuthKind::OAuth2;
    record.custom = true;
    if (const Result<void> endpoints = readEndpoints(object, source, record); !endpoints)
        return endpoints.error();
    record.scopes = readScopes(object, source.kind, displayName);
    record.clientAuthentication = readClientAuthentication(object);
    record.pkce = readPkce(object, source.kind);
    record.redirect = RedirectRule(); // 127.0.0.1, any port, /callback (RFC 8252 §7.3)

    record.identityIdPath = QStringLiteral("sub");
    const QStringList claims = stringList(object, QStringLiteral("claims_supported"));
    const bool onlyUsername
        = !claims.contains(QLatin1String("name")) && claims.contains(QLatin1String("preferred_username"));
    record.identityNamePath = onlyUsername ? QStringLiteral("preferred_username") : QStringLiteral("name");

    record.helpUrl = source.issuer;
    addClientFields(record, displayName);
    return record;
}

void DiscoveryDocumentParser::addClientFields(PlatformRecord& record, const QString& displayName)
{
    record.helpSteps = {
        tr("Register an application (a client) with %1 and add the redirect URI Plugboard shows.")
            .arg(displayName),
        tr("Copy its client ID here, and its client secret if %1 gave you one.").arg(displayName),
    };
    record.credentials = credentialFields();
}

} // namespace Plugboard

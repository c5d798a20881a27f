#include "core/catalog/platformrecordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard {

namespace {

// Switches, not tables: the compiler then flags a new enum value that has
// no spelling yet, and the parser's round-trip test catches a misspelling.
QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::OAuth2:
        return QStringLiteral("oauth2");
    case AuthKind::Token:
        return QStringLiteral("token");
    }
    return {};
}

QString clientAuthenticationName(ClientAuthentication authentication)
{
    switch (authentication) {
    case ClientAuthentication::None:
        return QStringLiteral("none");
    case ClientAuthentication::ClientSecretPost:
        return QStringLiteral("client_secret_post");
    case ClientAuthentication::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    }
    return {};
}

QString revocationStyleName(RevocationStyle style)
{
    switch (style) {
    case RevocationStyle::None:
        return QStringLiteral("none");
    case RevocationStyle::Rfc7009:
        return QStringLiteral("rfc7009");
    case RevocationStyle::GithubGrant:
        return QStringLiteral("github_grant");
    case RevocationStyle::Dropbox:
        return QStringLiteral("dropbox");
    case RevocationStyle::Slack:
        return QStringLiteral("slack");
    }
    return {};
}

QString credentialTypeName(CredentialType type)
{
    switch (type) {
    case CredentialType::OAuthClientId:
        return QStringLiteral("oauth_client_id");
    case CredentialType::OAuthClientSecret:
        return QStringLiteral("oauth_client_secret");
    case CredentialType::ApiKey:
        return QStringLiteral("api_key");
    case CredentialType::Username:
        return QStringLiteral("username");
    }
    return {};
}

QJsonObject apiKeyObject(const ApiKeyRule& rule)
{
    switch (rule.placement) {
    case ApiKeyPlacement::Header:
        return { { QStringLiteral("send"), QStringLiteral("header") },
                 { QStringLiteral("header"), rule.header },
                 { QStringLiteral("prefix"), rule.prefix } };
    case ApiKeyPlacement::Basic:
        return { { QStringLiteral("send"), QStringLiteral("basic") } };
    case ApiKeyPlacement::Query:
        return { { QStringLiteral("send"), QStringLiteral("query") },
                 { QStringLiteral("parameter"), rule.parameter } };
    }
    return {};
}

QJsonObject refreshTokenObject(const RefreshTokenRule& rule)
{
    QJsonObject limits;
    if (rule.lifetimeDays > 0)
        limits.insert(QStringLiteral("lifetime_days"), rule.lifetimeDays);
    if (rule.idleDays > 0)
        limits.insert(QStringLiteral("idle_days"), rule.idleDays);
    if (!rule.note.isEmpty())
        limits.insert(QStringLiteral("note"), rule.note);
    return limits;
}

void insertUrl(QJsonObject& object, const QString& key, const QUrl& url)
{
    if (!url.isEmpty())
        object.insert(key, url.toString());
}

QJsonObject endpointsObject(const PlatformRecord& record)
{
    QJsonObject endpoints;
    insertUrl(endpoints, QStringLiteral("authorization"), record.authorizationEndpoint);
    insertUrl(endpoints, QStringLiteral("token"), record.tokenEndpoint);
    insertUrl(endpoints, QStringLiteral("revocation"), record.revocationEndpoint);
    endpoints.insert(QStringLiteral("revocation_style"), revocationStyleName(record.revocationStyle));
    insertUrl(endpoints, QStringLiteral("userinfo"), record.userinfoEndpoint);
    insertUrl(endpoints, QStringLiteral("device_authorization"), record.deviceAuthorizationEndpoint);
    return endpoints;
}

QJsonArray scopesArray(const PlatformRecord& record)
{
    QJsonArray scopes;
    for (const ScopeInfo& scope : record.scopes) {
        QJsonObject object { { QStringLiteral("name"), scope.name },
                             { QStringLiteral("description"), scope.description },
                             { QStringLiteral("default"), scope.isDefault } };
        if (!scope.grantedAs.isEmpty())
            object.insert(QStringLiteral("granted_as"), scope.grantedAs);
        if (!scope.reported)
            object.insert(QStringLiteral("reported"), false);
        scopes.append(object);
    }
    return scopes;
}

QJsonArray credentialsArray(const PlatformRecord& record)
{
    QJsonArray credentials;
    for (const CredentialField& field : record.credentials) {
        QJsonObject object { { QStringLiteral("key"), field.key },
                             { QStringLiteral("label"), field.label },
                             { QStringLiteral("type"), credentialTypeName(field.type) },
                             { QStringLiteral("required"), field.required },
                             { QStringLiteral("secret"), field.secret },
                             { QStringLiteral("description"), field.description } };
        insertUrl(object, QStringLiteral("help_url"), field.helpUrl);
        credentials.append(object);
    }
    return credentials;
}

/// Identity, help and the authorization parameters are left out when empty,
/// as a hand-written record would leave them out.
void insertOptionalSections(QJsonObject& root, const PlatformRecord& record)
{
    if (!record.authorizationParameters.isEmpty()) {
        QJsonObject parameters;
        for (auto it = record.authorizationParameters.cbegin(); it != record.authorizationParameters.cend();
             ++it)
            parameters.insert(it.key(), it.value());
        root.insert(QStringLiteral("authorization_parameters"), parameters);
    }
    if (!record.identityIdPath.isEmpty() || !record.identityNamePath.isEmpty()) {
        QJsonObject identity { { QStringLiteral("id"), record.identityIdPath } };
        if (!record.identityNamePath.isEmpty())
            identity.insert(QStringLiteral("name"), record.identityNamePath);
        if (record.identityMethod != QLatin1String("GET"))
            identity.insert(QStringLiteral("method"), record.identityMethod);
        if (!record.identityHeaders.isEmpty()) {
            QJsonObject headers;
            for (auto it = record.identityHeaders.cbegin(); it != record.identityHeaders.cend(); ++it)
                headers.insert(it.key(), it.value());
            identity.insert(QStringLiteral("headers"), headers);
        }
        root.insert(QStringLiteral("identity"), identity);
    }
    if (!record.refreshToken.isEmpty())
        root.insert(QStringLiteral("refresh_token"), refreshTokenObject(record.refreshToken));
    if (record.authKind == AuthKind::Token)
        root.insert(QStringLiteral("api_key"), apiKeyObject(record.apiKey));
    if (!record.templateId.isEmpty()) {
        QJsonObject parameters;
        for (auto it = record.templateParameters.cbegin(); it != record.templateParameters.cend(); ++it)
            parameters.insert(it.key(), it.value());
        root.insert(QStringLiteral("instance"),
                    QJsonObject { { QStringLiteral("template"), record.templateId },
                                  { QStringLiteral("parameters"), parameters } });
    }
    if (!record.helpUrl.isEmpty() || !record.helpSteps.isEmpty()) {
        QJsonObject help { { QStringLiteral("steps"), QJsonArray::fromStringList(record.helpSteps) } };
        insertUrl(help, QStringLiteral("url"), record.helpUrl);
        root.insert(QStringLiteral("help"), help);
    }
}

} // namespace

QByteArray PlatformRecordWriter::toJson(const PlatformRecord& record)
{
    QJsonObject root {
        { QStringLiteral("schema"), PlatformRecord::kSchemaVersion },
        { QStringLiteral("id"), record.id },
        { QStringLiteral("name"), record.name },
        { QStringLiteral("auth_kind"), authKindName(record.authKind) },
        { QStringLiteral("endpoints"), endpointsObject(record) },
        { QStringLiteral("scopes"), scopesArray(record) },
        { QStringLiteral("client_authentication"), clientAuthenticationName(record.clientAuthentication) },
        { QStringLiteral("pkce"), record.pkce },
        { QStringLiteral("redirect"),
          QJsonObject { { QStringLiteral("host"), record.redirect.host },
                        { QStringLiteral("port"), record.redirect.port },
                        { QStringLiteral("path"), record.redirect.path } } },
        { QStringLiteral("token_response"),
          QJsonObject { { QStringLiteral("accept_json"), record.tokenAcceptJson },
                        { QStringLiteral("scope_separator"), record.scopeSeparator } } },
        { QStringLiteral("credentials"), credentialsArray(record) },
    };
    if (!record.icon.isEmpty())
        root.insert(QStringLiteral("icon"), record.icon);
    if (record.custom)
        root.insert(QStringLiteral("custom"), true);
    insertOptionalSections(root, record);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Plugboard

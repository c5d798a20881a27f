#include "core/catalog/platformrecordparser.h"

#include "core/catalog/recordreader.h"
#include "core/catalog/recordsections.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Plugboard {

namespace {

using Need = RecordReader::Need;

constexpr RecordReader::Name<AuthKind> kAuthKinds[]
    = { { "oauth2", AuthKind::OAuth2 }, { "token", AuthKind::Token } };
constexpr RecordReader::Name<ClientAuthentication> kClientAuthentications[] = {
    { "none", ClientAuthentication::None },
    { "client_secret_post", ClientAuthentication::ClientSecretPost },
    { "client_secret_basic", ClientAuthentication::ClientSecretBasic },
};
constexpr RecordReader::Name<RevocationStyle> kRevocationStyles[] = {
    { "rfc7009", RevocationStyle::Rfc7009 }, { "github_grant", RevocationStyle::GithubGrant },
    { "dropbox", RevocationStyle::Dropbox }, { "slack", RevocationStyle::Slack },
    { "none", RevocationStyle::None },
};
constexpr RecordReader::Name<CredentialType> kCredentialTypes[] = {
    { "oauth_client_id", CredentialType::OAuthClientId },
    { "oauth_client_secret", CredentialType::OAuthClientSecret },
    { "api_key", CredentialType::ApiKey },
    { "username", CredentialType::Username },
};

void readHeader(RecordReader& r, const QJsonObject& root, const QString& source,
                PlatformRecordParser::FileName fileName, PlatformRecord& record)
{
    // The version first: a newer record has keys this build cannot know,
    // and "update Plugboard" is the useful message then, not "unknown key".
    if (const auto schema = r.integer(root, QString(), QLatin1String("schema"), Need::Required)) {
        if (*schema > PlatformRecord::kSchemaVersion)
            r.fail(QStringLiteral("schema"),
                   PlatformRecordParser::tr(
                       "the record uses schema %1, but this version of Plugboard reads schema %2 at most; "
                       "update Plugboard to use it")
                       .arg(*schema)
                       .arg(PlatformRecord::kSchemaVersion));
        else if (*schema < 1)
            r.fail(QStringLiteral("schema"),
                   PlatformRecordParser::tr("must be %1").arg(PlatformRecord::kSchemaVersion));
    }
    r.checkKeys(root, QString(),
                { "schema", "id", "name", "icon", "auth_kind", "custom", "endpoints", "scopes",
                  "authorization_parameters", "client_authentication", "pkce", "redirect", "token_response",
                  "refresh_token", "api_key", "identity", "help", "credentials", "instance" });
    r.boolean(root, QString(), QLatin1String("custom"), record.custom);

    r.string(root, QString(), QLatin1String("id"), record.id, Need::Required);
    if (r.ok() && !PlatformRecordParser::isValidId(record.id))
        r.fail(QStringLiteral("id"),
               PlatformRecordParser::tr(
                   "\"%1\" may use only lowercase letters a-z, digits and '-', and must start with a letter "
                   "or digit")
                   .arg(record.id));
    const QFileInfo file(source);
    if (r.ok() && fileName == PlatformRecordParser::FileName::MatchesId
        && file.suffix() == QLatin1String("json") && file.completeBaseName() != record.id)
        r.fail(QStringLiteral("id"),
               PlatformRecordParser::tr(
                   "is \"%1\" but the file is named %2; the id and the file name must match")
                   .arg(record.id, file.fileName()));

    r.string(root, QString(), QLatin1String("name"), record.name, Need::Required);
    r.string(root, QString(), QLatin1String("icon"), record.icon, Need::Optional);
    static const QRegularExpression iconPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*\\.svg$"));
    if (r.ok() && !record.icon.isEmpty() && !iconPattern.match(record.icon).hasMatch())
        r.fail(QStringLiteral("icon"),
               PlatformRecordParser::tr("must be an SVG file name such as github.svg, without folders"));
    r.enumeration(root, QString(), QLatin1String("auth_kind"), kAuthKinds, record.authKind, Need::Required);
}

void readEndpoints(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const bool oauth2 = record.authKind == AuthKind::OAuth2;
    const QString path = QStringLiteral("endpoints");
    const auto endpoints
        = r.object(root, QString(), QLatin1String("endpoints"), oauth2 ? Need::Required : Need::Optional);
    if (!endpoints)
        return;
    r.checkKeys(
        *endpoints, path,
        { "authorization", "token", "revocation", "revocation_style", "userinfo", "device_authorization" });
    const Need oauth2Only = oauth2 ? Need::Required : Need::Optional;
    r.url(*endpoints, path, QLatin1String("authorization"), record.authorizationEndpoint, oauth2Only);
    r.url(*endpoints, path, QLatin1String("token"), record.tokenEndpoint, oauth2Only);
    r.url(*endpoints, path, QLatin1String("revocation"), record.revocationEndpoint, Need::Optional);
    r.enumeration(*endpoints, path, QLatin1String("revocation_style"), kRevocationStyles,
                  record.revocationStyle, Need::Optional);
    r.url(*endpoints, path, QLatin1String("userinfo"), record.userinfoEndpoint, Need::Optional);
    r.url(*endpoints, path, QLatin1String("device_authorization"), record.deviceAuthorizationEndpoint,
          Need::Optional);
    if (!r.ok())
        return;
    // A style without an endpoint cannot run; an endpoint without a style
    // would never be called, which is a typo more often than a choice.
    const bool hasEndpoint = !record.revocationEndpoint.isEmpty();
    if (record.revocationStyle != RevocationStyle::None && !hasEndpoint)
        r.fail(QStringLiteral("endpoints.revocation"),
               PlatformRecordParser::tr("is missing, but revocation_style needs it"));
    else if (record.revocationStyle == RevocationStyle::None && hasEndpoint)
        r.fail(
            QStringLiteral("endpoints.revocation_style"),
            PlatformRecordParser::tr("must name how to revoke a token, because endpoints.revocation is set"));
}

void readScopes(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("scopes");
    const auto scopes = r.array(root, QString(), QLatin1String("scopes"), Need::Optional);
    QSet<QString> seen;
    for (qsizetype i = 0; scopes && r.ok() && i < scopes->size(); ++i) {
        const QString itemPath = RecordReader::element(path, i);
        const auto item = r.elementObject(*scopes, path, i);
        if (!item)
            return;
        r.checkKeys(*item, itemPath, { "name", "description", "default", "granted_as", "reported" });
        ScopeInfo scope;
        r.string(*item, itemPath, QLatin1String("name"), scope.name, Need::Required);
        r.string(*item, itemPath, QLatin1String("description"), scope.description, Need::Optional);
        r.boolean(*item, itemPath, QLatin1String("default"), scope.isDefault);
        r.string(*item, itemPath, QLatin1String("granted_as"), scope.grantedAs, Need::Optional);
        r.boolean(*item, itemPath, QLatin1String("reported"), scope.reported);
        if (r.ok()
            && std::any_of(scope.name.cbegin(), scope.name.cend(), [](QChar ch) { return ch.isSpace(); }))
            r.fail(RecordReader::join(itemPath, QLatin1String("name")),
                   PlatformRecordParser::tr("must not contain spaces"));
        else if (r.ok() && seen.contains(scope.name))
            r.fail(
                RecordReader::join(itemPath, QLatin1String("name")),
                PlatformRecordParser::tr("\"%1\" is declared twice; list each scope once").arg(scope.name));
        seen.insert(scope.name);
        record.scopes.append(scope);
    }
}

void readAuthorizationParameters(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("authorization_parameters");
    const auto parameters
        = r.object(root, QString(), QLatin1String("authorization_parameters"), Need::Optional);
    if (!parameters)
        return;
    // Plugboard sets these itself; a record overriding one would break the
    // flow or weaken it (state, PKCE).
    static const QStringList reserved { QStringLiteral("response_type"),
                                        QStringLiteral("client_id"),
                                        QStringLiteral("redirect_uri"),
                                        QStringLiteral("scope"),
                                        QStringLiteral("state"),
                                        QStringLiteral("code_challenge"),
                                        QStringLiteral("code_challenge_method") };
    for (auto it = parameters->constBegin(); r.ok() && it != parameters->constEnd(); ++it) {
        const QString itemPath = path + QLatin1Char('.') + it.key();
        if (reserved.contains(it.key()))
            r.fail(itemPath, PlatformRecordParser::tr("Plugboard sets this parameter itself; remove it"));
        else if (!it.value().isString())
            r.fail(itemPath, RecordReader::typeProblem(QJsonValue::String));
        else
            record.authorizationParameters.insert(it.key(), it.value().toString());
    }
}

void readRedirect(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("redirect");
    const auto redirect = r.object(root, QString(), QLatin1String("redirect"), Need::Optional);
    if (!redirect)
        return;
    r.checkKeys(*redirect, path, { "host", "port", "path" });
    r.string(*redirect, path, QLatin1String("host"), record.redirect.host, Need::Optional);
    if (r.ok() && record.redirect.host != QLatin1String("127.0.0.1")
        && record.redirect.host != QLatin1String("localhost"))
        r.fail(QStringLiteral("redirect.host"),
               PlatformRecordParser::tr("must be \"127.0.0.1\" or \"localhost\""));
    if (const auto port = r.integer(*redirect, path, QLatin1String("port"), Need::Optional)) {
        if (*port < 0 || *port > 65535)
            r.fail(QStringLiteral("redirect.port"),
                   PlatformRecordParser::tr("must be between 0 and 65535 (0 picks any free port)"));
        else
            record.redirect.port = static_cast<quint16>(*port);
    }
    r.string(*redirect, path, QLatin1String("path"), record.redirect.path, Need::Optional);
    static const QRegularExpression pathPattern(QStringLiteral("^/[^\\s?#]+$"));
    if (r.ok() && !pathPattern.match(record.redirect.path).hasMatch())
        r.fail(QStringLiteral("redirect.path"),
               PlatformRecordParser::tr(
                   "must start with \"/\" and name a path such as /callback, without spaces, ? or #"));
}

void readClient(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    r.enumeration(root, QString(), QLatin1String("client_authentication"), kClientAuthentications,
                  record.clientAuthentication,
                  record.authKind == AuthKind::OAuth2 ? Need::Required : Need::Optional);
    r.boolean(root, QString(), QLatin1String("pkce"), record.pkce);
    readRedirect(r, root, record);

    const QString path = QStringLiteral("token_response");
    if (const auto response = r.object(root, QString(), QLatin1String("token_response"), Need::Optional)) {
        r.checkKeys(*response, path, { "accept_json", "scope_separator" });
        r.boolean(*response, path, QLatin1String("accept_json"), record.tokenAcceptJson);
        r.string(*response, path, QLatin1String("scope_separator"), record.scopeSeparator, Need::Optional);
        if (r.ok() && record.scopeSeparator != QLatin1String(" ")
            && record.scopeSeparator != QLatin1String(","))
            r.fail(QStringLiteral("token_response.scope_separator"),
                   PlatformRecordParser::tr("must be \" \" or \",\""));
    }
}

// Extra headers some userinfo endpoints insist on (Notion-Version). The
// token's own Authorization header is Plugboard's to set.
void readIdentityHeaders(RecordReader& r, const QJsonObject& identity, PlatformRecord& record)
{
    const auto headers
        = r.object(identity, QStringLiteral("identity"), QLatin1String("headers"), Need::Optional);
    if (!headers)
        return;
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9-]+$"));
    for (auto it = headers->constBegin(); r.ok() && it != headers->constEnd(); ++it) {
        const QString itemPath = QStringLiteral("identity.headers.") + it.key();
        if (!token.match(it.key()).hasMatch()
            || it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            r.fail(itemPath, PlatformRecordParser::tr("must be a header name other than Authorization"));
        else if (!it.value().isString())
            r.fail(itemPath, RecordReader::typeProblem(QJsonValue::String));
        else
            record.identityHeaders.insert(it.key(), it.value().toString());
    }
}

void readIdentity(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("identity");
    // Without an id path the userinfo answer cannot tell two accounts apart.
    const bool needed = !record.userinfoEndpoint.isEmpty();
    const auto identity = r.object(root, QString(), QLatin1String("identity"), Need::Optional);
    if (!identity) {
        if (needed)
            r.fail(path,
                   PlatformRecordParser::tr(
                       "is missing, but endpoints.userinfo needs it to tell accounts apart"));
        return;
    }
    r.checkKeys(*identity, path, { "id", "name", "method", "headers" });
    r.string(*identity, path, QLatin1String("id"), record.identityIdPath, Need::Required);
    r.string(*identity, path, QLatin1String("name"), record.identityNamePath, Need::Optional);
    r.string(*identity, path, QLatin1String("method"), record.identityMethod, Need::Optional);
    if (r.ok() && record.identityMethod != QLatin1String("GET")
        && record.identityMethod != QLatin1String("POST"))
        r.fail(QStringLiteral("identity.method"), PlatformRecordParser::tr("must be \"GET\" or \"POST\""));
    readIdentityHeaders(r, *identity, record);
    static const QRegularExpression dotted(QStringLiteral("^[^.\\s]+(\\.[^.\\s]+)*$"));
    if (r.ok() && !dotted.match(record.identityIdPath).hasMatch())
        r.fail(QStringLiteral("identity.id"),
               PlatformRecordParser::tr("must be a dotted path such as user.id"));
    if (r.ok() && !record.identityNamePath.isEmpty() && !dotted.match(record.identityNamePath).hasMatch())
        r.fail(QStringLiteral("identity.name"),
               PlatformRecordParser::tr("must be a dotted path such as user.login"));
}

void readHelp(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("help");
    const Need need = !record.custom ? Need::Required : Need::Optional;
    const auto help = r.object(root, QString(), QLatin1String("help"), need);
    if (!help)
        return;
    r.checkKeys(*help, path, { "url", "steps" });
    r.url(*help, path, QLatin1String("url"), record.helpUrl, need);
    const auto steps = r.array(*help, path, QLatin1String("steps"), need);
    for (qsizetype i = 0; steps && r.ok() && i < steps->size(); ++i) {
        if (!steps->at(i).isString() || steps->at(i).toString().trimmed().isEmpty())
            r.fail(RecordReader::element(QStringLiteral("help.steps"), i),
                   PlatformRecordParser::tr("must be a sentence (a non-empty string)"));
        record.helpSteps.append(steps->at(i).toString());
    }
    // Shipped records are the ones people read in the setup dialog, which
    // has room for two to four short steps.
    const qsizetype count = record.helpSteps.size();
    if (r.ok() && !record.custom && (count < 2 || count > 4))
        r.fail(QStringLiteral("help.steps"),
               PlatformRecordParser::tr("must hold 2 to 4 steps, not %1").arg(count));
    else if (r.ok() && count > 4)
        r.fail(QStringLiteral("help.steps"),
               PlatformRecordParser::tr("must hold at most 4 steps, not %1").arg(count));
}

void readCredential(RecordReader& r, const QJsonObject& item, const QString& path, CredentialField& field)
{
    r.checkKeys(item, path, { "key", "label", "type", "required", "secret", "help_url", "description" });
    r.string(item, path, QLatin1String("key"), field.key, Need::Required);
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (r.ok() && !keyPattern.match(field.key).hasMatch())
        r.fail(RecordReader::join(path, QLatin1String("key")),
               PlatformRecordParser::tr(
                   "may use only lowercase letters a-z, digits and '_', starting with a letter"));
    r.string(item, path, QLatin1String("label"), field.label, Need::Required);
    r.enumeration(item, path, QLatin1String("type"), kCredentialTypes, field.type, Need::Required);
    r.boolean(item, path, QLatin1String("required"), field.required);
    r.boolean(item, path, QLatin1String("secret"), field.secret);
    r.url(item, path, QLatin1String("help_url"), field.helpUrl, Need::Optional);
    r.string(item, path, QLatin1String("description"), field.description, Need::Optional);
    // A secret typed into an unmasked field ends up in screenshots.
    const bool secretType
        = field.type == CredentialType::OAuthClientSecret || field.type == CredentialType::ApiKey;
    if (r.ok() && secretType && !field.secret)
        r.fail(RecordReader::join(path, QLatin1String("secret")),
               PlatformRecordParser::tr("must be true for a client secret or API key"));
}

void readCredentials(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("credentials");
    const auto credentials = r.array(root, QString(), QLatin1String("credentials"), Need::Required);
    for (qsizetype i = 0; credentials && r.ok() && i < credentials->size(); ++i) {
        const auto item = r.elementObject(*credentials, path, i);
        if (!item)
            return;
        CredentialField field;
        readCredential(r, *item, RecordReader::element(path, i), field);
        if (r.ok() && record.credentialField(field.key))
            r.fail(RecordReader::join(RecordReader::element(path, i), QLatin1String("key")),
                   PlatformRecordParser::tr("\"%1\" is declared twice; each key may appear once")
                       .arg(field.key));
        record.credentials.append(field);
    }
}

/// What each kind of platform cannot work without.
void checkRequirements(RecordReader& r, const PlatformRecord& record)
{
    const QString path = QStringLiteral("credentials");
    if (record.authKind == AuthKind::OAuth2 && !record.credentialField(QStringLiteral("client_id")))
        r.fail(path, PlatformRecordParser::tr("an oauth2 platform must declare a \"client_id\" field"));
    else if (record.authKind == AuthKind::OAuth2 && record.clientAuthentication != ClientAuthentication::None
             && !record.credentialField(QStringLiteral("client_secret")))
        r.fail(path,
               PlatformRecordParser::tr(
                   "must declare a \"client_secret\" field, because client_authentication sends one"));
    const auto declares = [&record](CredentialType type) { return record.credentialOfType(type) != nullptr; };
    const bool token = record.authKind == AuthKind::Token;
    const bool basic = token && record.apiKey.placement == ApiKeyPlacement::Basic;
    if (token && !declares(CredentialType::ApiKey))
        r.fail(path, PlatformRecordParser::tr("a token platform must declare a field of type \"api_key\""));
    else if (basic != declares(CredentialType::Username))
        r.fail(path,
               PlatformRecordParser::tr("declares a field of type \"username\" exactly when api_key.send is "
                                        "\"basic\", which sends it with the key"));
    else if (token && record.userinfoEndpoint.isEmpty())
        r.fail(QStringLiteral("endpoints.userinfo"),
               PlatformRecordParser::tr("is needed by a token platform: Plugboard checks each key with it"));
}

} // namespace

Result<PlatformRecord> PlatformRecordParser::parse(const QByteArray& json, const QString& source,
                                                   FileName fileName)
{
    RecordReader r(source);
    QJsonParseError jsonError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        r.failDocument(
            tr("not valid JSON: %1 at offset %2; fix the syntax there (often a missing comma or quote)")
                .arg(jsonError.errorString())
                .arg(jsonError.offset));
    else if (!document.isObject())
        r.failDocument(tr("must hold one JSON object ({…})"));
    if (!r.ok())
        return r.error();

    const QJsonObject root = document.object();
    PlatformRecord record;
    readHeader(r, root, source, fileName, record);
    readEndpoints(r, root, record);
    readScopes(r, root, record);
    readAuthorizationParameters(r, root, record);
    readClient(r, root, record);
    RecordSections::readRefreshToken(r, root, record);
    RecordSections::readApiKey(r, root, record);
    readIdentity(r, root, record);
    readHelp(r, root, record);
    RecordSections::readInstance(r, root, record);
    readCredentials(r, root, record);
    if (r.ok())
        checkRequirements(r, record);
    if (!r.ok())
        return r.error();
    return record;
}

bool PlatformRecordParser::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(id).hasMatch();
}

} // namespace Plugboard

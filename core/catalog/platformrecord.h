#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Plugboard {

/// How a platform authenticates people.
enum class AuthKind {
    OAuth2, ///< authorization code (+ PKCE) in the browser
    Token, ///< a long-lived API key the user pastes
};

/// How the client proves itself at the token endpoint (RFC 6749 §2.3,
/// OpenID Connect Core §9).
enum class ClientAuthentication {
    None, ///< public client: client_id only
    ClientSecretPost, ///< client_secret in the form body
    ClientSecretBasic, ///< HTTP Basic with client_id:client_secret
};

/// How a platform takes back a token when the user disconnects.
enum class RevocationStyle {
    None, ///< nothing to call: forgetting locally is all there is
    Rfc7009, ///< POST token=…&token_type_hint=… to the revocation endpoint
    GithubGrant, ///< DELETE /applications/{client_id}/grant with Basic auth
    Dropbox, ///< POST with the access token as bearer, no body
    Slack, ///< auth.revoke with the access token as bearer
};

enum class CredentialType {
    OAuthClientId,
    OAuthClientSecret,
    ApiKey,
    Username, ///< the account name sent with an API key over HTTP Basic (an email)
};

/// Where an API key goes in a request (platforms with AuthKind::Token).
enum class ApiKeyPlacement {
    Header, ///< `header: prefix+key`, such as `Authorization: Bearer …` or `PRIVATE-TOKEN: …`
    Basic, ///< HTTP Basic with the username field's value and the key
    Query, ///< `?parameter=key` on the identity URL
};

/// How a token platform wants its API key sent.
struct ApiKeyRule
{
    ApiKeyPlacement placement = ApiKeyPlacement::Header;
    QString header = QStringLiteral("Authorization");
    QString prefix; ///< before the key in the header, such as "Bearer "
    QString parameter; ///< the query parameter's name

    friend bool operator==(const ApiKeyRule&, const ApiKeyRule&) = default;
};

/// A value the user must supply before connecting, as the platform declares
/// it; the credential form is generated from these.
struct CredentialField
{
    QString key; ///< "client_id", "client_secret", "api_key", "username"
    QString label;
    CredentialType type = CredentialType::OAuthClientId;
    bool required = true;
    bool secret = false;
    QUrl helpUrl;
    QString description;

    friend bool operator==(const CredentialField&, const CredentialField&) = default;
};

struct ScopeInfo
{
    QString name;
    QString description;
    bool isDefault = false;
    /// The name the platform lists once granted, when it differs (Google
    /// answers `email` as `https://www.googleapis.com/auth/userinfo.email`).
    QString grantedAs;
    /// False when the platform never lists this scope among the granted
    /// ones even though it grants it (Microsoft leaves out `openid`,
    /// `profile` and `email`): it then never counts as missing.
    bool reported = true;

    friend bool operator==(const ScopeInfo&, const ScopeInfo&) = default;
};

/// Where the loopback listener must be reachable. `port == 0` means any free
/// port; a fixed port and path are for platforms that only accept an exact,
/// pre-registered redirect URI.
struct RedirectRule
{
    QString host = QStringLiteral("127.0.0.1"); ///< "127.0.0.1" or "localhost"
    quint16 port = 0;
    QString path = QStringLiteral("/callback");

    friend bool operator==(const RedirectRule&, const RedirectRule&) = default;
};

/// How long a platform lets its refresh tokens work, where it limits that
/// (0: no declared limit). A connection whose refresh token is about to
/// reach a limit needs the user (RefreshTokenLifetime).
struct RefreshTokenRule
{
    int lifetimeDays = 0; ///< from issue, however often it is used (Google apps in testing: 7)
    int idleDays = 0; ///< without a renewal for this long (Microsoft: 90)
    QString note; ///< for people: why, and what lifts the limit; may be empty

    bool isEmpty() const { return lifetimeDays == 0 && idleDays == 0; }

    friend bool operator==(const RefreshTokenRule&, const RefreshTokenRule&) = default;
};

/// Everything Plugboard knows about one platform. A platform is data: a JSON
/// file under resources/platforms/ or a custom provider in the user's config
/// (see resources/platforms/SCHEMA.md).
struct PlatformRecord
{
    static constexpr int kSchemaVersion = 1;

    QString id; ///< [a-z0-9-]+, also the file name
    QString name;
    QString icon; ///< file name under :/icons/platforms/, may be empty
    AuthKind authKind = AuthKind::OAuth2;

    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    RevocationStyle revocationStyle = RevocationStyle::None;
    QUrl userinfoEndpoint;
    QUrl deviceAuthorizationEndpoint;

    QList<ScopeInfo> scopes;
    QMap<QString, QString> authorizationParameters; ///< e.g. access_type=offline
    ClientAuthentication clientAuthentication = ClientAuthentication::None;
    bool pkce = true;
    RedirectRule redirect;

    bool tokenAcceptJson = false; ///< send Accept: application/json (GitHub)
    QString scopeSeparator = QStringLiteral(" "); ///< how granted scopes come back
    RefreshTokenRule refreshToken; ///< AuthKind::OAuth2 only

    QString identityIdPath; ///< dotted path into userinfo JSON, e.g. "user.id"
    QString identityNamePath; ///< dotted path for the display name
    QString identityMethod = QStringLiteral("GET"); ///< Dropbox only answers POST
    QMap<QString, QString> identityHeaders; ///< e.g. Notion-Version

    ApiKeyRule apiKey; ///< AuthKind::Token only

    /// The developer console page for OAuth platforms; for token platforms
    /// the page where people create and revoke their keys.
    QUrl helpUrl;
    QStringList helpSteps;
    QList<CredentialField> credentials;

    bool custom = false; ///< added by the user through discovery, not shipped
    /// For a platform made from a template for one server (custom records
    /// only): the template's id and the values filled in, such as
    /// {"instance_url": "https://gitlab.example.com"}.
    QString templateId;
    QMap<QString, QString> templateParameters;

    /// Names of the scopes marked default, in declaration order.
    QStringList defaultScopes() const;
    /// The declared scope called `name`, or nullptr.
    const ScopeInfo* scope(const QString& name) const;
    /// The declared field with `key`, or nullptr.
    const CredentialField* credentialField(const QString& key) const;
    /// The first declared field of `type` (the API key, the username that
    /// goes with it), or nullptr.
    const CredentialField* credentialOfType(CredentialType type) const;

    friend bool operator==(const PlatformRecord&, const PlatformRecord&) = default;
};

/// Endpoints must be https://; plain http:// is allowed only for loopback
/// hosts (127.0.0.0/8, localhost, [::1]) so people can point Plugboard at a
/// server on their own machine. Never for anything that crosses a network.
bool isAllowedEndpoint(const QUrl& url);

/// True for 127.0.0.0/8, ::1 and "localhost" (case-insensitive).
bool isLoopbackHost(const QString& host);

} // namespace Plugboard

#pragma once

#include "core/catalog/platformrecord.h"
#include "tests/support/fakehttpserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace Plugboard::Test {

/// An OAuth 2.0 authorization server for tests, speaking real HTTP on
/// 127.0.0.1 through FakeHttpServer: /authorize (auto-consent, answers with
/// a redirect to the loopback redirect URI), /token (authorization_code,
/// refresh_token and device_code grants), /device (RFC 8628's device
/// authorization endpoint, with scripted poll answers), /userinfo and /revoke.
///
/// It checks what a real platform checks and tests must not fake: the PKCE
/// verifier against the S256 challenge, the redirect URI against the one in
/// the authorization request, the client id and secret, single use of
/// codes, and refresh-token rotation with reuse detection (presenting a
/// rotated refresh token revokes the whole grant). Every token and code it
/// issues carries the test-secret marker, so leaks are found by grep.
class FakeOAuthProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeOAuthProvider)

public:
    enum class Consent { Approve, Deny };
    enum class TokenFormat { Json, Form };

    explicit FakeOAuthProvider(QObject* parent = nullptr);
    ~FakeOAuthProvider() override;

    /// A platform record pointing at this server ("fake"), PKCE on,
    /// client_secret_post, identity at sub/name.
    PlatformRecord record() const;
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    FakeHttpServer& server() { return m_server; }
    /// Serves /.well-known/openid-configuration under this issuer.
    QUrl issuerUrl() const;

    void setConsent(Consent consent) { m_consent = consent; }
    void setTokenFormat(TokenFormat format) { m_tokenFormat = format; }
    /// Every token request gets `response` instead (an error, a web page, a delay…).
    void setTokenOverride(const FakeHttpServer::Response& response);
    void clearTokenOverride() { m_tokenOverride.reset(); }
    void setUserinfoStatus(int status) { m_userinfoStatus = status; }
    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    void setRotateRefreshTokens(bool rotate) { m_rotate = rotate; }
    void setIssueRefreshTokens(bool issue) { m_issueRefresh = issue; }
    /// Codes are issued with '/' and '+' in them, as Google's are.
    void setAwkwardCodes(bool awkward) { m_awkwardCodes = awkward; }
    void setAccount(const QString& id, const QString& name);
    /// Refresh answers come this much later, so concurrent callers overlap.
    void setRefreshDelay(int milliseconds) { m_refreshDelayMs = milliseconds; }
    /// Code exchanges are answered this much later (a slow platform).
    void setCodeExchangeDelay(int milliseconds) { m_codeDelayMs = milliseconds; }

    /// Also answers where a Mastodon server does: POST /api/v1/apps
    /// registers a client (answering with this provider's client id and
    /// secret, and remembering the redirect URI, which /oauth/authorize then
    /// insists on), /oauth/authorize, /oauth/token, /oauth/revoke and
    /// /api/v1/accounts/verify_credentials (id and username).
    void serveMastodonApi();
    /// The forms POSTed to /api/v1/apps, oldest first.
    QList<QUrlQuery> appRegistrations() const { return m_appRegistrations; }

    /// The device flow. Successive polls of the token endpoint get these
    /// answers in turn ("authorization_pending", "slow_down",
    /// "access_denied", "expired_token", or "approve" for tokens); once the
    /// list is used up, "authorization_pending". Set before the poll comes.
    void setDevicePolls(const QStringList& answers) { m_devicePolls = answers; }
    void setDeviceInterval(int seconds) { m_deviceInterval = seconds; }
    void setDeviceCodeLifetime(int seconds) { m_deviceLifetime = seconds; }
    /// Whether the answer carries verification_uri_complete (default yes).
    void setDeviceCompleteUri(bool complete) { m_deviceCompleteUri = complete; }
    /// Whether discovery lists the device endpoint (default yes).
    void setOffersDeviceFlow(bool offers) { m_offersDeviceFlow = offers; }
    /// Every device authorization request gets `response` instead.
    void setDeviceAuthorizationOverride(const FakeHttpServer::Response& response);
    static QString userCode() { return QStringLiteral("WDJB-MJHT"); }
    /// When each device_code poll arrived, in ms since the provider started.
    QList<qint64> devicePollTimes() const { return m_devicePollTimes; }
    /// The forms POSTed to /device, oldest first.
    QList<FakeHttpServer::Request> deviceRequests() const;

    /// Tokens of a grant made without the browser step, for tests that start
    /// from an existing connection (JSON token format only).
    struct IssuedTokens
    {
        QString accessToken;
        QString refreshToken;
    };
    IssuedTokens grantWithoutBrowser(const QString& scope = QStringLiteral("openid profile"));

    /// Token endpoint requests by grant type ("authorization_code", "refresh_token").
    int tokenRequestCount(const QString& grantType) const;
    QStringList revokedTokens() const { return m_revoked; }
    QString lastAccessToken() const { return m_lastAccess; }
    QString lastRefreshToken() const { return m_lastRefresh; }
    bool isAccessTokenLive(const QString& token) const { return m_liveAccess.contains(token); }
    /// Why the last token request was refused (for failure messages).
    QString lastRefusal() const { return m_lastRefusal; }

private:
    struct Grant
    {
        QString redirectUri;
        QString challenge;
        QString scope;
    };

    FakeHttpServer::Response authorize(const FakeHttpServer::Request& request);
    FakeHttpServer::Response token(const FakeHttpServer::Request& request);
    FakeHttpServer::Response exchangeCode(const QUrlQuery& form);
    FakeHttpServer::Response refresh(const QUrlQuery& form);
    FakeHttpServer::Response authorizeDevice(const FakeHttpServer::Request& request);
    FakeHttpServer::Response pollDevice(const QUrlQuery& form);
    FakeHttpServer::Response issueTokens(const QString& scope);
    FakeHttpServer::Response refuse(int status, const QString& error, const QString& description);
    FakeHttpServer::Response userinfo(const FakeHttpServer::Request& request);
    FakeHttpServer::Response revoke(const FakeHttpServer::Request& request);
    bool clientAuthenticates(const FakeHttpServer::Request& request, const QUrlQuery& form) const;

    FakeHttpServer m_server;
    QList<QUrlQuery> m_appRegistrations;
    QString m_clientId;
    QString m_clientSecret;
    Consent m_consent = Consent::Approve;
    TokenFormat m_tokenFormat = TokenFormat::Json;
    std::optional<FakeHttpServer::Response> m_tokenOverride;
    int m_userinfoStatus = 200;
    int m_lifetime = 3600;
    int m_refreshDelayMs = 0;
    int m_codeDelayMs = 0;
    bool m_rotate = true;
    bool m_issueRefresh = true;
    bool m_awkwardCodes = true;
    QString m_accountId = QStringLiteral("user-42");
    QString m_accountName = QStringLiteral("Fake User");

    QHash<QString, Grant> m_codes;
    QHash<QString, QString> m_liveRefresh; ///< refresh token -> scope
    QSet<QString> m_rotatedRefresh; ///< used once, must never come back
    QSet<QString> m_liveAccess;
    QStringList m_revoked;
    QString m_lastAccess;
    QString m_lastRefresh;
    QString m_lastRefusal;
    int m_serial = 0;

    QStringList m_devicePolls;
    QHash<QString, QString> m_deviceCodes; ///< device code -> scope
    std::optional<FakeHttpServer::Response> m_deviceOverride;
    QList<qint64> m_devicePollTimes;
    QElapsedTimer m_clock;
    qint64 m_deviceExpiresAtMs = 0;
    int m_deviceInterval = 1;
    int m_deviceLifetime = 600;
    bool m_deviceCompleteUri = true;
    bool m_offersDeviceFlow = true;
};

} // namespace Plugboard::Test

#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/oauth/devicecode.h"
#include "core/oauth/identityrequest.h"
#include "core/storage/tokenset.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace Plugboard {

class OAuthNetworkAccessManager;

/// One sign-in approved on another device: the OAuth 2.0 device
/// authorization grant (RFC 8628), followed by the identity lookup. For
/// machines without a browser (SSH, servers, containers) and for phones
/// scanning a QR code.
///
///     start()
///       │ POST client_id, scope to the device authorization endpoint
///       ▼
///   RequestingCode ──codeReady(DeviceCode): show the URL and user code
///       │
///       ▼
///   WaitingForUser ──POST grant_type=…:device_code every `interval`:
///       │              authorization_pending → wait again
///       │              slow_down → interval += 5 s (for good)
///       │              access_denied, expired_token → Failed
///       │ tokens
///       ▼
///   Identifying ──GET userinfo with the new access token
///       │ identity
///       ▼
///   Succeeded        any stage ──error / cancel() / timeout / code expiry──▶ Failed
///
/// Every request has its own deadline (requestTimeout); the whole session
/// ends at `timeout` or when the code expires, whichever comes first. The
/// client authenticates at both endpoints as the record says, through the
/// same OAuthNetworkAccessManager settings as the browser sign-in. A Job
/// (core/job.h); it stores nothing, its owner does. Codes are never logged.
///
/// Used on every Qt version rather than Qt 6.9's
/// QOAuth2DeviceAuthorizationFlow: that class reports the platform's
/// answers through QAbstractOAuth2's generic error signals, while Plugboard
/// needs its own error codes and messages for each answer (denied,
/// expired, slow_down), its per-request deadlines and size limits
/// (ReplyDeadline), the record's client authentication and token-response
/// quirks (TokenResponseParser: form answers, HTTP 200 errors), an overall
/// deadline and the Job contract. Wrapping Qt's class would leave two code
/// paths of which the tested one (6.4, the supported Debian) is ours anyway.
class DeviceAuthorizationSession final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAuthorizationSession)

public:
    enum class Stage { Idle, RequestingCode, WaitingForUser, Identifying, Succeeded, Failed };
    Q_ENUM(Stage)

    struct Request
    {
        PlatformRecord record; ///< with a deviceAuthorizationEndpoint
        QString clientId;
        QString clientSecret; ///< empty for public clients and proxies
        QStringList scopes; ///< empty: the record's default scopes
        QUrl tokenExchangeProxy; ///< polls go here instead (the team's server holds the secret)
        std::chrono::milliseconds timeout = std::chrono::minutes(5); ///< for the person to approve
        /// For each request to the platform (code, each poll, identity), start to end.
        std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
    };

    /// What RFC 8628 §3.5 adds to the interval for each slow_down.
    static constexpr std::chrono::seconds kSlowDownStep { 5 };

    explicit DeviceAuthorizationSession(Request request, QObject* parent = nullptr);
    ~DeviceAuthorizationSession() override;

    /// Gives up: finished() with AuthorizationSession::cancelledError(),
    /// from the event loop.
    void cancel();

    Stage stage() const { return m_stage; }
    QStringList requestedScopes() const { return m_scopes; }
    /// The code being waited for (valid from codeReady() on).
    const DeviceCode& deviceCode() const { return m_code; }
    /// The wait between polls now: the platform's interval plus 5 s per slow_down.
    std::chrono::seconds pollInterval() const { return m_interval; }
    /// How long until the session gives up: the overall timeout or the
    /// code's expiry, whichever is sooner; 0 when not waiting.
    std::chrono::milliseconds remainingTime() const;

    const TokenSet& tokens() const { return m_tokens; }
    const Identity& identity() const { return m_identity; }

Q_SIGNALS:
    /// Show `code` to the person (URL, user code, QR code); never log it.
    void codeReady(const Plugboard::DeviceCode& code);
    void stageChanged(Plugboard::DeviceAuthorizationSession::Stage stage);

private:
    void requestCode();
    void onCodeReply();
    void poll();
    void onPollReply();
    void handlePollError(const QString& error, const TokenResponseParser::Reply& answer);
    void onIdentity(IdentityRequest* request);
    QNetworkReply* post(const QUrl& url, QList<std::pair<QString, QString>> body);
    /// Reads a finished reply; nullopt after failing the session for it.
    std::optional<TokenResponseParser::Reply> answerOf(QNetworkReply* reply, const QString& what);
    Error timeoutError() const;
    Error expiredError() const;
    QString peerName() const;
    void setStage(Stage stage);
    void succeed();
    void fail(Error error);
    void run() override;

    Request m_request;
    QStringList m_scopes;
    OAuthNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QPointer<IdentityRequest> m_identityRequest;
    QTimer m_timeout;
    QTimer m_expiry;
    QTimer m_pollTimer;
    QString m_deviceCode;
    DeviceCode m_code;
    std::chrono::seconds m_interval { 5 };
    std::chrono::milliseconds m_codeLifetime { 0 };
    Stage m_stage = Stage::Idle;
    TokenSet m_tokens;
    Identity m_identity;
};

} // namespace Plugboard

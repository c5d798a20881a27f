#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/oauth/identityrequest.h"
#include "core/result.h"
#include "core/storage/tokenset.h"

#include <QAbstractOAuth>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace Plugboard {

class LoopbackReplyHandler;
class OAuthNetworkAccessManager;

/// One sign-in to one platform: OAuth 2.0 authorization code with PKCE in
/// the system browser, over a loopback redirect (RFC 6749 §4.1, RFC 7636,
/// RFC 8252), followed by the identity lookup. Drives Qt's
/// QOAuth2AuthorizationCodeFlow and patches what Qt 6.4 lacks behind
/// version gates (PKCE before 6.8, exact code encoding, fresh state).
///
///     start()
///       │ listen on loopback, build the URL
///       ▼
///   WaitingForBrowser ──authorizationUrlReady(url): GUI/CLI opens it;
///       │                the same URL is fetched once: an HTTP 4xx
///       │                (wrong client ID, unregistered redirect URI)
///       │                fails the session within seconds
///       │ first callback with the right state
///       ▼
///   ExchangingCode ──POST code + verifier to the token endpoint (or proxy)
///       │ tokens
///       ▼
///   Identifying ──GET userinfo with the new access token
///       │ identity
///       ▼
///   Succeeded                     any stage ──error / cancel() / timeout──▶ Failed
///
/// A Job (core/job.h). The loopback listener closes on every way out, and
/// only after the token request has been built. Nothing secret is logged.
/// The session does not store anything: its owner writes tokens() and
/// identity() where they belong.
class AuthorizationSession final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationSession)

public:
    enum class Stage { Idle, WaitingForBrowser, ExchangingCode, Identifying, Succeeded, Failed };
    Q_ENUM(Stage)

    struct Request
    {
        PlatformRecord record;
        QString clientId;
        QString clientSecret; ///< empty for public clients and proxies
        QStringList scopes; ///< empty: the record's default scopes
        QUrl tokenExchangeProxy; ///< posts the code here instead (the team's server holds the secret)
        std::chrono::milliseconds timeout = std::chrono::minutes(5); ///< for the browser to come back
        /// For each request to the platform (token, identity), start to end.
        std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
    };

    /// How long the check of the authorization URL may take (see preflight()).
    static constexpr int kPreflightTimeoutMs = 10'000;

    explicit AuthorizationSession(Request request, QObject* parent = nullptr);
    ~AuthorizationSession() override;

    /// Gives up: finished() with cancelledError(), from the event loop.
    void cancel();
    /// Goes on with the address the browser ended on, pasted by the user
    /// when that browser ran on another machine (see
    /// LoopbackReplyHandler::acceptPastedAddress()). Only while waiting for
    /// the browser; an error leaves the session waiting.
    Result<void> submitRedirect(const QUrl& address);
    /// "Connecting to GitHub was cancelled.": the one message for a sign-in
    /// the user stopped, wherever it was stopped.
    static Error cancelledError(const QString& platformName);

    Stage stage() const { return m_stage; }
    /// Where the platform sends the browser back (valid after start()).
    QUrl redirectUri() const;
    QStringList requestedScopes() const { return m_scopes; }
    /// How long until the session gives up waiting for the browser.
    std::chrono::milliseconds remainingTime() const;

    const TokenSet& tokens() const { return m_tokens; }
    const Identity& identity() const { return m_identity; }

Q_SIGNALS:
    /// Open this in the browser. Contains state and a PKCE challenge: show
    /// it to the user for copying, never log it.
    void authorizationUrlReady(const QUrl& url);
    void stageChanged(Plugboard::AuthorizationSession::Stage stage);

private:
    void configureFlow();
    void modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters);
    void onCallback(const QVariantMap& values);
    void onTokenFields(const QVariantMap& fields);
    void onIdentity(IdentityRequest* request);
    void setStage(Stage stage);
    void preflight(const QUrl& url);
    Error browserTimeoutError() const;
    void succeed();
    void fail(Error error);
    void run() override;

    Request m_request;
    QStringList m_scopes;
    OAuthNetworkAccessManager* m_network = nullptr;
    LoopbackReplyHandler* m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QPointer<IdentityRequest> m_identityRequest;
    QPointer<QNetworkReply> m_preflight;
    QTimer m_timeout;
    QByteArray m_state;
    QByteArray m_codeVerifier;
    QString m_code;
    Stage m_stage = Stage::Idle;
    TokenSet m_tokens;
    Identity m_identity;
};

} // namespace Plugboard

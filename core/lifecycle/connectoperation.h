#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/oauth/authorizationsession.h"
#include "core/oauth/deviceauthorizationsession.h"

#include <QObject>
#include <QPointer>

namespace Plugboard {

class ConnectionStore;
class CredentialsJob;
class IdentityRequest;
class SecretJob;
class SecretStore;

/// Connects one platform account end to end: reads the platform's app
/// credentials from the keyring, runs an AuthorizationSession (for a token
/// platform: checks the API key with the identity call instead), then stores
/// the result — tokens in the keyring first, metadata second, so a crash in
/// between leaves usable tokens and at worst a connection the list does not
/// show yet (reconnecting then overwrites it). A failure at any step stores
/// nothing and never touches an existing connection's tokens.
///
///   reading credentials ─▶ session (browser, code, tokens, identity)
///       ─▶ writing tokens ─▶ writing metadata ─▶ finished
///   reading credentials ─▶ device session (code shown, approved elsewhere,
///       tokens, identity) ─▶ writing tokens ─▶ writing metadata ─▶ finished
///   API key ─▶ identity call ─▶ writing the key ─▶ writing metadata ─▶ finished
///
/// A refused key stores nothing, so a key replaced by a new one is only
/// dropped once the new one has been checked.
class ConnectOperation final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectOperation)

public:
    /// How the person signs in to an OAuth platform.
    enum class SignInMethod {
        Browser, ///< authorization code + PKCE in a browser on this machine (AuthorizationSession)
        Device, ///< a code approved on another device (DeviceAuthorizationSession, RFC 8628)
    };
    Q_ENUM(SignInMethod)

    ConnectOperation(const PlatformRecord& record, SecretStore* secrets, ConnectionStore* connections,
                     QObject* parent = nullptr);
    ~ConnectOperation() override;

    void setScopes(const QStringList& scopes) { m_scopes = scopes; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Browser by default. Device needs the record's device authorization
    /// endpoint; without one the operation fails with InvalidArgument,
    /// naming --no-browser as the way to sign in from another machine.
    void setMethod(SignInMethod method) { m_method = method; }
    SignInMethod method() const { return m_method; }
    /// For a token platform: the key to check and keep and, for keys sent
    /// over HTTP Basic, the username that goes with it.
    void setApiKey(const QString& key, const QString& username, QNetworkAccessManager* network);

    void cancel();
    /// Hands the running sign-in the address the browser ended on, pasted
    /// by the user (AuthorizationSession::submitRedirect()).
    Result<void> submitRedirect(const QUrl& address);

    const PlatformRecord& record() const { return m_record; }
    /// "github/12345" once connected.
    QString connectionId() const { return m_connectionId; }
    QString accountName() const { return m_accountName; }
    /// True when the account was connected already: its sign-in was
    /// replaced, not a second copy added.
    bool replacedExisting() const { return m_replacedExisting; }
    /// The running session, for its countdown; null before and after.
    AuthorizationSession* session() const { return m_session; }
    /// The running device sign-in, for its countdown (remainingTime()) and
    /// code; null before and after, and with the browser method.
    DeviceAuthorizationSession* deviceSession() const { return m_deviceSession; }

Q_SIGNALS:
    /// Open this in the browser (or print it): never log it.
    void authorizationUrlReady(const QUrl& url);
    /// Device method: show this code and where to enter it (the URL, a QR
    /// code of code.preferredUrl()); never log it.
    void deviceCodeReady(const Plugboard::DeviceCode& code);

private:
    void onCredentials(CredentialsJob* job);
    void onSession(AuthorizationSession* session);
    void onDeviceSession(DeviceAuthorizationSession* session);
    /// Takes the tokens and identity of a finished sign-in of either kind.
    template<typename Session> void takeSignIn(Session* session);
    void startDeviceSession(const CredentialsJob& credentials, const QUrl& proxy);
    void checkApiKey();
    void onApiKeyChecked(IdentityRequest* request);
    void writeTokens();
    void onTokensWritten(SecretJob* job);
    /// "browser", "device code" or "api key", for the audit trail.
    QString signInDescription() const;
    void run() override;
    void finishing() override;

    PlatformRecord m_record;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    QStringList m_scopes;
    QNetworkAccessManager* m_network = nullptr; ///< for the API key check
    std::chrono::milliseconds m_timeout = std::chrono::minutes(5);
    QPointer<AuthorizationSession> m_session;
    QPointer<DeviceAuthorizationSession> m_deviceSession;
    SignInMethod m_method = SignInMethod::Browser;
    TokenSet m_tokens;
    Identity m_identity;
    QStringList m_requestedScopes;
    QString m_clientFingerprint; ///< of the client that signs in; empty for API keys
    QString m_connectionId;
    QString m_accountName;
    bool m_cancelled = false;
    bool m_replacedExisting = false;
};

} // namespace Plugboard

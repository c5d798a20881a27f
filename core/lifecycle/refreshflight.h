#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/lifecycle/tokenneed.h"
#include "core/storage/tokenset.h"

#include <QObject>

#include <chrono>

namespace Plugboard {

class CredentialsJob;
class RefreshLock;
class SecretJob;
class TokenRefreshRequest;
class TokenService;

/// One renewal of one connection's tokens, shared by every caller in this
/// process that needs it at the same time (TokenService keeps at most one
/// flight per connection). Internal to TokenService; callers use
/// ValidTokenJob.
///
///   lock (cross-process) ─▶ re-read tokens ─┬─ good enough ─▶ unlock ─▶ done
///                                           └─ refresh ─▶ write tokens ─▶ metadata ─▶ unlock ─▶ done
///
/// Order of writes, and why a crash anywhere leaves a usable refresh token:
/// 1. The refresh token is read from the keyring *after* taking the lock,
///    so no two processes ever present the same one.
/// 2. The platform's answer is merged with what is stored: no new refresh
///    token means the old one stays; no scope means the old scopes stay.
/// 3. The merged tokens replace the keyring entry in one write (the Secret
///    Service replaces an item atomically). Until that write succeeds the
///    old entry is untouched; nothing is handed out and nothing is deleted
///    before it. A crash before the write leaves the old refresh token:
///    platforms that do not rotate keep accepting it; a rotating platform
///    has the new one only in memory, which is the one window no client can
///    close (its answer is the only copy).
/// 4. Only then the metadata (expiry, scopes, state) is updated, then the
///    lock released, then the new access token handed out. A crash after
///    the write leaves metadata one refresh behind, which the next
///    validToken() corrects; the keyring is the truth for tokens.
class RefreshFlight final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshFlight)

public:
    /// Renews unless the tokens read under the lock meet `need`, or were
    /// renewed by someone else while this caller waited (TokenNeed).
    RefreshFlight(TokenService* service, const QString& connectionId, TokenNeed need);
    ~RefreshFlight() override;

    /// Another caller in this process needs the same connection's tokens.
    void join(const TokenNeed& need) { m_need.merge(need); }
    QString connectionId() const { return m_connectionId; }

    const TokenSet& tokens() const { return m_tokens; }
    /// True when this flight renewed the tokens at the platform.
    bool refreshed() const { return m_refreshed; }
    /// True when another caller or process renewed them while this flight
    /// waited for the lock; tokens() holds that renewal.
    bool renewedElsewhere() const { return m_renewedElsewhere; }

private:
    void onLocked();
    void onTokensRead(SecretJob* job);
    void onCredentials(CredentialsJob* job);
    void onRefreshed(TokenRefreshRequest* request);
    void onTokensWritten(SecretJob* job);
    void recordFailure(const Error& error, int httpStatus);
    void onDeadTokensRemoved(SecretJob* job);
    /// No tokens in the store: the connection needs a reconnect, or is gone.
    void onTokensMissing();
    Error missingTokensError() const;
    void run() override;
    void finishing() override;

    TokenService* m_service = nullptr;
    QString m_connectionId;
    QString m_platformId;
    QString m_accountId;
    PlatformRecord m_record;
    TokenNeed m_need;
    RefreshLock* m_lock = nullptr;
    TokenSet m_tokens;
    Error m_refreshError;
    bool m_refreshed = false;
    bool m_rotated = false; ///< the renewal brought a new refresh token
    bool m_renewedElsewhere = false;
};

} // namespace Plugboard

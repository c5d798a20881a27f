#pragma once

#include "core/catalog/platformrecord.h"
#include "core/error.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Plugboard {

class ConnectionStore;
class RefreshFlight;
class SecretStore;
struct TokenNeed;
class ValidTokenJob;

/// Hands out access tokens that work: the one facade the window, the tray
/// and plugboard-cli ask for a token.
///
/// validToken() reads the connection's tokens from the keyring and returns
/// the access token when it stays valid for the asked time; otherwise it
/// renews it first. Renewals are single-flight twice over: callers in this
/// process that need the same connection at the same time share one
/// RefreshFlight, and a RefreshLock makes other processes wait and re-read
/// the keyring instead of presenting the same refresh token again (which a
/// platform with reuse detection punishes by revoking the whole grant).
///
/// What a failed renewal does to the connection (StateRules):
/// invalid_grant -> NeedsReconnect, dead tokens deleted, app credentials and
/// metadata kept; network trouble or 5xx -> Degraded, tokens kept; other
/// refusals -> Error, tokens kept.
class TokenService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenService)

public:
    /// Finds the platform record of a platform id; the CLI parses only the
    /// one it needs, the app looks it up in its catalog.
    using RecordLookup = std::function<std::optional<PlatformRecord>(const QString& platformId)>;

    static constexpr std::chrono::seconds kDefaultMinValidity { 60 };

    /// The stores and network must outlive the service. Lock files go into
    /// "locks/" beside the connection store's file.
    TokenService(SecretStore* secrets, ConnectionStore* connections, QNetworkAccessManager* network,
                 RecordLookup records, QObject* parent = nullptr);
    ~TokenService() override;

    /// A job (not started) that finishes with tokens whose access token is
    /// valid for at least `minValidity`, renewing them first when needed.
    /// A platform that cannot renew (no refresh token) gets its stored
    /// token as long as it is valid at all; an expired one fails with
    /// InvalidGrant ("reconnect").
    ValidTokenJob* validToken(const QString& connectionId,
                              std::chrono::seconds minValidity = kDefaultMinValidity);
    /// Like validToken(), for a caller whose access token the platform has
    /// just refused (HTTP 401) although it had not expired: renews unless
    /// another caller already replaced that token.
    ValidTokenJob* renewRejected(const QString& connectionId, const QString& rejectedAccessToken);

    /// Renews now, whatever the expiry says (automatic retries of a
    /// Degraded connection), unless another caller is already renewing it.
    ValidTokenJob* renewNow(const QString& connectionId);

    /// How long another process's renewal is waited for (tests shorten it).
    void setLockWaitLimit(std::chrono::milliseconds limit) { m_lockWaitLimit = limit; }
    /// How long one renewal request to the platform may take, start to end.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }
    /// Automatic renewals that failed in a row for a Degraded connection
    /// (the refresh scheduler's backoff); 0 after a success.
    int consecutiveFailures(const QString& connectionId) const { return m_failures.value(connectionId); }

    SecretStore* secrets() const { return m_secrets; }
    ConnectionStore* connections() const { return m_connections; }
    QNetworkAccessManager* network() const { return m_network; }
    std::optional<PlatformRecord> record(const QString& platformId) const { return m_records(platformId); }
    QString lockFolder() const;
    std::chrono::milliseconds lockWaitLimit() const { return m_lockWaitLimit; }

Q_SIGNALS:
    /// This process started renewing a connection's tokens at the platform.
    void refreshStarted(const QString& connectionId);
    /// That renewal ended; the connection's metadata has been updated.
    void refreshFinished(const QString& connectionId, const Plugboard::Error& error);

private:
    friend class RefreshFlight;
    friend class ValidTokenJob;

    /// The running flight for the connection (which then also serves
    /// `need`), or a new started one.
    RefreshFlight* flightFor(const QString& connectionId, const TokenNeed& need);
    void onFlightFinished(RefreshFlight* flight);
    void noteRefreshOutcome(const QString& connectionId, const Error& error);

    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    RecordLookup m_records;
    QHash<QString, RefreshFlight*> m_flights;
    QHash<QString, int> m_failures;
    std::chrono::milliseconds m_lockWaitLimit;
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
};

} // namespace Plugboard

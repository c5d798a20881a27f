#pragma once

#include "core/connectionstate.h"
#include "core/result.h"
#include "core/storage/appgrant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Plugboard {

/// What Plugboard remembers about one connected account, outside the
/// keyring: never a token, secret or code. Tokens live in the keyring as a
/// TokenSet under the same id. All times are UTC; an invalid QDateTime
/// means "never" or "unknown".
struct Connection
{
    QString platformId; ///< a PlatformRecord id: [a-z0-9-]+, never '/'
    QString accountId; ///< the platform's stable account id; may hold '/'
    QString accountName; ///< for people: login, e-mail or display name
    QStringList grantedScopes;
    QStringList requestedScopes;
    /// Connected without choosing scopes: the platform's default scopes are
    /// wanted, so defaults added by a newer catalog ask for re-consent.
    bool usesDefaultScopes = false;
    /// The keyring holds a refresh token: Plugboard renews the access token
    /// by itself. False means the user must reconnect when it expires.
    bool refreshable = false;
    QDateTime expiresAt; ///< access token expiry, copied from the TokenSet
    ConnectionState state = ConnectionState::Connected;
    QDateTime lastRefresh;
    QDateTime lastChecked;
    Error lastError; ///< the last failure, its message as shown then; none when none
    /// The language lastError's message is written in ("de"); empty for
    /// failures recorded before Plugboard kept it. Set with setLastError().
    QString lastErrorLanguage;
    /// AppCredentials::clientFingerprint() of the OAuth client the sign-in
    /// was made with: saving another client id then knows which connections
    /// it leaves behind. Empty for API keys and for connections made before
    /// Plugboard kept it.
    QString clientFingerprint;
    /// When the refresh token held now was issued (at sign-in, and at each
    /// renewal that rotated it): platforms that limit a refresh token's life
    /// count from here. Invalid without a refresh token or when unknown.
    QDateTime refreshIssuedAt;
    /// The applications allowed to take this connection's tokens over
    /// D-Bus (at most one per app); they go when the connection goes.
    QList<AppGrant> grants;
    QDateTime created;
    QDateTime updated;

    /// "platformId/accountId": the key in ConnectionStore and the keyring.
    QString id() const { return makeId(platformId, accountId); }
    static QString makeId(const QString& platformId, const QString& accountId);
    /// The platform part of an id (up to the first '/'); platform ids
    /// never hold '/', so account ids may.
    static QString platformOf(const QString& id);
    /// The account part of an id (after the first '/'); empty when none.
    static QString accountOf(const QString& id);

    bool hasLastError() const { return lastError.isError(); }
    /// Records `error` (none clears it) with the language of this process's
    /// messages, so a window in another language knows to say it anew.
    void setLastError(const Error& error);
    /// The grant `app` holds, or null.
    const AppGrant* grantFor(const QString& app) const;

    /// Fails with InvalidArgument unless the platform id is a plain id and
    /// the account id is not empty.
    Result<void> validate() const;

    /// {"platform":…,"account_id":…,"account_name":…,"granted_scopes":[…],
    /// "requested_scopes":[…],"default_scopes":true,"refreshable":true,"expires_at":…,"state":"connected",
    /// "last_refresh":…,"last_checked":…,"last_error":{"code":…,"message":…,"language":"de"},
    /// "client":"3f2a9c0d41be","refresh_issued_at":…,"grants":[{"app":…,"granted":…,
    /// "last_used":…,"uses":3}],"created":…,"updated":…};
    /// times as ISO 8601 UTC with milliseconds, unset times, false flags,
    /// an empty client, no grants and an empty last error left out. "last_refresh" is
    /// the last renewal that worked, "client" the client fingerprint.
    QJsonObject toJson() const;
    /// Reads toJson()'s object. Fails with CorruptFile naming the field;
    /// `where` (e.g. "connections[2]") prefixes it.
    static Result<Connection> fromJson(const QJsonObject& object, const QString& where = QString());

    friend bool operator==(const Connection&, const Connection&) = default;
};

} // namespace Plugboard

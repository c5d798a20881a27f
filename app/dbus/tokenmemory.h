#pragma once

#include "core/storage/connection.h"
#include "core/storage/tokenset.h"

#include <QHash>

#include <chrono>
#include <optional>

namespace Plugboard {

/// The access tokens the desktop app handed out lately, kept in memory so
/// that the next caller (an application over D-Bus, or plugboard-cli) is
/// answered without a keyring round trip.
///
/// Only what a caller may see is kept: the access token with its type,
/// expiry, issue time and scopes, and whether the connection can renew.
/// Never a refresh token or id token: those stay in the keyring, read only
/// when a renewal needs them.
///
/// An entry holds while the connection's metadata still says what it said
/// when the token was remembered (its expiry, state, renewability and
/// client): a renewal anywhere, in this process or another, writes a new
/// expiry; a disconnect removes the connection; a failed renewal changes
/// its state; a reconnect does both. Callers look up with the metadata
/// they have just re-read from disk, so another process's change counts
/// at once, not only when the file watcher reports it. prune() and
/// forget() drop entries early, so nothing stale lingers in memory.
class TokenMemory final
{
public:
    /// What may be handed out of a connection's tokens.
    struct Handout
    {
        TokenSet tokens; ///< refreshToken and idToken always empty
        bool renewable = false; ///< the keyring holds a refresh token
    };

    /// `tokens` without what must never leave the keyring.
    static Handout handoutOf(const TokenSet& tokens);

    /// The remembered token of `stored` (metadata just read), when the
    /// metadata is unchanged and the token is valid for `minValidity` as
    /// TokenNeed judges it; nullopt otherwise.
    std::optional<Handout> find(const Connection& stored, std::chrono::seconds minValidity) const;
    /// Remembers what was just handed out for `stored`.
    void remember(const Connection& stored, const Handout& handout);
    void forget(const QString& connectionId);
    /// Forgets entries whose connection is gone or has changed.
    void prune(const QList<Connection>& connections);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

private:
    /// What of the metadata must not change while an entry holds.
    struct Stamp
    {
        QDateTime expiresAt;
        ConnectionState state = ConnectionState::Connected;
        bool refreshable = false;
        QString client;
        bool operator==(const Stamp&) const = default;
    };
    struct Entry
    {
        Stamp stamp;
        Handout handout;
    };
    static Stamp stampOf(const Connection& connection);

    QHash<QString, Entry> m_entries;
};

} // namespace Plugboard

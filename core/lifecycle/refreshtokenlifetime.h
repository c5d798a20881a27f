#pragma once

#include <QDateTime>

#include <chrono>

namespace Plugboard {

struct Connection;
struct PlatformRecord;

/// When a connection's refresh token stops working by the limits its
/// platform declares (PlatformRecord::refreshToken), and from when the user
/// is warned: the one place that date is worked out, for the card, the tray
/// (through StateRules) and `plugboard-cli list`.
///
/// The end is the earlier of
/// - refreshIssuedAt + lifetimeDays (Google apps in testing), unless a
///   renewal worked after that date: then the limit does not apply to this
///   app (a published one) and is ignored;
/// - max(lastRefresh, refreshIssuedAt) + idleDays (Microsoft): the last
///   time the refresh token was used or obtained.
/// Unknown facts (connections made before Plugboard kept them) give no end.
struct RefreshTokenLifetime
{
    enum class Limit {
        None, ///< no declared limit applies, or the facts are unknown
        Lifetime, ///< the token's fixed lifetime from issue
        Idle, ///< the time it may go unused
    };

    /// How long before the end the warning starts: two days of a lifetime
    /// (a 7-day token warns on its sixth day), a week of an idle limit.
    static constexpr std::chrono::hours kLifetimeWarning { 48 };
    static constexpr std::chrono::hours kIdleWarning { 7 * 24 };

    QDateTime endsAt; ///< UTC; invalid when Limit::None
    Limit limit = Limit::None;

    /// The end for `connection` under `record`'s limits; none without a
    /// record or a refresh token.
    static RefreshTokenLifetime of(const Connection& connection, const PlatformRecord* record);

    bool isKnown() const { return limit != Limit::None; }
    /// True from the start of the warning on, also after the end (the
    /// sign-in has most likely died then, and still needs the user).
    bool warnsAt(const QDateTime& nowUtc) const;
};

} // namespace Plugboard

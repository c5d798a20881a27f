#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Plugboard {

/// Where a connection stands. This header is the one place the GUI, the tray
/// and the command line get state names and labels from.
///
///   NotSetUp ──save app credentials──▶ Ready ──connect──▶ Connecting ──▶ Connected
///   Connected ──close to expiry──▶ Expiring ──▶ Refreshing ──▶ Connected
///   Refreshing ──refresh token refused──▶ NeedsReconnect
///   Connected ──scopes missing──▶ NeedsReconsent ; ──some checks fail──▶ Degraded
///   anything ──unexpected failure──▶ Error
enum class ConnectionState {
    NotSetUp, ///< no app credentials saved for the platform yet
    Ready, ///< app credentials saved, no account connected
    Connecting, ///< the browser sign-in is under way
    Connected, ///< tokens work
    Expiring, ///< the sign-in runs out soon (its access token, or its refresh token by the platform's limit)
              ///< and cannot be renewed silently
    Refreshing, ///< a refresh is under way
    Degraded, ///< connected, but the last check failed for a reason that may pass (network, 5xx)
    NeedsReconnect, ///< tokens were revoked or the refresh token expired: sign in again
    NeedsReconsent, ///< connected, but without scopes that were asked for: approve them again
    Error, ///< something Plugboard cannot fix by itself; see the connection's last error
};

/// Every state, in declaration order, for lists and tests.
inline constexpr std::array kAllConnectionStates {
    ConnectionState::NotSetUp,  ConnectionState::Ready,          ConnectionState::Connecting,
    ConnectionState::Connected, ConnectionState::Expiring,       ConnectionState::Refreshing,
    ConnectionState::Degraded,  ConnectionState::NeedsReconnect, ConnectionState::NeedsReconsent,
    ConnectionState::Error,
};

/// How much a state needs the user, ordered so the larger value is worse:
/// the tray shows the worst of all connections (std::max works).
enum class StateSeverity {
    Healthy, ///< nothing to do
    Attention, ///< works for now, but look soon
    Broken, ///< does not work until the user acts
};

/// Stable snake_case id for files, --json output and CLI arguments, e.g.
/// "needs_reconnect". Never translated; never rename one.
QString stateName(ConnectionState state);
/// Translated label for people, e.g. "Needs reconnect".
QString stateLabel(ConnectionState state);
/// The state named `name` (stateName()'s inverse), or nothing.
std::optional<ConnectionState> stateFromName(const QString& name);
/// NotSetUp, Ready, Connecting, Connected and Refreshing are Healthy;
/// Expiring, Degraded and NeedsReconsent need Attention (the connection
/// still works); NeedsReconnect and Error are Broken.
StateSeverity severity(ConnectionState state);

} // namespace Plugboard

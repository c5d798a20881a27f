#pragma once

#include "core/connectionstate.h"
#include "core/error.h"

#include <QDateTime>
#include <QStringList>

#include <chrono>

namespace Plugboard {

struct Connection;
struct PlatformRecord;

/// Reads a connection's state the same way in the window, the tray and the
/// command line: the stored state plus what time and the platform record
/// say now. Pure functions over metadata: no keyring, no network.
namespace StateRules {

/// A connection that cannot renew itself is "Expiring" this long before
/// its access token runs out, so the user can reconnect in time.
inline constexpr std::chrono::minutes kExpiringSoon { 15 };

/// The scopes the connection should have: what was asked for when it was
/// made, plus the record's current defaults when it was made with the
/// defaults (a newer catalog may add one). `record` may be null.
QStringList wantedScopes(const Connection& connection, const PlatformRecord* record);

/// The wanted scopes the platform has not granted, in wanted order, judged
/// the way each platform reports grants: offline_access counts as granted
/// when the connection holds a refresh token; `record` (may be null) names
/// scopes the platform lists under another name or never lists.
bool isGranted(const Connection& connection, const QString& scope, const PlatformRecord* record);
QStringList missingScopes(const Connection& connection, const QStringList& wanted,
                          const PlatformRecord* record = nullptr);

/// The state to show now:
/// - NeedsReconnect and Error stay as stored (only the user can fix them);
/// - an expired token that cannot be renewed is NeedsReconnect;
/// - missing scopes make NeedsReconsent;
/// - Degraded stays until a refresh or check succeeds;
/// - a token that cannot be renewed and expires within kExpiringSoon is
///   Expiring, and so is one whose refresh token nears the end its
///   platform sets (RefreshTokenLifetime::warnsAt(), with `record`);
/// - otherwise Connected. (Refreshing and Connecting are never stored: the
///   process doing the work shows them.)
ConnectionState effectiveState(const Connection& connection, const QStringList& wanted,
                               const QDateTime& nowUtc = QDateTime::currentDateTimeUtc(),
                               const PlatformRecord* record = nullptr);

/// effectiveState() with the scopes wantedScopes() derives from `record`
/// (may be null): what the window, the tray and `list` show.
ConnectionState shownState(const Connection& connection, const PlatformRecord* record,
                           const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());

/// What a failed refresh or check means for the connection:
/// invalid_grant -> NeedsReconnect (the sign-in is gone); no answer,
/// timeouts, TLS trouble and HTTP 5xx/429 -> Degraded (tokens kept, retried
/// with backoff); anything else (wrong client secret, a 4xx the platform
/// explains) -> Error. `httpStatus` is 0 when no answer came.
ConnectionState stateAfterFailure(const Error& error, int httpStatus);

/// The delay before automatic retry number `failures` (1, 2, …) of a
/// Degraded connection: 30 s doubling up to 15 min, so a platform that is
/// down is not hammered and a short outage heals quickly.
std::chrono::seconds retryDelay(int failures);

} // namespace StateRules
} // namespace Plugboard

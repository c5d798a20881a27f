#pragma once

#include <QDateTime>
#include <QString>

namespace Plugboard::RelativeTime {

/// "in 42 min", "in 3 h", "in 2 days", "5 min ago", "just now" — for
/// expiry and last-checked lines on cards and in the tray.
QString describe(const QDateTime& when, const QDateTime& now);

/// "expires in 42 min · refreshes automatically", "expired 3 min ago",
/// "does not expire" — the expiry line of a connected card.
QString expiryLine(const QDateTime& expiresAt, const QDateTime& now, bool refreshesAutomatically);

} // namespace Plugboard::RelativeTime

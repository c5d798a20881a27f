#pragma once

#include "core/connectionstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Plugboard {

struct Connection;

/// Decides which changes deserve a desktop notification: a connection that
/// moves into Needs reconnect, Degraded or Error, or into Expiring (about to
/// run out with no way to refresh it). Routine changes (a refresh,
/// Connected to Connected) say nothing. Plain logic, no tray: the tray shows
/// what this returns, and tests check it without one.
class TrayAlerts
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::TrayAlerts)

public:
    struct Alert
    {
        QString connectionId;
        QString title;
        QString message;
    };

    TrayAlerts() = default;

    /// Remembers `connections` and returns an alert for each one whose state
    /// moved into an alerting state since the previous call. `platformNames`
    /// maps platform ids to display names for the text.
    QList<Alert> update(const QList<Connection>& connections, const QMap<QString, QString>& platformNames);

    static bool isAlerting(ConnectionState state);
    static bool isPassing(ConnectionState state);

private:
    static Alert alertFor(const Connection& connection, const QString& platformName);

    bool m_seenFirst = false;
    QHash<QString, ConnectionState> m_states;
};

} // namespace Plugboard

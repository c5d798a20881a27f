#include "ui/trayalerts.h"

#include "core/storage/connection.h"
#include "ui/problemtext.h"

namespace Plugboard {

bool TrayAlerts::isAlerting(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NeedsReconnect:
    case ConnectionState::Degraded:
    case ConnectionState::Error:
    case ConnectionState::Expiring: // by definition one that cannot be refreshed silently
        return true;
    default:
        return false;
    }
}

bool TrayAlerts::isPassing(ConnectionState state)
{
    return state == ConnectionState::Refreshing || state == ConnectionState::Connecting;
}

QList<TrayAlerts::Alert> TrayAlerts::update(const QList<Connection>& connections,
                                            const QMap<QString, QString>& platformNames)
{
    QHash<QString, ConnectionState> states;
    QList<Alert> alerts;
    for (const Connection& connection : connections) {
        const auto before = m_states.constFind(connection.id());
        // Refreshing and Connecting pass: compare with the state before
        // them, so a Degraded connection whose retry fails again is not news.
        if (isPassing(connection.state)) {
            states.insert(connection.id(), before != m_states.cend() ? before.value() : connection.state);
            continue;
        }
        states.insert(connection.id(), connection.state);
        // The first call after start-up only learns the states: a problem that
        // was already there is not news, and the tray icon shows it already.
        // A connection that just appeared did not "move" anywhere either.
        if (!m_seenFirst || before == m_states.cend() || before.value() == connection.state)
            continue;
        if (isAlerting(connection.state))
            alerts.append(
                alertFor(connection, platformNames.value(connection.platformId, connection.platformId)));
    }
    m_states = std::move(states);
    m_seenFirst = true;
    return alerts;
}

TrayAlerts::Alert TrayAlerts::alertFor(const Connection& connection, const QString& platformName)
{
    const QString who = connection.accountName.isEmpty()
        ? platformName
        : tr("%1 (%2)").arg(connection.accountName, platformName);
    Alert alert { connection.id(), {}, {} };
    const QString problem = ProblemText::shown(connection, platformName);
    switch (connection.state) {
    case ConnectionState::NeedsReconnect:
        alert.title = tr("%1 needs you to sign in again").arg(who);
        alert.message = tr("%1 no longer accepts the saved sign-in. Choose Reconnect to keep it working.")
                            .arg(platformName);
        break;
    case ConnectionState::Expiring:
        alert.title = tr("%1 expires soon").arg(who);
        alert.message = tr("It cannot be refreshed automatically. Reconnect before it runs out.");
        break;
    case ConnectionState::Degraded:
        alert.title = tr("%1 is not working properly").arg(who);
        alert.message = problem.isEmpty() ? tr("The last check failed. Plugboard will try again.") : problem;
        break;
    default:
        alert.title = tr("%1 has a problem").arg(who);
        alert.message = problem.isEmpty() ? tr("Open Plugboard to see what went wrong.") : problem;
        break;
    }
    return alert;
}

} // namespace Plugboard

#pragma once

#include "core/connectionstate.h"
#include "ui/trayalerts.h"

#include <QList>
#include <QMap>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Plugboard {

struct Connection;

/// Owns the system tray icon, its menu and its notifications. Create it
/// only when QSystemTrayIcon::isSystemTrayAvailable(); the window works
/// without it. Everything it decides (menu, tooltip, which changes notify)
/// works without a tray too, so tests on the offscreen platform see it all.
///
/// Menu: one entry per connection ("octocat (GitHub) — Connected") with a
/// quick Reconnect below the ones that need it, then Check all now, Open
/// Plugboard and Quit.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    /// Display names for platform ids, used in the menu and notifications.
    void setPlatformNames(const QMap<QString, QString>& names) { m_platformNames = names; }
    /// Shows how the connections are at a glance: the icon carries the
    /// worst state's colour, the tooltip counts them ("2 connected, 1 needs
    /// reconnect"), the menu lists them; notifies of those that just moved
    /// into a state that needs the user (see TrayAlerts).
    void setConnections(const QList<Connection>& connections);
    QString toolTip() const;
    StateSeverity worstSeverity() const { return m_worst; }
    /// A desktop notification from the tray; nothing while notifications
    /// are off (the icon and its menu still show every state).
    void notify(const QString& title, const QString& message);
    /// Settings ▸ Show notifications (on unless turned off).
    void setNotificationsEnabled(bool enabled) { m_notificationsEnabled = enabled; }
    bool notificationsEnabled() const { return m_notificationsEnabled; }
    QMenu* menu() const { return m_menu; }

Q_SIGNALS:
    void openWindowRequested();
    void quitRequested();
    void checkAllRequested();
    /// Sign in again for this connection (the menu's quick Reconnect).
    void connectRequested(const QString& cardId);
    /// Every notification, as it is handed to the desktop: the seam tests
    /// observe, since the offscreen platform has no tray to show it.
    void notified(const QString& title, const QString& message);

private:
    void rebuildConnectionEntries(const QList<Connection>& connections);
    QString platformName(const QString& platformId) const;

    QSystemTrayIcon* m_trayIcon = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_connectionsEnd = nullptr; ///< separator after the connection entries
    QList<QAction*> m_connectionEntries;
    QMap<QString, QString> m_platformNames;
    TrayAlerts m_alerts;
    StateSeverity m_worst = StateSeverity::Healthy;
    bool m_notificationsEnabled = true;
};

} // namespace Plugboard

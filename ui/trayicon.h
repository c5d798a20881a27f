#pragma once

#include "connectionstate.h"

#include <QList>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Plugboard {

struct Connection;

/// Owns the system tray icon and its menu. Create it only when
/// QSystemTrayIcon::isSystemTrayAvailable(); the window works without it.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    /// Shows how the connections are at a glance: the icon carries the
    /// worst state's colour, the tooltip counts them ("2 connected, 1 needs
    /// reconnect").
    void setConnections(const QList<Connection>& connections);
    QString toolTip() const;
    StateSeverity worstSeverity() const { return m_worst; }
    /// A desktop notification from the tray.
    void notify(const QString& title, const QString& message);
    QMenu* menu() const { return m_menu; }

Q_SIGNALS:
    void openWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_trayIcon = nullptr;
    QMenu* m_menu = nullptr;
    StateSeverity m_worst = StateSeverity::Healthy;
};

} // namespace Plugboard

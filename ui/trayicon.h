#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Plugboard {

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
    /// A desktop notification from the tray.
    void notify(const QString& title, const QString& message);
    QMenu* menu() const { return m_menu; }

Q_SIGNALS:
    void openWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_trayIcon = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace Plugboard

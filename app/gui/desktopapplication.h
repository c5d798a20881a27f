#pragma once

#include "connectioncard.h"

#include <QObject>

#include <memory>

namespace Plugboard {

class MainWindow;
class PlatformCatalog;
class SingleInstance;
class TrayIcon;

/// Wires the desktop app together: the window, the tray when the desktop
/// has one, one instance per session, and what closing the window means.
class DesktopApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApplication)

public:
    explicit DesktopApplication(QObject* parent = nullptr);
    ~DesktopApplication() override;

    /// False when another instance is running (it has been asked to show
    /// itself) and this one should exit.
    bool start(bool minimized);

private:
    void createTray();
    void onHiddenToTray();
    void onCardAction(const QString& cardId, ConnectionCard::Action action);

    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<PlatformCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
};

} // namespace Plugboard

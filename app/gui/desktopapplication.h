#pragma once

#include "connectioncard.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Plugboard {

class CredentialDialog;
class MainWindow;
class PlatformCatalog;
class SecretStore;
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
    MainWindow* window() const { return m_window.get(); }

private:
    void createTray();
    void onHiddenToTray();
    void onCardAction(const QString& cardId, ConnectionCard::Action action);
    void editCredentials(const QString& platformId);
    void saveCredentials(const QString& platformId, const QMap<QString, QString>& values);

    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<PlatformCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    SecretStore* m_secrets = nullptr; ///< reads the keyring only when asked: startup never does
    QPointer<CredentialDialog> m_credentialDialog;
};

} // namespace Plugboard

#pragma once

#include "core/error.h"
#include "ui/connectioncard.h"

#include <QObject>

#include <memory>

namespace Plugboard {

class ActivityFlow;
class ApiKeyFlow;
class AppAccessFlow;
class BackupFlow;
class ConnectFlow;
class ServerFlow;
class SettingsFlow;
class ConnectionMonitor;
class CredentialsFlow;
class CustomProviderFlow;
class DiagnoseFlow;
class MainWindow;
class PlatformCatalog;
struct PlatformRecord;
class DesktopPassphraseProvider;
class Services;
class VaultFlow;
class SharedStateWatcher;
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
    /// Serves the D-Bus API for other applications (the real app does; GUI
    /// tests that share a session bus mostly do not). Call after start().
    void serveOnBus();
    MainWindow* window() const { return m_window.get(); }
    /// What the window builds on (valid after start()).
    Services* services() const { return m_services.get(); }
    AppAccessFlow* appAccess() const { return m_appAccess.get(); }
    BackupFlow* backup() const { return m_backup.get(); }
    TrayIcon* tray() const { return m_tray.get(); }
    ActivityFlow* activity() const { return m_activity.get(); }
    SettingsFlow* settings() const { return m_settings.get(); }
    DiagnoseFlow* diagnose() const { return m_diagnose.get(); }

    /// "Check all now" from the tray: a health check of every connection,
    /// one after another.
    void checkAll();

private:
    void createTray();
    void onHiddenToTray();
    void onCardAction(const QString& cardId, ConnectionCard::Action action);
    void onCredentialsSaved(const QString& platformId, const QString& name, const QString& clientIdHint);
    void showCards();
    void onCustomProviderAdded(const QString& platformId, const QString& name);
    void onBackupImported();
    void onServerAdded(const QString& platformId, const QString& name, bool registered);
    void disconnectAccount(const QString& connectionId);
    void removeCustomProvider(const PlatformRecord& record);
    void followChangesElsewhere();
    void createLifecycle();
    /// What the window's menus and cards start: sign-ins, keys, servers, backups…
    void createFlows();
    /// Settings the running app follows (notifications, the vault's menu
    /// entry), after a change here or in another process.
    void applySettings();
    void checkNow(const QString& connectionId);
    void onChecked(const QString& connectionId, const Error& error, bool verified);
    /// The connection as its card names it ("GitHub · Ada"), for the status bar.
    QString shownName(const QString& connectionId) const;

    // In dependency order: each member uses only those above it, so they
    // go in reverse and nothing outlives what it uses.
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<PlatformCatalog> m_catalog;
    std::unique_ptr<DesktopPassphraseProvider> m_passphrases; ///< unlocks the vault, when it is the store
    std::unique_ptr<Services> m_services; ///< looks platforms up in m_catalog
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<ConnectionMonitor> m_monitor; ///< shown states, background renewal, checks
    std::unique_ptr<CredentialsFlow> m_credentials;
    std::unique_ptr<CustomProviderFlow> m_customProviders;
    std::unique_ptr<ConnectFlow> m_connect;
    std::unique_ptr<ApiKeyFlow> m_apiKeys;
    std::unique_ptr<ServerFlow> m_servers;
    std::unique_ptr<SharedStateWatcher> m_watcher;
    std::unique_ptr<AppAccessFlow> m_appAccess; ///< the D-Bus API, its consent and grants
    std::unique_ptr<VaultFlow> m_vault; ///< File ▸ Keep secrets in an encrypted vault…
    std::unique_ptr<BackupFlow> m_backup; ///< File ▸ Export backup… and Import backup…
    std::unique_ptr<ActivityFlow> m_activity; ///< View ▸ Activity, the cards' recent activity
    std::unique_ptr<SettingsFlow> m_settings; ///< File ▸ Settings…
    std::unique_ptr<DiagnoseFlow> m_diagnose; ///< Help ▸ Diagnose problems…
};

} // namespace Plugboard

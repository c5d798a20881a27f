#pragma once

#include <QObject>
#include <QPointer>

namespace Plugboard {

class MainWindow;
class NetworkSettingsPage;
class Services;
class SettingsDialog;

/// File ▸ Settings…: shows SettingsRegistry's values in the SettingsDialog
/// and records what the person changes through the same registry as
/// `plugboard-cli config`. The dialog is re-read from the files when it
/// opens, when it comes back to the front and when SharedStateWatcher sees
/// a change, so it shows the truth even after an autostart entry was
/// deleted by the desktop's own settings.
///
/// A new page: a SettingsPage subclass in ui/ added in open(), its keys
/// rows in SettingsRegistry.
class SettingsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFlow)

public:
    /// `window` and `services` must outlive the flow; the proxy password
    /// is stored through services->proxy().
    SettingsFlow(MainWindow* window, Services* services, QObject* parent = nullptr);
    ~SettingsFlow() override;

    /// Opens the dialog, or raises it when open.
    void open();
    /// Shows every setting's current value in the open dialog (if any).
    void refresh();
    /// Null until open() and after the dialog is closed.
    SettingsDialog* dialog() const;

Q_SIGNALS:
    /// A setting was recorded from the dialog: apply it to the running app.
    void changed();

private:
    void onChangeRequested(const QString& key, const QString& value);
    void storeProxyPassword(const QString& password);
    NetworkSettingsPage* createNetworkPage();

    MainWindow* m_window = nullptr;
    Services* m_services = nullptr;
    QPointer<NetworkSettingsPage> m_network;
    QPointer<SettingsDialog> m_dialog;
};

} // namespace Plugboard

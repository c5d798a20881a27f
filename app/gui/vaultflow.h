#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace Plugboard {

class KeychainSecretStore;
class MainWindow;
class VaultSetup;

/// File ▸ Keep secrets in an encrypted vault…: what `plugboard-cli vault
/// init --move` does, from the window. Asks first (what changes, that a
/// forgotten passphrase cannot be recovered), then for a new passphrase
/// twice, then moves every secret Plugboard saved in the keyring into the
/// new vault (VaultSetup) and says how it went. The running window uses the
/// vault from the next secret on (ConfiguredSecretStore follows the setting)
/// and asks for the passphrase once per session.
class VaultFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultFlow)

public:
    /// `window` must outlive the flow.
    explicit VaultFlow(MainWindow* window, QObject* parent = nullptr);
    ~VaultFlow() override;

    void open();
    /// Shows the menu entry only while the keyring is in use.
    void updateMenu();

private:
    void onSetUp(VaultSetup* setup);

    MainWindow* m_window = nullptr;
    std::unique_ptr<KeychainSecretStore> m_keyring; ///< where the secrets come from
    QPointer<VaultSetup> m_running;
};

} // namespace Plugboard

#include "app/gui/vaultflow.h"

#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/vaultfile.h"
#include "core/storage/vaultsetup.h"
#include "ui/confirmation.h"
#include "ui/mainwindow.h"
#include "ui/passphrasedialog.h"

#include <QAction>
#include <QDir>

namespace Plugboard {

VaultFlow::VaultFlow(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    connect(m_window, &MainWindow::secretStorageRequested, this, &VaultFlow::open);
    updateMenu();
}

VaultFlow::~VaultFlow() = default;

void VaultFlow::updateMenu()
{
    m_window->secretStorageAction()->setVisible(SecretBackend::configured() == SecretBackend::Kind::Keyring);
}

void VaultFlow::open()
{
    updateMenu(); // a terminal may have chosen the vault meanwhile
    if (m_running || SecretBackend::configured() != SecretBackend::Kind::Keyring)
        return;
    const QString path = QDir::toNativeSeparators(VaultFile::defaultFilePath());
    if (!Confirmation::ask(
            m_window, tr("Keep secrets in an encrypted vault"),
            tr("Plugboard will keep every token, app credential and API key in one file, %1, "
               "encrypted with a passphrase you choose, instead of in the keyring, and move what "
               "it saved in the keyring there. Plugboard asks for the passphrase once per "
               "session. Use it where there is no keyring; where there is one, the keyring "
               "protects your secrets with your login.")
                .arg(path),
            tr("Choose a passphrase…")))
        return;
    PassphraseDialog dialog(PassphraseDialog::Purpose::Choose, VaultFile::defaultFilePath(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_keyring = std::make_unique<KeychainSecretStore>();
    m_running = new VaultSetup(VaultFile::defaultFilePath(), dialog.passphrase(),
                               Crypto::ScryptParams::standard(), m_keyring.get(), this);
    m_window->showStatus(tr("Moving your secrets into the vault…"));
    startJob(m_running.data(), this, &VaultFlow::onSetUp);
}

void VaultFlow::onSetUp(VaultSetup* setup)
{
    updateMenu();
    if (setup->error().isError()) {
        m_window->showStatus(setup->error().message);
        return;
    }
    if (setup->keyringCleanupError().isError())
        m_window->showStatus(setup->keyringCleanupError().message);
    else
        m_window->showStatus(tr("Your secrets are in the encrypted vault now (%n moved from the keyring).",
                                nullptr, setup->movedCount()));
}

} // namespace Plugboard

#pragma once

#include "core/crypto/sealkey.h"
#include "core/job.h"
#include "core/storage/vaultfile.h"

#include <QStringList>

namespace Plugboard {

class SecretJob;
class SecretStore;

/// Creates the encrypted vault and makes it where secrets are kept, for
/// `plugboard-cli vault init` and the window's setting. With `moveFrom`
/// (the keyring's store) every secret Plugboard saved there is read first
/// and goes into the new vault; the keyring's copies are deleted only after
/// the vault holds them and the setting says vault. Any failed read creates
/// nothing and changes nothing.
///
///   reading the keyring (each known key) ─▶ creating the vault ─▶
///   choosing it (SecretBackend) ─▶ deleting the keyring's copies ─▶ finished
///
/// A failure to delete the keyring's copies does not fail the job (the
/// vault is in use by then): keyringCleanupError() says what is left.
class VaultSetup final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSetup)

public:
    /// `moveFrom` may be null (start empty); it must outlive the job. The
    /// passphrase is wiped once the vault is sealed.
    VaultSetup(const QString& vaultPath, QByteArray passphrase, const Crypto::ScryptParams& params,
               SecretStore* moveFrom, QObject* parent = nullptr);
    ~VaultSetup() override;

    /// How many secrets went into the vault.
    int movedCount() const { return m_movedCount; }
    /// Set when the keyring kept its copies; empty otherwise.
    Error keyringCleanupError() const { return m_cleanupError; }

private:
    void run() override;
    void readNext();
    void createVault();
    void finishing() override;

    VaultFile m_vault;
    QByteArray m_passphrase;
    Crypto::ScryptParams m_params;
    SecretStore* m_source = nullptr;
    QStringList m_pending;
    VaultFile::Secrets m_moved;
    int m_movedCount = 0;
    Error m_cleanupError;
};

} // namespace Plugboard

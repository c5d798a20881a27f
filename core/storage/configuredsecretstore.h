#pragma once

#include "core/storage/secretbackend.h"
#include "core/storage/secretstore.h"

#include <map>
#include <memory>

namespace Plugboard {

class VaultPassphraseProvider;

/// The SecretStore Services hands out: every job goes to the backend the
/// settings name at the moment it runs (SecretBackend::configured()), so a
/// switch made while the process runs — `vault init` from a terminal while
/// the window is open, or the window's own setting — counts from the next
/// job on, and no secret is ever written where the user no longer keeps
/// them. Each backend store is created when first used and kept: the vault
/// keeps its derived key, the keyring its job order.
///
/// Cheap to create; reading the setting is one small file read per job.
class ConfiguredSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfiguredSecretStore)

public:
    /// `passphrases` unlocks the vault (may be null; it must outlive the store).
    explicit ConfiguredSecretStore(VaultPassphraseProvider* passphrases, QObject* parent = nullptr);
    ~ConfiguredSecretStore() override;

    /// The store jobs go to now.
    SecretStore* current() const;
    QStringList knownKeys() const override { return current()->knownKeys(); }
    bool needsPassphrase() const override { return current()->needsPassphrase(); }

protected:
    void runJob(SecretJob* job) override;

private:
    VaultPassphraseProvider* m_passphrases = nullptr;
    mutable std::map<SecretBackend::Kind, std::unique_ptr<SecretStore>> m_backends;
};

} // namespace Plugboard

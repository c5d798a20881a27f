#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace Plugboard {

class SecretStore;
class VaultPassphraseProvider;

/// Which SecretStore holds this user's secrets: the system keyring (the
/// default) or the encrypted vault. Chosen explicitly and kept in the
/// settings file, never switched by itself: without a usable keyring the
/// keyring backend fails with KeyringUnavailable, it does not fall back to
/// the vault (nor the other way round).
///
///     [secrets]
///     backend=vault
///
/// `vault init` writes it; the window's vault setting will too.
namespace SecretBackend {

enum class Kind {
    Keyring, ///< KeychainSecretStore; also when the setting is absent
    Vault, ///< VaultSecretStore over VaultFile::defaultFilePath()
    Unknown, ///< a value this version does not know (written by a newer one)
};

/// The settings key, "secrets/backend".
QString settingKey();
QString name(Kind kind); ///< "keyring", "vault"

/// What the settings file says; `settingsFile` empty means the
/// application's (ApplicationInfo::settingsFilePath()).
Kind configured(const QString& settingsFile = {});
/// Records the choice and syncs; StorageFailed when the file is not writable.
Result<void> setConfigured(Kind kind, const QString& settingsFile = {});

/// The store of `kind` (ConfiguredSecretStore picks the kind the settings
/// name, job by job). Cheap: touches neither the keyring nor the vault.
/// `passphrases` is used by the vault only (may be null). For an Unknown
/// backend, a store whose every job fails with UnsupportedFileVersion, so
/// nothing is written where it does not belong.
std::unique_ptr<SecretStore> create(Kind kind, VaultPassphraseProvider* passphrases);

} // namespace SecretBackend
} // namespace Plugboard

// SecretBackend::create() apart from the setting: reading which backend is
// configured must not link the vault (and with it OpenSSL) into the lean
// plugboard-cli, which only reads the setting.
#include "core/applicationinfo.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/unusablesecretstore.h"
#include "core/storage/vaultsecretstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace Plugboard::SecretBackend {

std::unique_ptr<SecretStore> create(Kind kind, VaultPassphraseProvider* passphrases)
{
    switch (kind) {
    case Kind::Keyring:
        return std::make_unique<KeychainSecretStore>();
    case Kind::Vault:
        return std::make_unique<VaultSecretStore>(passphrases);
    case Kind::Unknown:
        break;
    }
    const QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    return std::make_unique<UnusableSecretStore>(
        Error { ErrorCode::UnsupportedFileVersion,
                QCoreApplication::translate("Plugboard::SecretBackend",
                                            "%1 says secrets are kept in \"%2\", which this version of "
                                            "Plugboard does not know. Update Plugboard, or set %3 to keyring "
                                            "or vault.")
                    .arg(settings.fileName(), settings.value(settingKey()).toString(), settingKey()) });
}

} // namespace Plugboard::SecretBackend

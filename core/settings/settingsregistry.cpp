#include "core/settings/settingsregistry.h"

#include "core/settings/autostartentry.h"
#include "core/settings/desktopsettings.h"
#include "core/settings/proxysettingvalue.h"
#include "core/storage/secretbackend.h"
#include "core/storage/vaultfile.h"

#include <QCoreApplication>
#include <QDir>

namespace Plugboard::SettingsRegistry {

namespace {

QString onOff(bool on)
{
    return on ? kOn : kOff;
}

Setting startWithSession()
{
    return { kStartWithSession,
             QCoreApplication::translate("Plugboard::SettingsRegistry",
                                         "Start Plugboard in the tray when you log in (an autostart entry)"),
             { kOn, kOff },
             [] { return onOff(AutostartEntry::isEnabled()); },
             [](const QString& value) { return AutostartEntry::setEnabled(value == kOn); } };
}

Setting notifications()
{
    return { kNotifications,
             QCoreApplication::translate("Plugboard::SettingsRegistry",
                                         "Show a notification when a connection needs you"),
             { kOn, kOff },
             [] { return onOff(DesktopSettings::notificationsEnabled()); },
             [](const QString& value) { return DesktopSettings::setNotificationsEnabled(value == kOn); } };
}

bool vaultExists()
{
    return VaultFile(VaultFile::defaultFilePath()).exists();
}

Result<void> applySecretBackend(const QString& value)
{
    const SecretBackend::Kind kind = value == SecretBackend::name(SecretBackend::Kind::Vault)
        ? SecretBackend::Kind::Vault
        : SecretBackend::Kind::Keyring;
    if (kind == SecretBackend::configured())
        return {};
    // Creating the vault moves the secrets into it: that is `vault init`'s
    // work (VaultSetup), never a bare switch to an empty file.
    if (kind == SecretBackend::Kind::Vault && !vaultExists())
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::SettingsRegistry",
                           "There is no encrypted vault yet. Run `plugboard-cli vault init --move` to create "
                           "one and move your secrets into it (or File ▸ Keep secrets in an encrypted vault… "
                           "in the window).") };
    return SecretBackend::setConfigured(kind);
}

Setting secretBackend()
{
    const QString keyring = SecretBackend::name(SecretBackend::Kind::Keyring);
    const QString vault = SecretBackend::name(SecretBackend::Kind::Vault);
    Setting setting { kSecretBackend,
                      QCoreApplication::translate("Plugboard::SettingsRegistry",
                                                  "Where secrets are kept: the system keyring or the "
                                                  "encrypted vault"),
                      { keyring, vault },
                      [] { return SecretBackend::name(SecretBackend::configured()); },
                      applySecretBackend };
    setting.available = [keyring, vault] {
        return vaultExists() ? QStringList { keyring, vault } : QStringList { keyring };
    };
    setting.note = [vault](const QString& value) {
        const QString path = QDir::toNativeSeparators(VaultFile::defaultFilePath());
        return value == vault
            ? QCoreApplication::translate("Plugboard::SettingsRegistry",
                                          "Plugboard uses the vault %1 now. Secrets saved in the keyring "
                                          "stay there, unused; connections whose secrets are only there "
                                          "need to be connected again.")
                  .arg(path)
            : QCoreApplication::translate("Plugboard::SettingsRegistry",
                                          "Plugboard uses the keyring now. The vault %1 keeps what it "
                                          "holds, unused; connections whose secrets are only there need "
                                          "to be connected again.")
                  .arg(path);
    };
    return setting;
}

Setting proxy()
{
    Setting setting { kProxy,
                      QCoreApplication::translate("Plugboard::SettingsRegistry",
                                                  "Which proxy requests go through (with USER@ before the "
                                                  "host, its password is set with proxy-password)"),
                      { QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("http://HOST:PORT"),
                        QStringLiteral("socks5://HOST:PORT") },
                      [] { return ProxySettingValue::format(ProxySettings::load()); },
                      ProxySettingValue::apply };
    setting.check = ProxySettingValue::check;
    return setting;
}

} // namespace

QList<Setting> all()
{
    return { startWithSession(), notifications(), secretBackend(), proxy() };
}

QStringList keys()
{
    QStringList result;
    for (const Setting& setting : all())
        result.append(setting.key);
    return result;
}

Result<Setting> find(const QString& key)
{
    for (const Setting& setting : all()) {
        if (setting.key == key)
            return setting;
    }
    return Error { ErrorCode::InvalidArgument,
                   QCoreApplication::translate("Plugboard::SettingsRegistry",
                                               "There is no setting \"%1\". The settings are: %2.")
                       .arg(key, keys().join(QStringLiteral(", "))) };
}

Result<void> set(const QString& key, const QString& value)
{
    const Result<Setting> found = find(key);
    if (!found)
        return found.error();
    const Setting& setting = found.value();
    if (setting.check) {
        if (Result<void> checked = setting.check(value); !checked)
            return checked;
    } else if (!setting.values.contains(value))
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate("Plugboard::SettingsRegistry",
                                                   "\"%1\" is not a value of %2. Use one of: %3.")
                           .arg(value, key, setting.values.join(QStringLiteral(", "))) };
    return setting.apply(value);
}

} // namespace Plugboard::SettingsRegistry

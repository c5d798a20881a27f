#include "core/storage/secretbackend.h"

#include "core/applicationinfo.h"

#include <QCoreApplication>
#include <QSettings>

namespace Plugboard::SecretBackend {

namespace {

const QLatin1String kKeyring("keyring");
const QLatin1String kVault("vault");

QString fileOf(const QString& settingsFile)
{
    return settingsFile.isEmpty() ? ApplicationInfo::settingsFilePath() : settingsFile;
}

} // namespace

QString settingKey()
{
    return QStringLiteral("secrets/backend");
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::Keyring:
        return kKeyring;
    case Kind::Vault:
        return kVault;
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Kind configured(const QString& settingsFile)
{
    QSettings settings(fileOf(settingsFile), QSettings::IniFormat);
    settings.sync(); // another process may have changed it since this one last read it
    const QString value = settings.value(settingKey()).toString();
    if (value.isEmpty() || value == kKeyring)
        return Kind::Keyring;
    return value == kVault ? Kind::Vault : Kind::Unknown;
}

Result<void> setConfigured(Kind kind, const QString& settingsFile)
{
    QSettings settings(fileOf(settingsFile), QSettings::IniFormat);
    settings.setValue(settingKey(), name(kind));
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    return Error { ErrorCode::StorageFailed,
                   QCoreApplication::translate("Plugboard::SecretBackend",
                                               "Plugboard could not record where secrets are kept in %1. "
                                               "Check that the file and its folder are writable.")
                       .arg(settings.fileName()) };
}

} // namespace Plugboard::SecretBackend

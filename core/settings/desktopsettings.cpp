#include "core/settings/desktopsettings.h"

#include "core/applicationinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace Plugboard::DesktopSettings {

namespace {

const QString kNotificationsKey = QStringLiteral("ui/notifications");

} // namespace

bool notificationsEnabled()
{
    QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    settings.sync(); // the command line may have changed it since this process last read it
    return settings.value(kNotificationsKey, true).toBool();
}

Result<void> setNotificationsEnabled(bool enabled)
{
    QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    settings.setValue(kNotificationsKey, enabled);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    return Error { ErrorCode::StorageFailed,
                   QCoreApplication::translate("Plugboard::DesktopSettings",
                                               "Plugboard could not save the setting in %1. Check that the "
                                               "file and its folder are writable.")
                       .arg(QDir::toNativeSeparators(settings.fileName())) };
}

} // namespace Plugboard::DesktopSettings

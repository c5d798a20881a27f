#include "core/backup/backupsettings.h"

#include "core/applicationinfo.h"
#include "core/catalog/platformrecordparser.h"
#include "core/platformsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace Plugboard::BackupSettings {

namespace {

const QLatin1String kCardView("ui/cardView");
const QLatin1String kPlatformsGroup("platforms");
const QLatin1String kProxyName("tokenExchangeProxy");

/// The platform of "platforms/<id>/tokenExchangeProxy"; empty for other keys.
QString proxyPlatform(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(0) == kPlatformsGroup && parts.at(2) == kProxyName
        && PlatformRecordParser::isValidId(parts.at(1)))
        return parts.at(1);
    return QString();
}

} // namespace

bool isMovable(const QString& key)
{
    return key == kCardView || !proxyPlatform(key).isEmpty();
}

QList<Entry> collect()
{
    const QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    QList<Entry> entries;
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        const QString value = settings.value(key).toString();
        if (isMovable(key) && !value.isEmpty())
            entries.append({ key, value });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    return entries;
}

bool contains(const QString& key)
{
    return QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).contains(key);
}

Result<void> write(const Entry& entry)
{
    if (!isMovable(entry.key))
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::BackupSettings",
                           "Plugboard does not restore this setting from a backup.") };
    if (const QString platformId = proxyPlatform(entry.key); !platformId.isEmpty())
        return PlatformSettings::setTokenExchangeProxy(platformId, QUrl(entry.value));
    QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    settings.setValue(entry.key, entry.value);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error { ErrorCode::StorageFailed,
                       QCoreApplication::translate("Plugboard::BackupSettings",
                                                   "Could not write %1. Check that the folder is writable.")
                           .arg(QDir::toNativeSeparators(ApplicationInfo::settingsFilePath())) };
    return {};
}

} // namespace Plugboard::BackupSettings

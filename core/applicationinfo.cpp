#include "core/applicationinfo.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <sys/stat.h>

namespace Plugboard::ApplicationInfo {

QString applicationName()
{
    return QStringLiteral("plugboard");
}

QString displayName()
{
    return QStringLiteral("Plugboard");
}

QString appId()
{
    return QStringLiteral(PLUGBOARD_APP_ID);
}

QString version()
{
    return QStringLiteral(PLUGBOARD_VERSION);
}

QString settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/plugboard.conf");
}

void applyToApplication()
{
    QCoreApplication::setApplicationName(applicationName());
    // No organization: data lives in ~/.config/plugboard/ and
    // ~/.local/share/plugboard/, not in a vendor subfolder, as people expect
    // on Linux. (QSettings() would then guess a folder of its own, so every
    // settings access goes through settingsFilePath().)
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
    QCoreApplication::setApplicationVersion(version());
}

void keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace Plugboard::ApplicationInfo

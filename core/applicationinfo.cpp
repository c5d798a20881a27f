#include "applicationinfo.h"

#include <QCoreApplication>

namespace Plugboard::ApplicationInfo {

QString applicationName()
{
    return QStringLiteral("plugboard");
}

QString displayName()
{
    return QStringLiteral("Plugboard");
}

QString organizationDomain()
{
    return QStringLiteral("plugboard.org");
}

QString appId()
{
    return QStringLiteral(PLUGBOARD_APP_ID);
}

QString version()
{
    return QStringLiteral(PLUGBOARD_VERSION);
}

void applyToApplication()
{
    QCoreApplication::setApplicationName(applicationName());
    // No organization name: settings live in ~/.config/plugboard/, not a
    // vendor subfolder, which is what people expect on Linux.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(organizationDomain());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace Plugboard::ApplicationInfo

#include "core/platformsettings.h"

#include "core/applicationinfo.h"

#include <QCoreApplication>
#include <QSettings>

namespace Plugboard::PlatformSettings {

namespace {

QString proxyKey(const QString& platformId)
{
    return QStringLiteral("platforms/%1/tokenExchangeProxy").arg(platformId);
}

} // namespace

QUrl tokenExchangeProxy(const QString& platformId)
{
    const QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    const QUrl url(settings.value(proxyKey(platformId)).toString());
    return isAllowedEndpoint(url) ? url : QUrl();
}

Result<void> setTokenExchangeProxy(const QString& platformId, const QUrl& url)
{
    if (!url.isEmpty() && !isAllowedEndpoint(url))
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::PlatformSettings",
                           "The token-exchange proxy must be an https:// URL (http:// only "
                           "for 127.0.0.1 or localhost).") };
    QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    if (url.isEmpty())
        settings.remove(proxyKey(platformId));
    else
        settings.setValue(proxyKey(platformId), url.toString());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error { ErrorCode::StorageFailed,
                       QCoreApplication::translate("Plugboard::PlatformSettings",
                                                   "Could not write %1. Check that the folder is writable.")
                           .arg(ApplicationInfo::settingsFilePath()) };
    return {};
}

QList<CredentialField> requiredCredentials(const PlatformRecord& record)
{
    const bool viaProxy = tokenExchangeProxy(record.id).isValid();
    QList<CredentialField> fields = record.credentials;
    for (CredentialField& field : fields)
        field.required = field.required && !(viaProxy && field.type == CredentialType::OAuthClientSecret);
    return fields;
}

} // namespace Plugboard::PlatformSettings

#include "ui/grantpresentation.h"

#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/connectionnaming.h"
#include "ui/relativetime.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Plugboard::GrantPresentation {

namespace {

// Gives lupdate a context for these free functions.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::GrantPresentation)
};

} // namespace

QString appName(const QString& app)
{
    for (const QLatin1String prefix : { QLatin1String("flatpak:"), QLatin1String("snap:") }) {
        if (app.startsWith(prefix))
            return app.mid(prefix.size());
    }
    const QString fileName = QFileInfo(app).fileName();
    return fileName.isEmpty() ? app : fileName;
}

QString usage(const AppGrant& grant, const QDateTime& now)
{
    if (!grant.lastUsed.isValid() || grant.uses <= 0)
        return Texts::tr("not used yet");
    return Texts::tr("last used %1 · %n time(s)", nullptr, int(std::min<qint64>(grant.uses, INT_MAX)))
        .arg(RelativeTime::describe(grant.lastUsed, now));
}

QList<GrantEntry> entries(const QList<PlatformRecord>& platforms, const QList<Connection>& connections)
{
    QList<GrantEntry> found;
    for (const Connection& connection : connections) {
        const auto record = std::find_if(platforms.cbegin(), platforms.cend(), [&](const PlatformRecord& r) {
            return r.id == connection.platformId;
        });
        const QString platform = record != platforms.cend() ? record->name : connection.platformId;
        const QString name = ConnectionNaming::shown(platform, connection);
        for (const AppGrant& grant : connection.grants)
            found.append({ connection.id(), name, grant });
    }
    std::stable_sort(found.begin(), found.end(), [](const GrantEntry& a, const GrantEntry& b) {
        if (a.connectionName != b.connectionName)
            return a.connectionName.localeAwareCompare(b.connectionName) < 0;
        return appName(a.grant.app).localeAwareCompare(appName(b.grant.app)) < 0;
    });
    return found;
}

} // namespace Plugboard::GrantPresentation

#include "core/backup/backupitem.h"

namespace Plugboard {

QString BackupItem::key() const
{
    return kindName(kind) + QLatin1Char(':') + id;
}

QString BackupItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Credentials:
        return QStringLiteral("credentials");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::AppSecret:
        return QStringLiteral("app_secret");
    case Kind::Setting:
        return QStringLiteral("setting");
    }
    return QString();
}

QString BackupItem::describe() const
{
    switch (kind) {
    case Kind::Provider:
        return detail.isEmpty() ? tr("custom provider %1").arg(id)
                                : tr("custom provider %1 (%2)").arg(id, detail);
    case Kind::Credentials:
        return tr("app credentials of %1").arg(id);
    case Kind::Connection:
        return detail.isEmpty() ? tr("connection %1").arg(id) : tr("connection %1 (%2)").arg(id, detail);
    case Kind::AppSecret:
        // The key ends in a hash of the secret's name: its start tells two apart.
        return tr("secret %1… of the application %2").arg(id.section(QLatin1Char('/'), -1).left(8), detail);
    case Kind::Setting:
        return tr("setting %1").arg(id);
    }
    return id;
}

} // namespace Plugboard

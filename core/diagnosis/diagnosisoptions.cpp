#include "core/diagnosis/diagnosisoptions.h"

#include "core/applicationinfo.h"
#include "core/audit/auditlog.h"
#include "core/storage/connectionstore.h"
#include "core/storage/vaultfile.h"

namespace Plugboard {

QList<CheckedPath> DiagnosisOptions::defaultPaths()
{
    return {
        { tr("Settings file"), ApplicationInfo::settingsFilePath(), CheckedPath::Kind::File },
        { tr("Connections file"), ConnectionStore::defaultFilePath(), CheckedPath::Kind::File },
        { tr("Audit folder"), AuditLog::defaultFolder(), CheckedPath::Kind::Folder },
        { tr("Vault file"), VaultFile::defaultFilePath(), CheckedPath::Kind::File },
    };
}

void DiagnosisOptions::useClockServerOf(const PlatformRecord& record)
{
    QUrl server;
    server.setScheme(record.tokenEndpoint.scheme());
    server.setHost(record.tokenEndpoint.host());
    server.setPort(record.tokenEndpoint.port());
    server.setPath(QStringLiteral("/"));
    clockServer = server;
    clockServerName = record.name;
}

const PlatformRecord* DiagnosisOptions::defaultClockPlatform(const QList<PlatformRecord>& records)
{
    const PlatformRecord* first = nullptr;
    for (const PlatformRecord& record : records) {
        if (record.custom || record.tokenEndpoint.scheme() != QLatin1String("https"))
            continue;
        if (!first || record.id < first->id)
            first = &record;
    }
    return first;
}

} // namespace Plugboard

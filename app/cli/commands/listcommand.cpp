#include "app/cli/commands/listcommand.h"

#include "app/cli/console.h"
#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/refreshtokenlifetime.h"
#include "core/lifecycle/staterules.h"
#include "core/storage/connectionstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::Cli {

ListCommand::ListCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs."))
{ }

ListCommand::~ListCommand() = default;

QString ListCommand::summary() const
{
    return tr("Lists the connections and their states.");
}

void ListCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
}

void ListCommand::run(const QCommandLineParser& parser, Console& console)
{
    ConnectionStore store;
    if (Result<void> loaded = store.load(); !loaded) {
        failLater(console, loaded.error());
        return;
    }
    // Each platform's record parsed once: states as the window shows them
    // (stored state, expiry and scopes) and refresh-token limits need it.
    QHash<QString, std::optional<PlatformRecord>> records;
    const auto recordOf = [&records](const Connection& connection) -> const PlatformRecord* {
        if (!records.contains(connection.platformId)) {
            Result<PlatformRecord> record = PlatformCatalog::loadOne(connection.platformId);
            records.insert(connection.platformId,
                           record ? std::optional<PlatformRecord>(std::move(record).value()) : std::nullopt);
        }
        const std::optional<PlatformRecord>& record = records[connection.platformId];
        return record ? &*record : nullptr;
    };
    const auto stateOf = [&recordOf](const Connection& connection) {
        return StateRules::shownState(connection, recordOf(connection));
    };
    const QList<Connection> connections = store.connections();
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const Connection& connection : connections)
            list.append(toJson(connection, recordOf(connection)));
        console.data(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const Connection& connection : connections)
            console.data(QStringLiteral("%1\t%2\t%3")
                             .arg(connection.id(), stateLabel(stateOf(connection)), connection.accountName));
        if (connections.isEmpty())
            console.hint(tr("No connections yet. Run `plugboard-cli connect PLATFORM`."));
    }
    finishLater(ExitCode::Ok);
}

QJsonObject ListCommand::toJson(const Connection& connection, const PlatformRecord* record)
{
    const ConnectionState state = StateRules::shownState(connection, record);
    const RefreshTokenLifetime refreshEnd = RefreshTokenLifetime::of(connection, record);
    const auto time = [](const QDateTime& when) {
        return when.isValid() ? QJsonValue(when.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject object {
        { QStringLiteral("id"), connection.id() },
        { QStringLiteral("platform"), connection.platformId },
        { QStringLiteral("account_id"), connection.accountId },
        { QStringLiteral("account"), connection.accountName },
        { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("expires_at"), time(connection.expiresAt) },
        { QStringLiteral("refreshes_automatically"), connection.refreshable },
        { QStringLiteral("last_checked"), time(connection.lastChecked) },
        { QStringLiteral("refresh_token_expires_at"), time(refreshEnd.endsAt) },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(connection.grantedScopes) },
    };
    if (connection.hasLastError())
        object.insert(QStringLiteral("last_error"),
                      QJsonObject { { QStringLiteral("code"), connection.lastError.codeName() },
                                    { QStringLiteral("message"), connection.lastError.message } });
    return object;
}

} // namespace Plugboard::Cli

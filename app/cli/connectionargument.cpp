#include "app/cli/connectionargument.h"

#include "app/cli/connectionmatch.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"

namespace Plugboard::Cli {

Command::Argument ConnectionArgument::argument()
{
    return { QStringLiteral("CONNECTION"),
             tr("PLATFORM, or PLATFORM/ACCOUNT when it has several accounts.") };
}

Result<Connection> ConnectionArgument::open(ConnectionStore& store, const QString& name)
{
    if (Result<void> loaded = store.load(); !loaded)
        return loaded.error();
    return resolve(store, name);
}

Result<Connection> ConnectionArgument::resolve(const ConnectionStore& store, const QString& name)
{
    const QString platformId = Connection::platformOf(name);
    const QList<Connection> matches = ConnectionMatch::find(store, name);
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty() && store.connectionsForPlatform(platformId).isEmpty()
        && !PlatformCatalog::loadOne(platformId))
        return Error { ErrorCode::UnknownConnection,
                       tr("There is no connection \"%1\", and no platform called \"%2\". Run `plugboard-cli "
                          "list` to see the connections and `plugboard-cli providers` to see the platforms.")
                           .arg(name, platformId) };
    if (matches.isEmpty())
        return Error {
            ErrorCode::UnknownConnection,
            tr("There is no connection \"%1\". Run `plugboard-cli list` to see the connections, or "
               "`plugboard-cli connect %2` to add one.")
                .arg(name, platformId)
        };
    QStringList choices;
    for (const Connection& connection : std::as_const(matches))
        choices.append(QStringLiteral("  %1  (%2)").arg(connection.id(), connection.accountName));
    return Error { ErrorCode::AmbiguousConnection,
                   tr("\"%1\" matches %2 connections; name one of them:\n%3")
                       .arg(name)
                       .arg(matches.size())
                       .arg(choices.join(QLatin1Char('\n'))) };
}

} // namespace Plugboard::Cli

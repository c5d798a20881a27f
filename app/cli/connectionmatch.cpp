#include "app/cli/connectionmatch.h"

#include "core/storage/connectionstore.h"

namespace Plugboard::Cli::ConnectionMatch {

QList<Connection> find(const ConnectionStore& store, const QString& name)
{
    const QList<Connection> ofPlatform = store.connectionsForPlatform(Connection::platformOf(name));
    if (!name.contains(QLatin1Char('/')))
        return ofPlatform;
    const QString account = Connection::accountOf(name);
    QList<Connection> matches;
    for (const Connection& connection : ofPlatform) {
        if (connection.accountId == account)
            return { connection }; // an id is unique: no need to look further
        if (connection.accountName == account)
            matches.append(connection);
    }
    return matches;
}

} // namespace Plugboard::Cli::ConnectionMatch

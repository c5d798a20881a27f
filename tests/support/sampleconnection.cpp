#include "tests/support/sampleconnection.h"

namespace Plugboard::Test {

Connection sampleConnection(const QString& platformId, const QString& accountName, ConnectionState state,
                            std::chrono::seconds expiresIn, const QStringList& scopes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Connection connection;
    connection.platformId = platformId;
    connection.accountId = accountName;
    connection.accountName = accountName;
    connection.state = state;
    connection.grantedScopes = scopes;
    connection.requestedScopes = scopes;
    connection.refreshable = true;
    connection.expiresAt = now.addSecs(expiresIn.count());
    connection.lastChecked = now.addSecs(-60);
    return connection;
}

} // namespace Plugboard::Test

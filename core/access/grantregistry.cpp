#include "core/access/grantregistry.h"

#include "core/audit/audittrail.h"
#include "core/storage/connectionstore.h"

namespace Plugboard {

GrantRegistry::GrantRegistry(ConnectionStore* connections)
    : m_connections(connections)
{ }

QList<GrantRegistry::Entry> GrantRegistry::all() const
{
    QList<Entry> entries;
    for (const Connection& connection : m_connections->connections()) {
        for (const AppGrant& grant : connection.grants)
            entries.append({ connection.id(), grant });
    }
    return entries;
}

bool GrantRegistry::isAllowed(const QString& connectionId, const QString& app) const
{
    // A failed re-read keeps what was read last: a damaged file is reported
    // where it is shown, and grants are only ever taken away by a change.
    (void)m_connections->reload();
    const std::optional<Connection> connection = m_connections->connection(connectionId);
    return connection && connection->grantFor(app);
}

Result<void> GrantRegistry::allow(const QString& connectionId, const QString& app)
{
    if (Result<void> valid = AppGrant::checkApp(app); !valid)
        return valid;
    bool added = false;
    const Result<void> updated = m_connections->update(connectionId, [&app, &added](Connection& connection) {
        added = !connection.grantFor(app);
        if (added)
            connection.grants.append({ app, QDateTime::currentDateTimeUtc(), {}, 0 });
    });
    if (updated && added)
        AuditTrail::note(AuditEvent::GrantGiven, connectionId, AuditTrail::ok(), app);
    return updated;
}

Result<int> GrantRegistry::revoke(const QString& app, const QString& connectionId)
{
    if (Result<void> valid = AppGrant::checkApp(app); !valid)
        return valid.error();
    if (Result<void> loaded = m_connections->reload(); !loaded)
        return loaded.error();
    int removed = 0;
    for (const Connection& connection : m_connections->connections()) {
        if (!connectionId.isEmpty() && connection.id() != connectionId)
            continue;
        if (!connection.grantFor(app))
            continue;
        Result<void> changed = m_connections->update(connection.id(), [&app](Connection& stored) {
            stored.grants.removeIf([&app](const AppGrant& grant) { return grant.app == app; });
        });
        if (!changed && changed.error().code != ErrorCode::UnknownConnection)
            return changed.error();
        AuditTrail::note(AuditEvent::GrantRevoked, connection.id(), AuditTrail::ok(), app);
        ++removed;
    }
    if (removed > 0)
        return removed;
    if (!connectionId.isEmpty() && !m_connections->connection(connectionId))
        return Error {
            ErrorCode::UnknownConnection,
            tr("There is no connection \"%1\". Run `plugboard-cli list` to see them.").arg(connectionId)
        };
    return Error { ErrorCode::InvalidArgument,
                   (connectionId.isEmpty()
                        ? tr("%1 has no access to any connection; nothing was revoked.").arg(app)
                        : tr("%1 has no access to %2; nothing was revoked.").arg(app, connectionId)) };
}

Result<void> GrantRegistry::recordUse(const QString& connectionId, const QString& app)
{
    return m_connections->update(connectionId, [&app](Connection& connection) {
        for (AppGrant& grant : connection.grants) {
            if (grant.app != app)
                continue;
            grant.lastUsed = QDateTime::currentDateTimeUtc();
            ++grant.uses;
        }
    });
}

} // namespace Plugboard

#pragma once

#include "core/result.h"
#include "core/storage/appgrant.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Plugboard {

class ConnectionStore;

/// Which applications may take which connection's tokens: the grants kept
/// in each connection's metadata, read and changed through the connection
/// store, so the command line and the running app see each other's changes
/// and a grant goes away with its connection.
class GrantRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::GrantRegistry)

public:
    /// One grant and the connection it opens.
    struct Entry
    {
        QString connectionId;
        AppGrant grant;
    };

    /// `connections` must outlive the registry; it should be loaded.
    explicit GrantRegistry(ConnectionStore* connections);

    /// Every grant, by connection and then in the order given.
    QList<Entry> all() const;
    /// Whether `app` may take `connectionId`'s tokens, as the file says now
    /// (re-read first, so a grant revoked by another process counts at once).
    bool isAllowed(const QString& connectionId, const QString& app) const;

    /// Lets `app` take `connectionId`'s tokens; keeps an existing grant's
    /// history. UnknownConnection or InvalidArgument (see AppGrant::checkApp()).
    Result<void> allow(const QString& connectionId, const QString& app);
    /// Takes `app`'s access to `connectionId` away, or to every connection
    /// when `connectionId` is empty; returns how many grants went. Revoking
    /// what was never granted is InvalidArgument, saying so.
    Result<int> revoke(const QString& app, const QString& connectionId = QString());
    /// Notes one hand-out under the grant: its time and count.
    Result<void> recordUse(const QString& connectionId, const QString& app);

private:
    ConnectionStore* m_connections = nullptr;
};

} // namespace Plugboard

#include "connectionmonitor.h"

#include "lifecycle/connectionstatus.h"
#include "lifecycle/healthcheck.h"
#include "lifecycle/refreshscheduler.h"
#include "lifecycle/tokenservice.h"
#include "storage/connectionstore.h"

namespace Plugboard {

ConnectionMonitor::ConnectionMonitor(TokenService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_scheduler(new RefreshScheduler(service, this))
{
    connect(m_service->connections(), &ConnectionStore::changed, this, &ConnectionMonitor::changed);
    connect(m_scheduler, &RefreshScheduler::stateChangeDue, this, &ConnectionMonitor::changed);
    connect(m_service, &TokenService::refreshStarted, this, &ConnectionMonitor::onRefreshStarted);
    connect(m_service, &TokenService::refreshFinished, this, &ConnectionMonitor::onRefreshFinished);
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::start()
{
    m_scheduler->start();
}

QList<Connection> ConnectionMonitor::connections() const
{
    QList<Connection> shown = m_service->connections()->connections();
    for (Connection& connection : shown) {
        if (m_refreshing.contains(connection.id())) {
            connection.state = ConnectionState::Refreshing;
            continue;
        }
        const std::optional<PlatformRecord> record = m_service->record(connection.platformId);
        connection.state = ConnectionStatus::effectiveState(
            connection, ConnectionStatus::wantedScopes(connection, record ? &*record : nullptr));
    }
    return shown;
}

void ConnectionMonitor::checkNow(const QString& connectionId)
{
    if (m_checking.contains(connectionId))
        return;
    m_checking.insert(connectionId);
    auto* check = new HealthCheck(m_service, connectionId, this);
    connect(check, &HealthCheck::finished, this, &ConnectionMonitor::onChecked);
    check->start();
    Q_EMIT changed();
}

void ConnectionMonitor::checkAll()
{
    // One at a time: a burst of parallel requests to every platform helps
    // nobody, and the keyring serialises the reads anyway.
    const QList<Connection> all = m_service->connections()->connections();
    for (const Connection& connection : all) {
        if (!m_queued.contains(connection.id()) && !m_checking.contains(connection.id()))
            m_queued.append(connection.id());
    }
    if (m_checking.isEmpty())
        checkNextQueued();
}

void ConnectionMonitor::checkNextQueued()
{
    if (!m_queued.isEmpty())
        checkNow(m_queued.takeFirst());
}

void ConnectionMonitor::onChecked(HealthCheck* check)
{
    m_checking.remove(check->connectionId());
    Q_EMIT checkFinished(check->connectionId(), check->error());
    Q_EMIT changed();
    checkNextQueued();
}

void ConnectionMonitor::onRefreshStarted(const QString& connectionId)
{
    m_refreshing.insert(connectionId);
    Q_EMIT changed();
}

void ConnectionMonitor::onRefreshFinished(const QString& connectionId)
{
    m_refreshing.remove(connectionId);
    Q_EMIT changed();
}

} // namespace Plugboard

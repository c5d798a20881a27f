#include "core/lifecycle/connectionmonitor.h"

#include "core/lifecycle/healthcheck.h"
#include "core/lifecycle/refreshscheduler.h"
#include "core/lifecycle/staterules.h"
#include "core/lifecycle/tokenservice.h"
#include "core/storage/connectionstore.h"

#include <QHash>
#include <QTimer>

namespace Plugboard {

ConnectionMonitor::ConnectionMonitor(TokenService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_scheduler(new RefreshScheduler(service, this))
    , m_announce(new QTimer(this))
{
    // A renewal changes the metadata and ends the Refreshing state in the
    // same turn of the event loop: say "changed" once for both, so the
    // window rebuilds its cards once.
    m_announce->setSingleShot(true);
    m_announce->setInterval(0);
    connect(m_announce, &QTimer::timeout, this, &ConnectionMonitor::changed);
    connect(m_service->connections(), &ConnectionStore::changed, this, &ConnectionMonitor::announce);
    connect(m_scheduler, &RefreshScheduler::stateChangeDue, this, &ConnectionMonitor::announce);
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
    // One look-up per platform, not per account: 500 accounts share a
    // few records, and a look-up copies one.
    QHash<QString, std::optional<PlatformRecord>> records;
    for (Connection& connection : shown) {
        if (m_refreshing.contains(connection.id())) {
            connection.state = ConnectionState::Refreshing;
            continue;
        }
        auto record = records.constFind(connection.platformId);
        if (record == records.constEnd())
            record = records.insert(connection.platformId, m_service->record(connection.platformId));
        connection.state = StateRules::shownState(connection, *record ? &**record : nullptr);
    }
    return shown;
}

void ConnectionMonitor::checkNow(const QString& connectionId)
{
    if (m_checking.contains(connectionId))
        return;
    m_checking.insert(connectionId);
    auto* check = new HealthCheck(m_service, connectionId, this);
    startJob(check, this, &ConnectionMonitor::onChecked);
    announce();
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
    Q_EMIT checkFinished(check->connectionId(), check->error(), check->verifiedAtPlatform());
    announce();
    checkNextQueued();
}

void ConnectionMonitor::onRefreshStarted(const QString& connectionId)
{
    m_refreshing.insert(connectionId);
    announce();
}

void ConnectionMonitor::onRefreshFinished(const QString& connectionId)
{
    m_refreshing.remove(connectionId);
    announce();
}

void ConnectionMonitor::announce()
{
    if (!m_announce->isActive())
        m_announce->start();
}

} // namespace Plugboard

#include "core/lifecycle/tokenservice.h"

#include "core/audit/audittrail.h"
#include "core/lifecycle/refreshflight.h"
#include "core/lifecycle/refreshlock.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/storage/connectionstore.h"

#include <QFileInfo>

namespace Plugboard {

TokenService::TokenService(SecretStore* secrets, ConnectionStore* connections, QNetworkAccessManager* network,
                           RecordLookup records, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_connections(connections)
    , m_network(network)
    , m_records(std::move(records))
    , m_lockWaitLimit(RefreshLock::kDefaultWait)
{ }

TokenService::~TokenService()
{
    // Flights are children: they go with the service, releasing their locks.
}

ValidTokenJob* TokenService::validToken(const QString& connectionId, std::chrono::seconds minValidity)
{
    TokenNeed need;
    need.minValidity = minValidity;
    return new ValidTokenJob(this, connectionId, need);
}

ValidTokenJob* TokenService::renewRejected(const QString& connectionId, const QString& rejectedAccessToken)
{
    TokenNeed need;
    need.renewal = TokenNeed::Renewal::IfRejected;
    need.rejectedAccessToken = rejectedAccessToken;
    return new ValidTokenJob(this, connectionId, need);
}

ValidTokenJob* TokenService::renewNow(const QString& connectionId)
{
    TokenNeed need;
    need.renewal = TokenNeed::Renewal::Always;
    return new ValidTokenJob(this, connectionId, need);
}

QString TokenService::lockFolder() const
{
    return QFileInfo(m_connections->filePath()).absolutePath();
}

RefreshFlight* TokenService::flightFor(const QString& connectionId, const TokenNeed& need)
{
    if (RefreshFlight* running = m_flights.value(connectionId)) {
        running->join(need);
        return running;
    }
    auto* flight = new RefreshFlight(this, connectionId, need);
    m_flights.insert(connectionId, flight);
    startJob(flight, this, &TokenService::onFlightFinished);
    return flight;
}

void TokenService::onFlightFinished(RefreshFlight* flight)
{
    if (m_flights.value(flight->connectionId()) == flight)
        m_flights.remove(flight->connectionId());
}

void TokenService::noteRefreshOutcome(const QString& connectionId, const Error& error)
{
    if (error.isError())
        m_failures[connectionId] += 1;
    else
        m_failures.remove(connectionId);
    const AuditEvent event = !error.isError()   ? AuditEvent::ConnectionRenewed
        : error.code == ErrorCode::InvalidGrant ? AuditEvent::NeedsReconnect
                                                : AuditEvent::RenewalFailed;
    AuditTrail::note(event, connectionId, error.isError() ? error.codeName() : AuditTrail::ok());
    Q_EMIT refreshFinished(connectionId, error);
}

} // namespace Plugboard

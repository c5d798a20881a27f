#include "tokenservice.h"

#include "lifecycle/refreshflight.h"
#include "lifecycle/refreshlock.h"
#include "lifecycle/validtokenjob.h"
#include "storage/connectionstore.h"

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
    return new ValidTokenJob(this, connectionId, minValidity, QString());
}

ValidTokenJob* TokenService::renewRejected(const QString& connectionId, const QString& rejectedAccessToken)
{
    return new ValidTokenJob(this, connectionId, kDefaultMinValidity, rejectedAccessToken);
}

ValidTokenJob* TokenService::renewNow(const QString& connectionId)
{
    // Longer than any token lives: the stored one is never good enough.
    constexpr std::chrono::seconds kLongerThanAnyToken = std::chrono::hours(24 * 365 * 10);
    return new ValidTokenJob(this, connectionId, kLongerThanAnyToken, QString());
}

QString TokenService::lockFolder() const
{
    return QFileInfo(m_connections->filePath()).absolutePath();
}

RefreshFlight* TokenService::flightFor(const QString& connectionId, std::chrono::seconds minValidity,
                                       const QString& rejectedAccessToken, const QString& seenAccessToken)
{
    if (RefreshFlight* running = m_flights.value(connectionId)) {
        running->raiseMinValidity(minValidity);
        return running;
    }
    auto* flight = new RefreshFlight(this, connectionId, minValidity, rejectedAccessToken, seenAccessToken);
    m_flights.insert(connectionId, flight);
    connect(flight, &RefreshFlight::finished, this, &TokenService::onFlightFinished);
    flight->start();
    return flight;
}

void TokenService::onFlightFinished(RefreshFlight* flight)
{
    if (m_flights.value(flight->connectionId()) == flight)
        m_flights.remove(flight->connectionId());
    flight->deleteLater();
}

void TokenService::noteRefreshOutcome(const QString& connectionId, const Error& error)
{
    if (error.isError())
        m_failures[connectionId] += 1;
    else
        m_failures.remove(connectionId);
    Q_EMIT refreshFinished(connectionId, error);
}

} // namespace Plugboard

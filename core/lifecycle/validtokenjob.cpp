#include "core/lifecycle/validtokenjob.h"

#include "core/lifecycle/refreshflight.h"
#include "core/lifecycle/tokenservice.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QTimer>

namespace Plugboard {

ValidTokenJob::ValidTokenJob(TokenService* service, const QString& connectionId, TokenNeed need)
    : Job(service)
    , m_service(service)
    , m_connectionId(connectionId)
    , m_need(std::move(need))
{ }

ValidTokenJob::~ValidTokenJob() = default;

void ValidTokenJob::run()
{
    const QString platformId = Connection::platformOf(m_connectionId);
    const QString accountId = Connection::accountOf(m_connectionId);
    if (platformId.isEmpty() || accountId.isEmpty()) {
        emitFinished({ ErrorCode::UnknownConnection,
                       tr("\"%1\" is not a connection id (platform/account).").arg(m_connectionId) });
        return;
    }
    if (const std::optional<Error> refusal = needsReconnect(); refusal) {
        emitFinished(*refusal);
        return;
    }
    startJob(m_service->secrets()->read(SecretStore::connectionKey(platformId, accountId)), this,
             &ValidTokenJob::onRead);
}

std::optional<Error> ValidTokenJob::needsReconnect() const
{
    ConnectionStore* store = m_service->connections();
    std::optional<Connection> connection = store->connection(m_connectionId);
    if (!connection || connection->state != ConnectionState::NeedsReconnect)
        return std::nullopt;
    // Rare, and maybe reconnected by another process a moment ago: look
    // again before refusing.
    (void)store->reload();
    connection = store->connection(m_connectionId);
    if (!connection || connection->state != ConnectionState::NeedsReconnect)
        return std::nullopt;
    Error why = connection->lastError;
    why.code = ErrorCode::InvalidGrant; // "reconnect", for programs and exit codes alike
    if (why.message.isEmpty())
        why.message = tr("%1 needs you to sign in again. Reconnect it.").arg(m_connectionId);
    return why;
}

void ValidTokenJob::onRead(SecretJob* job)
{
    if (job->error().isError() && job->error().code != ErrorCode::SecretNotFound) {
        emitFinished(job->error());
        return;
    }
    if (!job->error().isError()) {
        if (Result<TokenSet> tokens = TokenSet::fromJson(job->value()); tokens) {
            m_need.seenAccessToken = tokens.value().accessToken;
            if (m_need.isMetBy(tokens.value())) {
                m_tokens = std::move(tokens).value();
                emitFinished({});
                return;
            }
        }
    }
    // Missing, damaged, expiring or refused: the flight sorts it out under
    // the lock, where it can also tell "needs reconnect" from "locked".
    joinFlight();
}

void ValidTokenJob::joinFlight()
{
    if (!m_service) {
        emitFinished({ ErrorCode::Cancelled, tr("Plugboard is shutting down.") });
        return;
    }
    ++m_flightsJoined;
    RefreshFlight* flight = m_service->flightFor(m_connectionId, m_need);
    onFinished(flight, this, &ValidTokenJob::onFlightFinished);
}

void ValidTokenJob::onFlightFinished(RefreshFlight* flight)
{
    if (flight->error().isError()) {
        emitFinished(flight->error());
        return;
    }
    const TokenSet& tokens = flight->tokens();
    // A flight another caller started may have found tokens good enough
    // for that caller but not for this one: one more flight settles it.
    // A renewed token is handed out whatever its lifetime, also one renewed
    // by another caller while this one waited: the platform cannot do
    // better, and asking again would renew once per caller.
    const bool enough = m_need.isMetBy(tokens) || flight->refreshed() || flight->renewedElsewhere()
        || (tokens.refreshToken.isEmpty() && tokens.isValidFor(std::chrono::seconds(0)));
    if (!enough && m_flightsJoined < 2) {
        joinFlight();
        return;
    }
    m_tokens = tokens;
    m_refreshed = flight->refreshed();
    emitFinished({});
}

void ValidTokenJob::finishing()
{
    if (error().isError())
        m_tokens = {};
}

} // namespace Plugboard

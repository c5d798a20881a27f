#include "core/lifecycle/healthcheck.h"

#include "core/audit/audittrail.h"
#include "core/lifecycle/staterules.h"
#include "core/lifecycle/tokenservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/oauth/identityrequest.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHealth, "plugboard.lifecycle.check")

namespace Plugboard {

namespace {

/// Failures that say something about this computer, not the connection.
bool isLocalTrouble(ErrorCode code)
{
    switch (code) {
    case ErrorCode::KeyringUnavailable:
    case ErrorCode::KeyringLocked:
    case ErrorCode::KeyringAccessDenied:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::StorageFailed:
    case ErrorCode::CorruptFile:
    case ErrorCode::UnsupportedFileVersion:
    case ErrorCode::UnknownConnection:
    case ErrorCode::UnknownPlatform:
    case ErrorCode::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

HealthCheck::HealthCheck(TokenService* service, const QString& connectionId, QObject* parent)
    : Job(parent)
    , m_service(service)
    , m_connectionId(connectionId)
{ }

HealthCheck::~HealthCheck() = default;

void HealthCheck::run()
{
    startJob(m_service->validToken(m_connectionId), this, &HealthCheck::onToken);
}

void HealthCheck::onToken(ValidTokenJob* job)
{
    if (job->error().isError()) {
        // A failed renewal has already recorded the connection's state; note
        // only that the check happened, unless the trouble is on this
        // computer and says nothing about the connection.
        if (!isLocalTrouble(job->error().code))
            markChecked();
        emitFinished(job->error());
        return;
    }
    m_accessToken = job->tokens().accessToken;
    const std::optional<PlatformRecord> platform = m_service->record(Connection::platformOf(m_connectionId));
    if (!platform) {
        emitFinished({ ErrorCode::UnknownPlatform,
                       tr("Plugboard does not know the platform of %1 any more.").arg(m_connectionId) });
        return;
    }
    m_record = *platform;
    if (m_record.userinfoEndpoint.isEmpty()) {
        // Nothing to ask the platform with. A renewal that just worked is
        // proof the grant is alive; a token merely read from the keyring is
        // not, and calling it "checked" would be a lie.
        if (job->refreshed()) {
            record(ConnectionState::Connected, {});
        } else {
            m_verified = false;
            if (const std::optional<Connection> c = m_service->connections()->connection(m_connectionId))
                m_state = StateRules::shownState(*c, &m_record);
        }
        emitFinished({});
        return;
    }
    auto* identity = new IdentityRequest(m_record, job->tokens(), m_service->network(), this);
    startJob(identity, this, &HealthCheck::onIdentity);
}

void HealthCheck::onIdentity(IdentityRequest* request)
{
    const int status = request->httpStatus();
    if (!request->error().isError()) {
        record(ConnectionState::Connected, {});
        emitFinished({});
        return;
    }
    const bool apiKey = m_record.authKind == AuthKind::Token;
    if (apiKey && (status == 401 || status == 403)) {
        // A key cannot be renewed: only the person can make a new one.
        const Error refused { ErrorCode::InvalidGrant,
                              tr("%1 refused the API key of %2 (HTTP %3): it was revoked or has expired. "
                                 "Create a new key at %4 and connect again with it.")
                                  .arg(m_record.name, m_connectionId)
                                  .arg(status)
                                  .arg(m_record.helpUrl.toString()) };
        record(ConnectionState::NeedsReconnect, refused);
        emitFinished(refused);
        return;
    }
    if (status == 401 && !m_renewed) {
        // The token was refused before its expiry (revoked, or the
        // platform rotated keys): renew once and ask again.
        m_renewed = true;
        ValidTokenJob* job = m_service->renewRejected(m_connectionId, m_accessToken);
        startJob(job, this, &HealthCheck::onToken);
        return;
    }
    Error error = request->error();
    if (status == 401)
        error = { ErrorCode::InvalidGrant,
                  tr("%1 refused a freshly renewed token for %2 (HTTP 401). Reconnect to sign in again.")
                      .arg(m_record.name, m_connectionId) };
    else if (status > 0)
        error.message = tr("%1 answered the check of %2 with HTTP %3. If this persists, check the app's "
                           "permissions at %1 or reconnect.")
                            .arg(m_record.name, m_connectionId)
                            .arg(status);
    record(StateRules::stateAfterFailure(error, status), error);
    emitFinished(error);
}

void HealthCheck::markChecked()
{
    const Result<void> updated = m_service->connections()->update(
        m_connectionId, [](Connection& c) { c.lastChecked = QDateTime::currentDateTimeUtc(); });
    if (const std::optional<Connection> c = m_service->connections()->connection(m_connectionId))
        m_state = c->state;
    if (!updated)
        qCWarning(lcHealth) << "could not record the check of" << m_connectionId << ":"
                            << updated.error().codeName();
}

void HealthCheck::record(ConnectionState state, const Error& error)
{
    m_state = state;
    const Result<void> updated = m_service->connections()->update(m_connectionId, [&](Connection& c) {
        c.lastChecked = QDateTime::currentDateTimeUtc();
        c.state = state;
        c.setLastError(error);
        if (state == ConnectionState::Connected)
            m_state = StateRules::shownState(c, &m_record);
    });
    if (!updated)
        qCWarning(lcHealth) << "could not record the check of" << m_connectionId << ":"
                            << updated.error().codeName();
}

void HealthCheck::finishing()
{
    m_accessToken.clear();
    AuditTrail::note(AuditEvent::ConnectionChecked, m_connectionId,
                     error().isError() ? error().codeName() : AuditTrail::ok());
    qCInfo(lcHealth) << "check of" << m_connectionId << "ended with" << error().codeName();
}

} // namespace Plugboard

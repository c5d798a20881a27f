#include "core/lifecycle/refreshflight.h"

#include "core/lifecycle/refreshlock.h"
#include "core/lifecycle/staterules.h"
#include "core/lifecycle/tokenservice.h"
#include "core/oauth/tokenfields.h"
#include "core/oauth/tokenrefreshrequest.h"
#include "core/platformsettings.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFlight, "plugboard.lifecycle.refresh")

namespace Plugboard {

RefreshFlight::RefreshFlight(TokenService* service, const QString& connectionId, TokenNeed need)
    : Job(service)
    , m_service(service)
    , m_connectionId(connectionId)
    , m_platformId(Connection::platformOf(connectionId))
    , m_accountId(Connection::accountOf(connectionId))
    , m_need(std::move(need))
{ }

RefreshFlight::~RefreshFlight() = default;

void RefreshFlight::run()
{
    m_lock = new RefreshLock(m_service->lockFolder(), m_connectionId, this);
    m_lock->setWaitLimit(m_service->lockWaitLimit());
    connect(m_lock, &RefreshLock::acquired, this, &RefreshFlight::onLocked);
    connect(m_lock, &RefreshLock::failed, this, [this](const Error& error) { emitFinished(error); });
    m_lock->acquire();
}

void RefreshFlight::onLocked()
{
    // Read under the lock: another process may have renewed the tokens while
    // this one waited, and its refresh token is the only one still valid.
    SecretJob* read = m_service->secrets()->read(SecretStore::connectionKey(m_platformId, m_accountId));
    startJob(read, this, &RefreshFlight::onTokensRead);
}

void RefreshFlight::onTokensRead(SecretJob* job)
{
    if (job->error().code == ErrorCode::SecretNotFound) {
        onTokensMissing();
        return;
    }
    if (job->error().isError()) {
        emitFinished(job->error());
        return;
    }
    Result<TokenSet> stored = TokenSet::fromJson(job->value());
    if (!stored) {
        emitFinished({ stored.error().code,
                       tr("The saved sign-in of %1 is damaged (%2). Reconnect to replace it.")
                           .arg(m_connectionId, stored.error().message) });
        return;
    }
    m_tokens = std::move(stored).value();
    if (m_need.isMetBy(m_tokens)) {
        emitFinished({});
        return;
    }
    if (m_need.isRenewedElsewhere(m_tokens)) {
        qCDebug(lcFlight) << "took the tokens of" << m_connectionId << "renewed while waiting";
        m_renewedElsewhere = true;
        emitFinished({});
        return;
    }
    const bool rejected = m_need.isRejected(m_tokens);
    if (m_tokens.refreshToken.isEmpty()) {
        // Nothing to renew with: a token that still works is better than
        // none; an expired one needs the user.
        if (!rejected && m_tokens.isValidFor(std::chrono::seconds(0))) {
            emitFinished({});
            return;
        }
        const Error expired { ErrorCode::InvalidGrant,
                              tr("The sign-in of %1 has expired and the platform gives Plugboard no way to "
                                 "renew it. Reconnect to sign in again.")
                                  .arg(m_connectionId) };
        recordFailure(expired, 0);
        return;
    }
    const std::optional<PlatformRecord> record = m_service->record(m_platformId);
    if (!record) {
        emitFinished(
            { ErrorCode::UnknownPlatform,
              tr("Plugboard does not know the platform \"%1\" any more, so it cannot renew %2. Add the "
                 "platform again or disconnect the account.")
                  .arg(m_platformId, m_connectionId) });
        return;
    }
    m_record = *record;
    Q_EMIT m_service->refreshStarted(m_connectionId);
    CredentialsJob* credentials = CredentialsJob::load(m_service->secrets(), m_record, this);
    startJob(credentials, this, &RefreshFlight::onCredentials);
}

void RefreshFlight::onCredentials(CredentialsJob* job)
{
    if (job->error().isError()) {
        m_service->noteRefreshOutcome(m_connectionId, job->error());
        emitFinished(job->error());
        return;
    }
    if (job->credentials().clientId.isEmpty()) {
        // Nothing to authenticate with: asking the platform would only earn
        // an invalid_client. Say what is missing, and change nothing. (A
        // locked keyring was reported by the credentials job already.)
        const Error missing {
            ErrorCode::MissingCredentials,
            tr("%1 has no app credentials any more, so Plugboard cannot renew %2. Set up the "
               "credentials again.")
                .arg(m_record.name, m_connectionId)
        };
        m_service->noteRefreshOutcome(m_connectionId, missing);
        emitFinished(missing);
        return;
    }
    auto* request
        = new TokenRefreshRequest(m_record, job->credentials().clientId, job->credentials().clientSecret,
                                  m_tokens.refreshToken, m_service->network(), this);
    request->setTimeout(int(m_service->requestTimeout().count()));
    request->setTokenExchangeProxy(PlatformSettings::tokenExchangeProxy(m_record.id));
    startJob(request, this, &RefreshFlight::onRefreshed);
}

void RefreshFlight::onRefreshed(TokenRefreshRequest* request)
{
    if (request->error().isError()) {
        recordFailure(request->error(), request->httpStatus());
        return;
    }
    // Merged with what is stored: no refresh token in the answer keeps the
    // old one, no scope keeps the granted scopes (RFC 6749 §6).
    TokenSet renewed = TokenFields::toTokenSet(request->fields(), m_tokens.grantedScopes,
                                               QDateTime::currentDateTimeUtc(), m_tokens.refreshToken);
    if (renewed.idToken.isEmpty())
        renewed.idToken = m_tokens.idToken;
    m_rotated = renewed.refreshToken != m_tokens.refreshToken;
    m_tokens = std::move(renewed);
    m_refreshed = true;
    // The window (class comment, point 3): from the platform accepting the
    // old refresh token until this write reaches the keyring, a rotated
    // refresh token exists only in this process. Killed in between, the
    // keyring keeps the consumed one and a reuse-detecting platform revokes
    // the grant at its next use: reconnect. tst_realpeers_crash measures it.
    SecretJob* write = m_service->secrets()->write(SecretStore::connectionKey(m_platformId, m_accountId),
                                                   m_tokens.toJson());
    startJob(write, this, &RefreshFlight::onTokensWritten);
}

void RefreshFlight::onTokensWritten(SecretJob* job)
{
    if (job->error().isError()) {
        // The platform may have rotated the refresh token and this answer
        // held the only copy: say so rather than pretend nothing happened.
        const Error lost { job->error().code,
                           tr("%1 renewed the sign-in of %2, but the keyring did not take the new tokens: %3 "
                              "If the connection stops working, reconnect.")
                               .arg(m_record.name, m_connectionId, job->error().message) };
        m_service->noteRefreshOutcome(m_connectionId, lost);
        emitFinished(lost);
        return;
    }
    const TokenSet tokens = m_tokens;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool rotated = m_rotated;
    const Result<void> updated = m_service->connections()->update(m_connectionId, [&](Connection& c) {
        c.expiresAt = tokens.expiresAt;
        c.grantedScopes = tokens.grantedScopes;
        c.refreshable = !tokens.refreshToken.isEmpty();
        c.lastRefresh = now;
        if (rotated) // a new refresh token: limits on its life count from now
            c.refreshIssuedAt = now;
        c.state = ConnectionState::Connected;
        c.setLastError({});
    });
    if (!updated) // the tokens are safe; the list catches up next time
        qCWarning(lcFlight) << "renewed" << m_connectionId
                            << "but could not update its metadata:" << updated.error().codeName();
    m_service->noteRefreshOutcome(m_connectionId, {});
    emitFinished({});
}

void RefreshFlight::recordFailure(const Error& error, int httpStatus)
{
    const ConnectionState state = StateRules::stateAfterFailure(error, httpStatus);
    const Result<void> updated = m_service->connections()->update(m_connectionId, [&](Connection& c) {
        c.state = state;
        c.setLastError(error);
        if (state == ConnectionState::NeedsReconnect)
            c.refreshable = false;
    });
    if (!updated)
        qCWarning(lcFlight) << "could not record the failure of" << m_connectionId << ":"
                            << updated.error().codeName();
    m_refreshError = error;
    if (state != ConnectionState::NeedsReconnect) {
        m_service->noteRefreshOutcome(m_connectionId, error);
        emitFinished(error);
        return;
    }
    // The platform refused the refresh token itself: it is dead, and so is
    // the access token it belonged to. Delete them; the app credentials,
    // the account and its metadata stay for the reconnect.
    SecretJob* remove = m_service->secrets()->remove(SecretStore::connectionKey(m_platformId, m_accountId));
    startJob(remove, this, &RefreshFlight::onDeadTokensRemoved);
}

void RefreshFlight::onDeadTokensRemoved(SecretJob* job)
{
    if (job->error().isError())
        qCWarning(lcFlight) << "could not delete the dead tokens of" << m_connectionId << ":"
                            << job->error().codeName();
    m_service->noteRefreshOutcome(m_connectionId, m_refreshError);
    emitFinished(m_refreshError);
}

void RefreshFlight::onTokensMissing()
{
    const Error missing = missingTokensError();
    // The metadata says connected, the store has nothing (cleared, or
    // another computer's profile): record it, or the card and the tray
    // would go on saying "Connected" after a check said otherwise.
    if (missing.code == ErrorCode::InvalidGrant)
        recordFailure(missing, 0);
    else
        emitFinished(missing);
}

Error RefreshFlight::missingTokensError() const
{
    ConnectionStore* store = m_service->connections();
    (void)store->reload();
    if (store->connection(m_connectionId))
        return { ErrorCode::InvalidGrant,
                 tr("%1 has no working sign-in any more. Reconnect to sign in again.").arg(m_connectionId) };
    return { ErrorCode::UnknownConnection,
             tr("There is no connection %1. Run \"plugboard-cli list\" to see the connections.")
                 .arg(m_connectionId) };
}

void RefreshFlight::finishing()
{
    if (error().isError())
        m_tokens = {};
    if (m_lock)
        m_lock->release();
    qCInfo(lcFlight) << "tokens of" << m_connectionId << (m_refreshed ? "renewed" : "read") << "with outcome"
                     << error().codeName();
}

} // namespace Plugboard

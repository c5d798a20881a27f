#include "core/lifecycle/disconnectoperation.h"

#include "core/audit/audittrail.h"
#include "core/platformsettings.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"
#include "core/storage/tokenset.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDisconnect, "plugboard.disconnect")

namespace Plugboard {

DisconnectOperation::DisconnectOperation(const PlatformRecord& record, const QString& accountId,
                                         SecretStore* secrets, ConnectionStore* connections,
                                         QNetworkAccessManager* network, QObject* parent)
    : Job(parent)
    , m_record(record)
    , m_accountId(accountId)
    , m_secrets(secrets)
    , m_connections(connections)
    , m_network(network)
{ }

DisconnectOperation::~DisconnectOperation() = default;

void DisconnectOperation::run()
{
    startJob(m_secrets->read(SecretStore::connectionKey(m_record.id, m_accountId)), this,
             &DisconnectOperation::onTokens);
}

void DisconnectOperation::onTokens(SecretJob* job)
{
    // No tokens stored (already gone) is fine: nothing to revoke. Nothing
    // returned for tokens we stored (KeyringLocked from the read) is treated
    // the same, so an entry cleared behind our back can still be
    // disconnected; a keyring that is really locked refuses the deletion
    // below and nothing changes. A keyring that cannot be reached stops here.
    const ErrorCode code = job->error().code;
    if (job->error().isError() && code != ErrorCode::SecretNotFound && code != ErrorCode::KeyringLocked) {
        emitFinished(job->error());
        return;
    }
    if (!job->error().isError()) {
        if (const Result<TokenSet> tokens = TokenSet::fromJson(job->value()))
            m_tokens = { tokens.value().accessToken, tokens.value().refreshToken };
    }
    if (m_record.revocationStyle == RevocationStyle::None) {
        // Nothing to call (API keys are revoked on the platform's own page):
        // no reason to read app credentials either.
        onRevoked(nullptr);
        return;
    }
    CredentialsJob* credentials = CredentialsJob::load(m_secrets, m_record, this);
    startJob(credentials, this, &DisconnectOperation::onCredentials);
}

void DisconnectOperation::onCredentials(CredentialsJob* job)
{
    const bool haveTokens = !m_tokens.accessToken.isEmpty() || !m_tokens.refreshToken.isEmpty();
    if (job->error().isError() || !haveTokens) {
        if (job->error().isError())
            m_revocationError = job->error();
        onRevoked(nullptr);
        return;
    }
    auto* revocation = new TokenRevocation(m_record, job->credentials().clientId,
                                           job->credentials().clientSecret, m_tokens, m_network, this);
    revocation->setTokenExchangeProxy(PlatformSettings::tokenExchangeProxy(m_record.id));
    startJob(revocation, this, &DisconnectOperation::onRevoked);
}

void DisconnectOperation::onRevoked(TokenRevocation* revocation)
{
    m_revocationTried = revocation != nullptr;
    if (revocation)
        m_revocationError = revocation->error();
    m_tokens = {};
    SecretJob* remove = m_secrets->removeAll(SecretStore::connectionKey(m_record.id, m_accountId));
    startJob(remove, this, &DisconnectOperation::onSecretsDeleted);
}

void DisconnectOperation::onSecretsDeleted(SecretJob* job)
{
    if (job->error().isError()) {
        emitFinished(job->error());
        return;
    }
    const QString id = Connection::makeId(m_record.id, m_accountId);
    Result<void> removed = m_connections->connection(id) ? m_connections->remove(id) : Result<void>();
    emitFinished(removed.error());
}

void DisconnectOperation::finishing()
{
    if (!error().isError()) {
        const QString revocation = m_revocationError.isError()
            ? QStringLiteral("revocation failed: ") + m_revocationError.codeName()
            : m_revocationTried ? QStringLiteral("revoked at the platform")
                                : QStringLiteral("nothing to revoke at the platform");
        AuditTrail::note(AuditEvent::ConnectionDisconnected, Connection::makeId(m_record.id, m_accountId),
                         AuditTrail::ok(), revocation);
    }
    qCInfo(lcDisconnect) << "disconnect from" << m_record.id << "ended with" << error().codeName()
                         << "revocation" << m_revocationError.codeName();
}

} // namespace Plugboard

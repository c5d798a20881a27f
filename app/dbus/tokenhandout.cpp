#include "app/dbus/tokenhandout.h"

#include "app/dbus/busservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/services.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcHandout, "plugboard.dbus.token")

} // namespace

TokenHandout::TokenHandout(BusService* service, const QDBusMessage& call, const QString& connectionId,
                           const BusOptions& options)
    : BusRequest(service, call)
    , m_connectionId(connectionId)
    , m_options(options)
{ }

TokenHandout::~TokenHandout() = default;

void TokenHandout::handle()
{
    ConnectionStore* connections = service()->services()->connections();
    (void)connections->reload(); // a connection the command line just made counts
    const std::optional<Connection> connection = connections->connection(m_connectionId);
    if (!connection) {
        fail({ ErrorCode::UnknownConnection,
               tr("There is no connection \"%1\". ListConnections names them.").arg(m_connectionId) });
        return;
    }
    requireAccess(*connection, m_options.interactive, [this] { handOut(); });
}

void TokenHandout::handOut()
{
    // The store was re-read in handle(): its metadata is current. A vault
    // locked again since is asked through the token service, not bypassed.
    const std::optional<Connection> stored = service()->services()->connections()->connection(m_connectionId);
    if (stored && !service()->services()->secrets()->needsPassphrase()) {
        if (std::optional<TokenMemory::Handout> remembered
            = service()->tokenMemory()->find(*stored, m_options.minValidity)) {
            answer(*remembered);
            return;
        }
    }
    startJob(service()->services()->tokens()->validToken(m_connectionId, m_options.minValidity), this,
             &TokenHandout::onToken);
}

void TokenHandout::onToken(ValidTokenJob* job)
{
    if (job->error().isError()) {
        fail(job->error());
        return;
    }
    const TokenMemory::Handout handout = TokenMemory::handoutOf(job->tokens());
    if (const std::optional<Connection> stored
        = service()->services()->connections()->connection(m_connectionId))
        service()->tokenMemory()->remember(*stored, handout);
    answer(handout);
}

void TokenHandout::answer(const TokenMemory::Handout& handout)
{
    const TokenSet& tokens = handout.tokens;
    const qint64 expiresAt = tokens.expiresAt.isValid() ? tokens.expiresAt.toSecsSinceEpoch() : 0;
    qCInfo(lcHandout) << "handed out" << m_connectionId << "to" << caller().id;
    QStringList scopes = tokens.grantedScopes;
    if (scopes.isEmpty()) {
        if (const std::optional<Connection> stored
            = service()->services()->connections()->connection(m_connectionId))
            scopes = stored->grantedScopes;
    }
    reply({ tokens.accessToken, expiresAt, scopes });
    service()->services()->audit()->record(AuditEvent::TokenHandedOut, m_connectionId, AuditTrail::ok(), {},
                                           QStringLiteral("dbus:") + caller().id);
    // After the answer, and in batches: the caller does not wait for the
    // bookkeeping. An "Allow once" hand-out has no grant to note it in.
    // The store was re-read when access was checked: no second read here.
    const std::optional<Connection> stored = service()->services()->connections()->connection(m_connectionId);
    if (stored && stored->grantFor(caller().id))
        service()->grantUses()->note(m_connectionId, caller().id);
}

} // namespace Plugboard

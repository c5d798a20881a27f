#include "app/dbus/commandlinetokenrequest.h"

#include "app/dbus/busservice.h"
#include "app/dbus/commandlinecaller.h"
#include "app/dbus/commandlineprotocol.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/services.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcCliHandout, "plugboard.dbus.cli")

/// An answer this close to the command line's deadline may arrive after it.
constexpr qint64 kReplyMarginMs = 250;

qint64 msecsOrZero(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

CommandLineTokenRequest::CommandLineTokenRequest(BusService* service, const QDBusMessage& call,
                                                 const QString& connectionId,
                                                 std::chrono::seconds minValidity)
    : BusRequest(service, call)
    , m_connectionId(connectionId)
    , m_minValidity(minValidity)
{
    m_received.start();
}

CommandLineTokenRequest::~CommandLineTokenRequest() = default;

void CommandLineTokenRequest::handle()
{
    if (!CommandLineCaller::isTrusted(caller(), callerPid(), CommandLineCaller::trustedExecutable())) {
        qCInfo(lcCliHandout).noquote()
            << "refused" << caller().id << "which is not" << CommandLineCaller::trustedExecutable();
        failExactly({ ErrorCode::AccessDenied,
                      tr("Only plugboard-cli may ask this; applications call GetAccessToken.") });
        return;
    }
    Services* services = service()->services();
    if (services->secrets()->needsPassphrase()) {
        failExactly(
            { ErrorCode::KeyringLocked,
              tr("The vault is locked in Plugboard; plugboard-cli asks for its passphrase itself.") });
        return;
    }
    ConnectionStore* connections = services->connections();
    (void)connections->reload(); // another process's renewal or disconnect counts at once
    const std::optional<Connection> connection = connections->connection(m_connectionId);
    if (!connection) {
        failExactly(
            { ErrorCode::UnknownConnection, tr("There is no connection \"%1\".").arg(m_connectionId) });
        return;
    }
    if (std::optional<TokenMemory::Handout> remembered
        = service()->tokenMemory()->find(*connection, m_minValidity)) {
        answer(*remembered);
        return;
    }
    startJob(services->tokens()->validToken(m_connectionId, m_minValidity), this,
             &CommandLineTokenRequest::onToken);
}

void CommandLineTokenRequest::onToken(ValidTokenJob* job)
{
    if (job->error().isError()) {
        failExactly(job->error());
        return;
    }
    const TokenMemory::Handout handout = TokenMemory::handoutOf(job->tokens());
    if (const std::optional<Connection> stored
        = service()->services()->connections()->connection(m_connectionId))
        service()->tokenMemory()->remember(*stored, handout);
    answer(handout);
}

void CommandLineTokenRequest::answer(const TokenMemory::Handout& handout)
{
    if (m_received.hasExpired(CommandLineProtocol::kDeadlineMs - kReplyMarginMs)) {
        qCInfo(lcCliHandout) << "did not hand out" << m_connectionId << "after the command line's deadline";
        failExactly({ ErrorCode::Timeout,
                      tr("The token was ready after plugboard-cli stopped waiting; it reads it itself.") });
        return;
    }
    const TokenSet& tokens = handout.tokens;
    const QString actor = CommandLineCaller::auditActor(callerPid());
    reply({ tokens.accessToken, tokens.tokenType, msecsOrZero(tokens.expiresAt),
            msecsOrZero(tokens.obtainedAt), tokens.grantedScopes, handout.renewable });
    qCInfo(lcCliHandout).noquote() << "handed out" << m_connectionId << "to" << actor;
    service()->services()->audit()->record(AuditEvent::TokenHandedOut, m_connectionId, AuditTrail::ok(), {},
                                           actor);
}

void CommandLineTokenRequest::failExactly(const Error& error)
{
    if (isFinished())
        return;
    service()->bus().send(call().createErrorReply(CommandLineProtocol::errorName(error.code), error.message));
    emitFinished(error);
}

} // namespace Plugboard

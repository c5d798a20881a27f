#include "app/cli/lean/leantoken.h"

#include "app/cli/apptokenrequest.h"
#include "app/cli/connectionmatch.h"
#include "app/cli/tokenoutput.h"
#include "app/dbus/commandlinecaller.h"
#include "core/audit/auditevent.h"
#include "core/audit/auditlog.h"
#include "core/audit/auditmac.h"
#include "core/audit/audittrail.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/secretjob.h"
#include "core/storage/tokenset.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <memory>
#include <unistd.h>

namespace Plugboard::Cli {

namespace {

Q_LOGGING_CATEGORY(lcLean, "plugboard.cli.lean")

} // namespace

LeanToken::LeanToken(LeanArguments arguments)
    : m_arguments(std::move(arguments))
{ }

void LeanToken::wait(Job* job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (!job->isStarted())
        job->start();
    if (!job->isFinished())
        loop.exec();
}

std::optional<ExitCode> LeanToken::run(Console& console)
{
    const std::optional<Connection> found = connection();
    if (!found)
        return std::nullopt;
    if (AppTokenRequest::appMayBeRunning()) {
        if (const std::optional<ExitCode> answered = askApp(*found, console))
            return answered;
        if (m_appFinal)
            return std::nullopt; // the connection failed in the app: the full program reports it
    }
    return readKeyring(*found, console);
}

std::optional<Connection> LeanToken::connection()
{
    if (!m_store.load())
        return std::nullopt;
    const QList<Connection> matches = ConnectionMatch::find(m_store, m_arguments.connection);
    if (matches.size() != 1)
        return std::nullopt;
    return matches.first();
}

std::optional<ExitCode> LeanToken::askApp(const Connection& connection, Console& console)
{
    auto request = std::make_unique<AppTokenRequest>(connection.id(), m_arguments.minValidity);
    request->setAutoDelete(false);
    wait(request.get());
    if (request->error().isError()) {
        m_askedApp = true;
        m_appFinal = request->isFinal();
        return std::nullopt;
    }
    // The app has recorded the hand-out, under this process's actor.
    TokenOutput(m_arguments.minValidity, m_arguments.json)
        .print(request->tokens(), request->renewable(), request->connectionId(), console);
    return ExitCode::Ok;
}

std::optional<ExitCode> LeanToken::readKeyring(const Connection& connection, Console& console)
{
    // Anything but a connected connection in the keyring may need the
    // vault, a renewal or a message: the full program's business.
    if (connection.state != ConnectionState::Connected
        || SecretBackend::configured() != SecretBackend::Kind::Keyring)
        return std::nullopt;
    KeychainSecretStore secrets;
    std::unique_ptr<SecretJob> read(
        secrets.read(SecretStore::connectionKey(connection.platformId, connection.accountId)));
    std::unique_ptr<SecretJob> key(secrets.read(AuditTrail::keyName()));
    read->setAutoDelete(false);
    key->setAutoDelete(false);
    // Both queued at once: the store goes on to the key as soon as the token
    // is in, and a token this program cannot hand out ends it without
    // waiting for the key.
    read->start();
    key->start();
    wait(read.get());
    if (read->error().isError())
        return std::nullopt;
    const Result<TokenSet> tokens = TokenSet::fromJson(read->value());
    // Valid for all that was asked, so the full program would neither renew
    // nor warn.
    if (!tokens || !tokens.value().isValidFor(m_arguments.minValidity))
        return std::nullopt;
    AuditEntry entry = handOutEntry(connection.id());
    wait(key.get());
    if (key->error().isError() || !record(std::move(entry), key->value()))
        return std::nullopt;
    TokenOutput(m_arguments.minValidity, m_arguments.json)
        .print(tokens.value(), !tokens.value().refreshToken.isEmpty(), connection.id(), console);
    return ExitCode::Ok;
}

AuditEntry LeanToken::handOutEntry(const QString& connectionId)
{
    // The entry AuditTrail::record() makes for TokenCommand.
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = AuditEvents::name(AuditEvent::TokenHandedOut);
    entry.subject = connectionId;
    entry.actor = CommandLineCaller::auditActor(::getpid());
    entry.outcome = AuditTrail::ok();
    return entry;
}

bool LeanToken::record(AuditEntry entry, const QString& storedKey)
{
    const std::optional<QByteArray> key = AuditMac::parseStoredKey(storedKey);
    if (!key)
        return false;
    AuditLog log;
    if (const Result<AuditEntry> written = log.append(std::move(entry), *key); !written) {
        qCDebug(lcLean) << "could not sign the audit entry:" << written.error().codeName();
        return false;
    }
    return true;
}

} // namespace Plugboard::Cli

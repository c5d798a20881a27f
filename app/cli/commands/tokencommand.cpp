#include "app/cli/commands/tokencommand.h"

#include "app/cli/apptokenrequest.h"
#include "app/cli/connectionargument.h"
#include "app/cli/console.h"
#include "app/cli/tokenoutput.h"
#include "core/lifecycle/tokenservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/services.h"
#include "core/storage/connectionstore.h"

namespace Plugboard::Cli {

TokenCommand::TokenCommand(QObject* parent)
    : Command(parent)
    , m_minValidity(QStringLiteral("min-validity"),
                    tr("Renews the token first when it would expire within SECONDS (default 60)."),
                    QStringLiteral("SECONDS"), QStringLiteral("60"))
    , m_json(QStringLiteral("json"), tr("Prints JSON: token, type, expiry and scopes."))
{ }

TokenCommand::~TokenCommand() = default;

QString TokenCommand::summary() const
{
    return tr("Prints a working access token for scripts, renewing it when needed.");
}

QList<Command::Argument> TokenCommand::arguments() const
{
    return { ConnectionArgument::argument() };
}

void TokenCommand::configure(QCommandLineParser& parser)
{
    parser.addOptions({ m_minValidity, m_json });
}

void TokenCommand::run(const QCommandLineParser& parser, Console& console)
{
    bool numeric = false;
    m_minValiditySeconds = parser.value(m_minValidity).toLongLong(&numeric);
    const int maxValidity = 24 * 3600;
    if (!numeric || m_minValiditySeconds < 0 || m_minValiditySeconds > maxValidity) {
        console.error({ ErrorCode::InvalidArgument,
                        tr("Use `token CONNECTION [--min-validity SECONDS] [--json]`, with SECONDS from 0 to "
                           "%1.")
                            .arg(maxValidity) });
        finishLater(ExitCode::Usage);
        return;
    }
    m_printJson = parser.isSet(m_json);
    m_name = parser.positionalArguments().first();
    if (!AppTokenRequest::takeAlreadyAsked() && AppTokenRequest::appMayBeRunning()) {
        // The metadata alone names the connection; the keyring is not opened.
        m_connections = std::make_unique<ConnectionStore>();
        if (const Result<Connection> connection = ConnectionArgument::open(*m_connections, m_name);
            connection) {
            askApp(connection.value().id(), console);
            return;
        }
    }
    readStored(m_name, console);
}

void TokenCommand::askApp(const QString& connectionId, Console& console)
{
    auto* request = new AppTokenRequest(connectionId, std::chrono::seconds(m_minValiditySeconds), this);
    startJob(request, this,
             [this, console = &console](AppTokenRequest* done) { onAppToken(done, *console); });
}

void TokenCommand::onAppToken(AppTokenRequest* request, Console& console)
{
    if (!request->error().isError()) {
        // The app has recorded the hand-out, under this process's actor.
        print(request->tokens(), request->renewable(), request->connectionId(), console);
        Q_EMIT finished(ExitCode::Ok);
        return;
    }
    if (request->isFinal()) {
        fail(console, request->error());
        return;
    }
    readStored(m_name, console);
}

void TokenCommand::readStored(const QString& name, Console& console)
{
    m_services = std::make_unique<Services>(passphrases(console));
    const Result<Connection> connection = ConnectionArgument::open(*m_services->connections(), name);
    if (!connection) {
        failLater(console, connection.error());
        return;
    }
    ValidTokenJob* job = m_services->tokens()->validToken(connection.value().id(),
                                                          std::chrono::seconds(m_minValiditySeconds));
    startJob(job, this, [this, console = &console](ValidTokenJob* done) { onToken(done, *console); });
}

void TokenCommand::onToken(ValidTokenJob* job, Console& console)
{
    if (job->error().isError()) {
        fail(console, job->error());
        return;
    }
    const TokenSet& tokens = job->tokens();
    print(tokens, !tokens.refreshToken.isEmpty(), job->connectionId(), console);
    m_services->audit()->record(AuditEvent::TokenHandedOut, job->connectionId());
    Q_EMIT finished(ExitCode::Ok);
}

void TokenCommand::print(const TokenSet& tokens, bool renewable, const QString& connectionId,
                         Console& console)
{
    TokenOutput(std::chrono::seconds(m_minValiditySeconds), m_printJson)
        .print(tokens, renewable, connectionId, console);
}

} // namespace Plugboard::Cli

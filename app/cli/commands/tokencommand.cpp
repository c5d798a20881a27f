#include "app/cli/commands/tokencommand.h"

#include "app/cli/apptokenrequest.h"
#include "app/cli/connectionargument.h"
#include "app/cli/console.h"
#include "core/lifecycle/tokenservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/services.h"
#include "core/storage/connectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    if (AppTokenRequest::appMayBeRunning()) {
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

void TokenCommand::warnIfShortLived(const TokenSet& tokens, bool renewable, const QString& connectionId,
                                    Console& console) const
{
    const std::chrono::seconds asked(m_minValiditySeconds);
    if (tokens.isValidFor(asked))
        return;
    if (!renewable) {
        console.hint(tr("Warning: this token expires at %1 and %2 cannot renew it; reconnect before then.")
                         .arg(tokens.expiresAt.toString(Qt::ISODate), connectionId));
        return;
    }
    // Renewable, yet not valid that long: the platform issues shorter tokens
    // than asked for, and renewing again would not help.
    const std::chrono::seconds lifetime = tokens.lifetime();
    if (lifetime.count() > 0 && lifetime <= asked + TokenSet::kClockSkew)
        console.hint(tr("Note: %1 issues tokens that last %2 seconds, not the %3 seconds asked for with "
                        "--min-validity; this one is valid until %4.")
                         .arg(connectionId, QString::number(lifetime.count()),
                              QString::number(m_minValiditySeconds), tokens.expiresAt.toString(Qt::ISODate)));
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
    warnIfShortLived(tokens, renewable, connectionId, console);
    if (!m_printJson) {
        console.data(tokens.accessToken);
        return;
    }
    QJsonObject object {
        { QStringLiteral("connection"), connectionId },
        { QStringLiteral("token"), tokens.accessToken },
        { QStringLiteral("token_type"), tokens.tokenType },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.grantedScopes) },
    };
    object.insert(QStringLiteral("expires_at"),
                  tokens.expiresAt.isValid() ? QJsonValue(tokens.expiresAt.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
    console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace Plugboard::Cli

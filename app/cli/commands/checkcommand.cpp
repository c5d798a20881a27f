#include "app/cli/commands/checkcommand.h"

#include "app/cli/connectionargument.h"
#include "app/cli/console.h"
#include "core/lifecycle/healthcheck.h"
#include "core/services.h"
#include "core/storage/connectionstore.h"

namespace Plugboard::Cli {

CheckCommand::CheckCommand(QObject* parent)
    : Command(parent)
    , m_all(QStringLiteral("all"), tr("Checks every connection."))
{ }

CheckCommand::~CheckCommand() = default;

QString CheckCommand::summary() const
{
    return tr("Confirms with the platform that a connection works, and records the outcome.");
}

QList<Command::Argument> CheckCommand::arguments() const
{
    Argument connection = ConnectionArgument::argument();
    connection.optional = true; // instead of --all
    return { connection };
}

void CheckCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_all);
}

void CheckCommand::run(const QCommandLineParser& parser, Console& console)
{
    const bool all = parser.isSet(m_all);
    if (all == (parser.positionalArguments().size() == 1)) {
        console.error(
            { ErrorCode::InvalidArgument,
              tr("Name one CONNECTION or use --all, not both. Use `plugboard-cli check CONNECTION` or "
                 "`plugboard-cli check --all`.") });
        finishLater(ExitCode::Usage);
        return;
    }
    m_services = std::make_unique<Services>(passphrases(console));
    if (all) {
        if (Result<void> loaded = m_services->connections()->load(); !loaded) {
            failLater(console, loaded.error());
            return;
        }
        for (const Connection& connection : m_services->connections()->connections())
            m_pending.append(connection.id());
        if (m_pending.isEmpty())
            console.hint(tr("No connections to check."));
    } else {
        const Result<Connection> connection
            = ConnectionArgument::open(*m_services->connections(), parser.positionalArguments().first());
        if (!connection) {
            failLater(console, connection.error());
            return;
        }
        m_pending.append(connection.value().id());
    }
    QTimer::singleShot(0, this, [this, console = &console] { checkNext(*console); });
}

void CheckCommand::checkNext(Console& console)
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished(m_worst);
        return;
    }
    auto* check = new HealthCheck(m_services->tokens(), m_pending.takeFirst(), this);
    startJob(check, this, [this, console = &console](HealthCheck* done) { onChecked(done, *console); });
}

void CheckCommand::onChecked(HealthCheck* check, Console& console)
{
    if (check->error().isError()) {
        console.data(QStringLiteral("%1\t%2").arg(check->connectionId(), tr("failed")));
        console.error(check->error());
        m_worst = std::max(m_worst, exitCodeFor(check->error().code));
    } else if (!check->verifiedAtPlatform()) {
        console.data(QStringLiteral("%1\t%2").arg(check->connectionId(), tr("not checked")));
        console.hint(tr("%1 offers no way to check a token without using it; the stored token of %2 has not "
                        "expired. Use it, and Plugboard renews or flags it when the platform refuses it.")
                         .arg(Connection::platformOf(check->connectionId()), check->connectionId()));
    } else {
        console.data(QStringLiteral("%1\t%2").arg(check->connectionId(), stateLabel(check->state())));
    }
    checkNext(console);
}

} // namespace Plugboard::Cli

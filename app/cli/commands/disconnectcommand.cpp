#include "app/cli/commands/disconnectcommand.h"

#include "app/cli/connectionargument.h"
#include "app/cli/console.h"
#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/disconnectoperation.h"
#include "core/services.h"

namespace Plugboard::Cli {

DisconnectCommand::DisconnectCommand(QObject* parent)
    : Command(parent)
{ }

DisconnectCommand::~DisconnectCommand() = default;

QString DisconnectCommand::summary() const
{
    return tr("Revokes a connection at the platform and forgets its tokens.");
}

QList<Command::Argument> DisconnectCommand::arguments() const
{
    return { ConnectionArgument::argument() };
}

void DisconnectCommand::run(const QCommandLineParser& parser, Console& console)
{
    m_services = std::make_unique<Services>(passphrases(console));
    const Result<Connection> connection
        = ConnectionArgument::open(*m_services->connections(), parser.positionalArguments().first());
    if (!connection) {
        failLater(console, connection.error());
        return;
    }
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(connection.value().platformId);
    if (!record) {
        failLater(console, record.error());
        return;
    }
    m_connectionId = connection.value().id();
    auto* operation
        = new DisconnectOperation(record.value(), connection.value().accountId, m_services->secrets(),
                                  m_services->connections(), m_services->network(), this);
    startJob(operation, this,
             [this, console = &console](DisconnectOperation* done) { onDisconnected(done, *console); });
}

void DisconnectCommand::onDisconnected(DisconnectOperation* operation, Console& console)
{
    if (operation->error().isError()) {
        fail(console, operation->error());
        return;
    }
    console.data(tr("Disconnected %1.").arg(m_connectionId));
    const PlatformRecord& record = operation->record();
    if (record.revocationStyle == RevocationStyle::None) {
        // Forgotten here, still valid there: say where to cut it off.
        const QString what = record.authKind == AuthKind::Token ? tr("The API key") : tr("Its access");
        console.hint(tr("%1 still works at %2 until you revoke it there: %3")
                         .arg(what, record.name, record.helpUrl.toString()));
    }
    if (operation->revocationError().isError()) {
        console.error(operation->revocationError());
        Q_EMIT finished(ExitCode::PlatformError);
        return;
    }
    Q_EMIT finished(ExitCode::Ok);
}

} // namespace Plugboard::Cli

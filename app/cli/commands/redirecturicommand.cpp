#include "app/cli/commands/redirecturicommand.h"

#include "app/cli/console.h"
#include "core/catalog/platformcatalog.h"
#include "core/oauth/redirecturi.h"

#include <QTimer>

namespace Plugboard::Cli {

RedirectUriCommand::RedirectUriCommand(QObject* parent)
    : Command(parent)
{ }

RedirectUriCommand::~RedirectUriCommand() = default;

QString RedirectUriCommand::summary() const
{
    return tr("Prints the exact redirect URI to register for a platform.");
}

QList<Command::Argument> RedirectUriCommand::arguments() const
{
    return { { QStringLiteral("PLATFORM"), tr("Platform id, e.g. github.") } };
}

void RedirectUriCommand::run(const QCommandLineParser& parser, Console& console)
{
    ExitCode code = ExitCode::Ok;
    if (const Result<PlatformRecord> record = PlatformCatalog::loadOne(parser.positionalArguments().first());
        !record) {
        console.error(record.error());
        code = exitCodeFor(record.error().code);
    } else {
        console.data(RedirectUri::forRegistration(record.value().redirect).toString());
        if (record.value().redirect.port == 0)
            console.hint(tr(
                "Plugboard picks a free port each time; platforms accept any port on a loopback address."));
    }
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

} // namespace Plugboard::Cli

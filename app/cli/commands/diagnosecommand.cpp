#include "app/cli/commands/diagnosecommand.h"

#include "app/cli/console.h"
#include "app/dbus/instancesocket.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/diagnosisreport.h"

#include <QJsonDocument>

namespace Plugboard::Cli {

DiagnoseCommand::DiagnoseCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints the report as JSON."))
    , m_online(QStringLiteral("online"),
               tr("Also runs the checks that need the internet (the clock against a platform's server)."))
    , m_platform(QStringLiteral("platform"),
                 tr("The platform whose server the clock is compared with (with --online; default: the first "
                    "shipped platform)."),
                 QStringLiteral("PLATFORM"))
{ }

DiagnoseCommand::~DiagnoseCommand() = default;

QString DiagnoseCommand::summary() const
{
    return tr("Checks what Plugboard needs from this computer and says what to fix.");
}

void DiagnoseCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
    parser.addOption(m_online);
    parser.addOption(m_platform);
}

void DiagnoseCommand::run(const QCommandLineParser& parser, Console& console)
{
    PlatformCatalog catalog;
    catalog.loadAll(); // a record that does not load has no port to check
    DiagnosisOptions options;
    options.online = parser.isSet(m_online);
    options.platforms = catalog.platforms();
    options.paths = DiagnosisOptions::defaultPaths();
    options.paths.append({ tr("Window's socket"), InstanceSocket::filePath(ApplicationInfo::appId()),
                           CheckedPath::Kind::Socket });
    const PlatformRecord* clock = DiagnosisOptions::defaultClockPlatform(catalog.platforms());
    if (parser.isSet(m_platform)) {
        clock = catalog.platform(parser.value(m_platform));
        if (!clock) {
            failLater(console,
                      { ErrorCode::UnknownPlatform,
                        tr("No platform \"%1\". `plugboard-cli providers` lists them.")
                            .arg(parser.value(m_platform)) });
            return;
        }
    }
    if (clock)
        options.useClockServerOf(*clock);
    const bool json = parser.isSet(m_json);
    startJob(new Diagnosis(std::move(options), this), this,
             [this, json, console = &console](Diagnosis* done) { report(done, json, *console); });
}

void DiagnoseCommand::report(Diagnosis* diagnosis, bool json, Console& console)
{
    const QList<DiagnosticResult> results = diagnosis->results();
    if (json)
        console.data(
            QString::fromUtf8(QJsonDocument(DiagnosisReport::toJson(results)).toJson(QJsonDocument::Indented))
                .trimmed());
    else
        console.data(DiagnosisReport::toText(results));
    Q_EMIT finished(diagnosis->anyFailed() ? ExitCode::Failure : ExitCode::Ok);
}

} // namespace Plugboard::Cli

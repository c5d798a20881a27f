#include "providerscommand.h"

#include "catalog/platformcatalog.h"
#include "console.h"
#include "oauth/redirecturi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Plugboard::Cli {

ProvidersCommand::ProvidersCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs."))
{ }

ProvidersCommand::~ProvidersCommand() = default;

QString ProvidersCommand::summary() const
{
    return tr("Lists the platforms Plugboard can connect to.");
}

void ProvidersCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
}

void ProvidersCommand::run(const QCommandLineParser& parser, Console& console)
{
    PlatformCatalog catalog;
    const QList<Error> problems = catalog.loadAll();
    for (const Error& problem : problems)
        console.error(problem); // broken custom records: say so, list the rest

    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const PlatformRecord& record : catalog.platforms()) {
            list.append(QJsonObject {
                { QStringLiteral("id"), record.id },
                { QStringLiteral("name"), record.name },
                { QStringLiteral("custom"), record.custom },
                { QStringLiteral("auth_kind"),
                  record.authKind == AuthKind::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("token") },
                { QStringLiteral("redirect_uri"), RedirectUri::forRegistration(record.redirect).toString() },
                { QStringLiteral("default_scopes"), QJsonArray::fromStringList(record.defaultScopes()) },
            });
        }
        console.data(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const PlatformRecord& record : catalog.platforms()) {
            console.data(QStringLiteral("%1\t%2%3")
                             .arg(record.id, record.name, record.custom ? tr(" (custom)") : QString()));
        }
    }
    QTimer::singleShot(0, this, [this, problems] {
        Q_EMIT finished(problems.isEmpty() ? ExitCode::Ok : ExitCode::Failure);
    });
}

} // namespace Plugboard::Cli

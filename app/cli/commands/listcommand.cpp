#include "listcommand.h"

#include "console.h"
#include "storage/connectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Plugboard::Cli {

ListCommand::ListCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs."))
{ }

ListCommand::~ListCommand() = default;

QString ListCommand::summary() const
{
    return tr("Lists the connections and their states.");
}

void ListCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
}

void ListCommand::run(const QCommandLineParser& parser, Console& console)
{
    ConnectionStore store;
    ExitCode code = ExitCode::Ok;
    if (Result<void> loaded = store.load(); !loaded) {
        console.error(loaded.error());
        code = exitCodeFor(loaded.error().code);
    } else if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const Connection& connection : store.connections()) {
            list.append(QJsonObject {
                { QStringLiteral("id"), connection.id() },
                { QStringLiteral("platform"), connection.platformId },
                { QStringLiteral("account"), connection.accountName },
                { QStringLiteral("state"), stateName(connection.state) },
                { QStringLiteral("expires_at"), connection.expiresAt.toString(Qt::ISODate) },
                { QStringLiteral("scopes"), QJsonArray::fromStringList(connection.grantedScopes) },
            });
        }
        console.data(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const Connection& connection : store.connections())
            console.data(QStringLiteral("%1\t%2\t%3")
                             .arg(connection.id(), stateLabel(connection.state), connection.accountName));
        if (store.connections().isEmpty())
            console.hint(tr("No connections yet. Run `plugboard-cli connect PLATFORM`."));
    }
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

} // namespace Plugboard::Cli

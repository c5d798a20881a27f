#include "app/cli/commands/grantscommand.h"

#include "app/cli/connectionargument.h"
#include "app/cli/console.h"
#include "core/access/grantregistry.h"
#include "core/services.h"
#include "core/storage/connectionstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Plugboard::Cli {

namespace {

const QLatin1String kList("list");
const QLatin1String kAllow("allow");
const QLatin1String kRevoke("revoke");

QJsonValue jsonTime(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

bool holdsGrant(const GrantRegistry& registry, const QString& app)
{
    const QList<GrantRegistry::Entry> entries = registry.all();
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&app](const GrantRegistry::Entry& entry) { return entry.grant.app == app; });
}

} // namespace

GrantsCommand::GrantsCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs (with list)."))
{ }

GrantsCommand::~GrantsCommand() = default;

QString GrantsCommand::summary() const
{
    return tr("Lists, gives or takes away applications' access to connections through the D-Bus API.");
}

QString GrantsCommand::synopsis() const
{
    return QStringLiteral("list [--json] | allow APP CONNECTION | revoke APP [CONNECTION]");
}

QList<Command::Argument> GrantsCommand::arguments() const
{
    return { { QStringLiteral("ACTION"), tr("list, allow or revoke."), false,
               QStringLiteral("list|allow|revoke") },
             { QStringLiteral("APP"),
               tr("An executable's or script's absolute path, flatpak:ID or snap:NAME."), true },
             { QStringLiteral("CONNECTION"), ConnectionArgument::argument().description, true } };
}

void GrantsCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
}

void GrantsCommand::run(const QCommandLineParser& parser, Console& console)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action != kList && action != kAllow && action != kRevoke) {
        failUsage(console, synopsis());
        return;
    }
    if (parser.isSet(m_json) && action != kList) {
        failUsage(console, QStringLiteral("list --json"));
        return;
    }
    if ((action == kList && words.size() != 1) || (action == kAllow && words.size() != 3)
        || (action == kRevoke && words.size() < 2)) {
        const QString usage = action == kList ? QStringLiteral("list [--json]")
            : action == kAllow                ? QStringLiteral("allow APP CONNECTION")
                                              : QStringLiteral("revoke APP [CONNECTION]");
        failUsage(console, usage);
        return;
    }
    // Grants hold no secret: the metadata file is all this reads. The
    // services bring the audit trail, which records a change.
    m_services = std::make_unique<Services>(passphrases(console));
    ConnectionStore& store = *m_services->connections();
    if (Result<void> loaded = store.load(); !loaded) {
        failLater(console, loaded.error());
        return;
    }
    if (action == kList)
        list(GrantRegistry(&store), parser.isSet(m_json), console);
    else if (action == kAllow)
        allow(store, words.at(1), words.at(2), console);
    else
        revoke(store, words.at(1), words.value(2), console);
}

Result<QString> GrantsCommand::appOf(const QString& given)
{
    const bool sandboxed
        = given.startsWith(QLatin1String("flatpak:")) || given.startsWith(QLatin1String("snap:"));
    if (!sandboxed && !given.isEmpty() && !given.startsWith(QLatin1Char('/'))) {
        // A grant must name one file: a name found through PATH, or a path
        // from here, could be another program for the app that asks.
        const bool bareName = !given.contains(QLatin1Char('/'));
        return Error { ErrorCode::InvalidArgument,
                       (bareName ? tr("\"%1\" is not an absolute path. Give the executable's absolute path "
                                      "(`command -v %1` prints it), or flatpak:ID or snap:NAME.")
                                 : tr("\"%1\" is a relative path. Give the absolute path (`realpath %1` "
                                      "prints it)."))
                           .arg(given) };
    }
    if (Result<void> valid = AppGrant::checkApp(given); !valid)
        return valid.error();
    if (sandboxed)
        return given;
    // The caller's executable is read from /proc/PID/exe, which has every
    // link resolved; a grant for the link would never match.
    const QString canonical = QFileInfo(given).canonicalFilePath();
    return canonical.isEmpty() ? given : canonical;
}

void GrantsCommand::list(const GrantRegistry& registry, bool json, Console& console)
{
    const QList<GrantRegistry::Entry> entries = registry.all();
    if (json) {
        QJsonArray array;
        for (const GrantRegistry::Entry& entry : entries)
            array.append(QJsonObject { { QStringLiteral("app"), entry.grant.app },
                                       { QStringLiteral("connection"), entry.connectionId },
                                       { QStringLiteral("granted"), jsonTime(entry.grant.granted) },
                                       { QStringLiteral("last_used"), jsonTime(entry.grant.lastUsed) },
                                       { QStringLiteral("uses"), entry.grant.uses } });
        console.data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        finishLater(ExitCode::Ok);
        return;
    }
    const auto text = [](const QDateTime& when, const QString& none) {
        return when.isValid() ? when.toUTC().toString(Qt::ISODate) : none;
    };
    for (const GrantRegistry::Entry& entry : entries)
        console.data(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(entry.grant.app, entry.connectionId,
                              text(entry.grant.granted, QStringLiteral("-")),
                              text(entry.grant.lastUsed, tr("never")))
                         .arg(entry.grant.uses));
    if (entries.isEmpty())
        console.hint(tr("No application has access yet. Applications ask through the D-Bus API; "
                        "`plugboard-cli grants allow APP CONNECTION` grants access ahead."));
    finishLater(ExitCode::Ok);
}

void GrantsCommand::allow(ConnectionStore& store, const QString& app, const QString& connectionName,
                          Console& console)
{
    const Result<QString> id = appOf(app);
    if (!id) {
        failLater(console, id.error());
        return;
    }
    const Result<Connection> connection = ConnectionArgument::resolve(store, connectionName);
    if (!connection) {
        failLater(console, connection.error());
        return;
    }
    if (const AppGrant* held = connection.value().grantFor(id.value())) {
        console.data(
            tr("%1 already has access to %2 (since %3).")
                .arg(id.value(), connection.value().id(), held->granted.toUTC().toString(Qt::ISODate)));
        finishLater(ExitCode::Ok);
        return;
    }
    if (Result<void> allowed = GrantRegistry(&store).allow(connection.value().id(), id.value()); !allowed) {
        failLater(console, allowed.error());
        return;
    }
    console.data(tr("Allowed %1 to take the tokens of %2.").arg(id.value(), connection.value().id()));
    if (id.value() != app)
        console.hint(tr("%1 is a link to %2: the grant names the file it points to, as running programs are "
                        "known by it.")
                         .arg(app, id.value()));
    else if (id.value().startsWith(QLatin1Char('/')) && !QFileInfo::exists(id.value()))
        console.hint(tr("There is no file %1 (yet): the grant applies when a program there asks.").arg(app));
    finishLater(ExitCode::Ok);
}

void GrantsCommand::revoke(ConnectionStore& store, const QString& app, const QString& connectionName,
                           Console& console)
{
    GrantRegistry registry(&store);
    // The name as given when a grant has it (a file gone since, or a link
    // granted by hand in the file), else as allow stores it.
    QString id = app;
    if (!holdsGrant(registry, app)) {
        const Result<QString> resolved = appOf(app);
        if (!resolved) {
            failLater(console, resolved.error());
            return;
        }
        id = resolved.value();
    }
    QString connectionId;
    if (!connectionName.isEmpty()) {
        const Result<Connection> connection = ConnectionArgument::resolve(store, connectionName);
        if (!connection) {
            failLater(console, connection.error());
            return;
        }
        connectionId = connection.value().id();
    }
    QStringList from; // for the message: what the app loses
    for (const GrantRegistry::Entry& entry : registry.all()) {
        if (entry.grant.app == id && (connectionId.isEmpty() || entry.connectionId == connectionId))
            from.append(entry.connectionId);
    }
    const Result<int> revoked = registry.revoke(id, connectionId);
    if (!revoked) {
        if (id != app)
            console.hint(tr("%1 is a link to %2, which grants name.").arg(app, id));
        failLater(console, revoked.error());
        return;
    }
    const QString connections = from.join(QStringLiteral(", "));
    if (revoked.value() == 1)
        console.data(tr("Revoked 1 grant: %1 can no longer take the tokens of %2.").arg(id, connections));
    else
        console.data(tr("Revoked %1 grants: %2 can no longer take the tokens of %3.")
                         .arg(revoked.value())
                         .arg(id, connections));
    finishLater(ExitCode::Ok);
}

void GrantsCommand::failUsage(Console& console, const QString& usage)
{
    console.error({ ErrorCode::InvalidArgument, tr("Use `plugboard-cli grants %1`.").arg(usage) });
    finishLater(ExitCode::Usage);
}

} // namespace Plugboard::Cli

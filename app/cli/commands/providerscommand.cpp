#include "app/cli/commands/providerscommand.h"

#include "app/cli/commands/providersharing.h"
#include "app/cli/console.h"
#include "app/cli/platformdescription.h"
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformtemplate.h"
#include "core/catalog/providerdiscovery.h"
#include "core/lifecycle/addserveroperation.h"
#include "core/oauth/redirecturi.h"
#include "core/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Plugboard::Cli {

ProvidersCommand::ProvidersCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs."))
    , m_discover(QStringLiteral("discover"), tr("Issuer URL to read the discovery document from."),
                 QStringLiteral("ISSUER_URL"))
    , m_name(QStringLiteral("name"), tr("Display name of the custom platform."), QStringLiteral("NAME"))
    , m_scopes(QStringLiteral("scopes"),
               tr("Default scopes, space-separated, instead of the discovered ones."),
               QStringLiteral("SCOPES"))
    , m_clientAuth(QStringLiteral("client-auth"),
                   tr("How the registered client sends its secret: basic (HTTP Basic, the default when the "
                      "server offers it), post (in the request body) or none (public client)."),
                   QStringLiteral("basic|post|none"))
    , m_templates(QStringLiteral("templates"), tr("Lists the templates for self-hosted servers instead."))
    , m_template(QStringLiteral("template"),
                 tr("Adds a self-hosted server from this template (see --templates)."),
                 QStringLiteral("TEMPLATE"))
    , m_param(QStringLiteral("param"),
              tr("A value the template needs, such as instance_url=https://git.example.com."),
              QStringLiteral("NAME=VALUE"))
    , m_replace(QStringLiteral("replace"),
                tr("Lets import replace a custom platform with the same id (its credentials and connections "
                   "stay)."))
{ }

ProvidersCommand::~ProvidersCommand() = default;

QString ProvidersCommand::summary() const
{
    return tr("Lists the platforms Plugboard can connect to; adds, removes, exports or imports custom ones.");
}

QString ProvidersCommand::synopsis() const
{
    return QStringLiteral(
        "[--json] [--templates] | add ID --discover ISSUER_URL [--name NAME] [--scopes \"a b\"] "
        "[--client-auth basic|post|none] | add ID --template TEMPLATE --param NAME=VALUE… "
        "| remove ID | export ID [FILE] | import FILE [--replace]");
}

QList<Command::Argument> ProvidersCommand::arguments() const
{
    return {
        { QStringLiteral("action"), tr("Nothing to list, or add, remove, export or import."), true,
          QStringLiteral("[add|remove|export|import]") },
        { QStringLiteral("ID"),
          tr("The custom platform to add, remove or export; for import, the file to read (- for "
             "standard input)."),
          true },
        { QStringLiteral("FILE"),
          tr("For export, the file to write (standard output without it or with -). It holds the platform's "
             "record, never a secret."),
          true }
    };
}

void ProvidersCommand::configure(QCommandLineParser& parser)
{
    parser.addOptions(
        { m_json, m_discover, m_name, m_scopes, m_clientAuth, m_templates, m_template, m_param, m_replace });
}

void ProvidersCommand::run(const QCommandLineParser& parser, Console& console)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() && parser.isSet(m_templates)) {
        listTemplates(parser.isSet(m_json), console);
    } else if (words.isEmpty()) {
        list(parser.isSet(m_json), console);
    } else if (words.size() == 2 && words.first() == QLatin1String("add")) {
        add(words.at(1), parser, console);
    } else if (words.size() == 2 && words.first() == QLatin1String("remove")) {
        remove(words.at(1), console);
    } else if (words.size() >= 2 && words.first() == QLatin1String("export")) {
        finishWith(console, ProviderSharing::exportRecord(words.at(1), words.value(2), console));
    } else if (words.size() == 2 && words.first() == QLatin1String("import")) {
        m_services = std::make_unique<Services>(passphrases(console)); // its audit trail records the import
        finishWith(console,
                   ProviderSharing::importRecord(words.at(1),
                                                 parser.isSet(m_replace)
                                                     ? PlatformCatalog::ExistingCustom::Replace
                                                     : PlatformCatalog::ExistingCustom::Refuse,
                                                 console));
    } else {
        console.error(
            { ErrorCode::InvalidArgument,
              tr("Use `providers`, `providers add ID --discover URL`, `providers add ID --template "
                 "TEMPLATE --param NAME=VALUE`, `providers remove ID`, `providers export ID [FILE]` "
                 "or `providers import FILE [--replace]`.") });
        finishLater(ExitCode::Usage);
    }
}

void ProvidersCommand::list(bool json, Console& console)
{
    PlatformCatalog catalog;
    const QList<Error> problems = catalog.loadAll();
    for (const Error& problem : problems)
        console.error(problem); // a broken custom record: say so, list the rest

    if (json) {
        QJsonArray list;
        for (const PlatformRecord& record : catalog.platforms())
            list.append(PlatformDescription::ofPlatform(record));
        console.data(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const PlatformRecord& record : catalog.platforms())
            console.data(QStringLiteral("%1\t%2%3")
                             .arg(record.id, record.name, record.custom ? tr(" (custom)") : QString()));
    }
    finishLater(problems.isEmpty() ? ExitCode::Ok : ExitCode::Failure);
}

void ProvidersCommand::listTemplates(bool json, Console& console)
{
    QJsonArray list;
    const QStringList ids = PlatformTemplate::shippedIds();
    for (const QString& id : ids) {
        const Result<PlatformTemplate> from = PlatformTemplate::loadShipped(id);
        if (!from) {
            console.error(from.error());
            continue;
        }
        if (json)
            list.append(PlatformDescription::ofTemplate(from.value()));
        else
            console.data(
                QStringLiteral("%1\t%2\t%3")
                    .arg(id, from.value().name(), from.value().parameterNames().join(QStringLiteral(", "))));
    }
    if (json)
        console.data(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    finishLater(ExitCode::Ok);
}

void ProvidersCommand::addFromTemplate(const QString& id, const QCommandLineParser& parser, Console& console)
{
    const Result<PlatformTemplate> from = PlatformTemplate::loadShipped(parser.value(m_template));
    if (!from) {
        failLater(console, from.error());
        return;
    }
    QMap<QString, QString> values;
    const QStringList pairs = parser.values(m_param);
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            failLater(console,
                      { ErrorCode::InvalidArgument,
                        tr("--param takes NAME=VALUE, such as instance_url=https://git.example.com, not "
                           "\"%1\".")
                            .arg(pair) });
            return;
        }
        values.insert(pair.left(equals), pair.mid(equals + 1));
    }
    m_services = std::make_unique<Services>(passphrases(console));
    m_catalog = std::make_unique<PlatformCatalog>();
    m_catalog->loadAll();
    auto* operation = new AddServerOperation(from.value(), id, values, m_catalog.get(), m_services->secrets(),
                                             m_services->network(), this);
    onFinished(operation, this, [this, console = &console](AddServerOperation* done) {
        if (done->error().isError()) {
            fail(*console, done->error());
            return;
        }
        const PlatformRecord& record = done->record();
        console->data(record.id);
        if (done->registeredApp())
            console->hint(
                tr("Added %1 and registered Plugboard with it. Connect with `plugboard-cli connect %2`.")
                    .arg(record.name, record.id));
        else
            console->hint(
                tr("Added %1. Register %2 as its redirect URI at %3, then run `plugboard-cli credentials "
                   "set %4 --client-id …`.")
                    .arg(record.name, RedirectUri::forRegistration(record.redirect).toString(),
                         record.helpUrl.toString(), record.id));
        Q_EMIT finished(ExitCode::Ok);
    });
    m_services->proxy()->startWhenReady(operation); // its discovery reads no secret first
}

void ProvidersCommand::add(const QString& id, const QCommandLineParser& parser, Console& console)
{
    if (parser.isSet(m_template)) {
        addFromTemplate(id, parser, console);
        return;
    }
    if (!parser.isSet(m_discover)) {
        console.error(
            { ErrorCode::InvalidArgument,
              tr("Give the provider's issuer URL with --discover, or a template with --template.") });
        finishLater(ExitCode::Usage);
        return;
    }
    const QStringList scopes = parser.value(m_scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::optional<ClientAuthentication> clientAuth;
    if (parser.isSet(m_clientAuth)) {
        const QString method = parser.value(m_clientAuth);
        if (method == QLatin1String("basic"))
            clientAuth = ClientAuthentication::ClientSecretBasic;
        else if (method == QLatin1String("post"))
            clientAuth = ClientAuthentication::ClientSecretPost;
        else if (method == QLatin1String("none"))
            clientAuth = ClientAuthentication::None;
        if (!clientAuth) {
            console.error({ ErrorCode::InvalidArgument,
                            tr("--client-auth takes basic, post or none, not \"%1\".").arg(method) });
            finishLater(ExitCode::Usage);
            return;
        }
    }
    m_services = std::make_unique<Services>(passphrases(console));
    auto* discovery = new ProviderDiscovery(m_services->network(), QUrl(parser.value(m_discover)), id,
                                            parser.value(m_name), this);
    onFinished(discovery, this, [this, scopes, clientAuth, console = &console](ProviderDiscovery* done) {
        onDiscovered(done, scopes, clientAuth, console);
    });
    console.hint(tr("Reading the discovery document of %1…").arg(discovery->issuer().host()));
    m_services->proxy()->startWhenReady(discovery);
}

void ProvidersCommand::onDiscovered(ProviderDiscovery* discovery, const QStringList& scopes,
                                    std::optional<ClientAuthentication> clientAuth, Console* console)
{
    if (discovery->error().isError()) {
        fail(*console, discovery->error());
        return;
    }
    PlatformRecord record = discovery->record();
    if (clientAuth)
        record.clientAuthentication = *clientAuth;
    if (!scopes.isEmpty()) {
        for (ScopeInfo& scope : record.scopes)
            scope.isDefault = scopes.contains(scope.name);
        for (const QString& name : scopes) {
            if (!record.defaultScopes().contains(name)) {
                ScopeInfo scope;
                scope.name = name;
                scope.isDefault = true;
                record.scopes.append(scope);
            }
        }
    }
    PlatformCatalog catalog;
    catalog.loadAll();
    if (Result<void> added = catalog.addCustom(record); !added) {
        fail(*console, added.error());
        return;
    }
    console->data(record.id);
    console->hint(tr("Added %1. Register %2 as its redirect URI, then run `plugboard-cli credentials set %3 "
                     "--client-id …`.")
                      .arg(record.name, RedirectUri::forRegistration(record.redirect).toString(), record.id));
    Q_EMIT finished(ExitCode::Ok);
}

void ProvidersCommand::finishWith(Console& console, const Result<void>& outcome)
{
    if (outcome)
        finishLater(ExitCode::Ok);
    else
        failLater(console, outcome.error());
}

void ProvidersCommand::remove(const QString& id, Console& console)
{
    m_services = std::make_unique<Services>(passphrases(console)); // its audit trail records the removal
    PlatformCatalog catalog;
    catalog.loadAll();
    const Result<void> removed = catalog.removeCustom(id);
    if (!removed)
        console.error(removed.error());
    else
        console.hint(tr("Removed the custom platform %1.").arg(id));
    finishLater(removed ? ExitCode::Ok : exitCodeFor(removed.error().code));
}

} // namespace Plugboard::Cli

#include "app/cli/commands/credentialscommand.h"

#include "app/cli/console.h"
#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/disconnectoperation.h"
#include "core/platformsettings.h"
#include "core/services.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QTimer>

namespace Plugboard::Cli {

CredentialsCommand::CredentialsCommand(QObject* parent)
    : Command(parent)
    , m_clientId(QStringLiteral("client-id"), tr("The OAuth client id (not a secret)."), QStringLiteral("ID"))
    , m_clientSecretStdin(QStringLiteral("client-secret-stdin"),
                          tr("Reads the client secret from standard input (or asks, hidden, on a terminal)."))
    , m_tokenProxy(
          QStringLiteral("token-proxy"),
          tr("Exchanges codes through your team's server, which holds the client secret (empty: none)."),
          QStringLiteral("URL"))
{ }

CredentialsCommand::~CredentialsCommand() = default;

QString CredentialsCommand::summary() const
{
    return tr("Stores, shows (masked) or removes a platform's app credentials in the keyring.");
}

QString CredentialsCommand::synopsis() const
{
    return QStringLiteral(
        "set PLATFORM --client-id ID [--client-secret-stdin] [--token-proxy URL] | show PLATFORM | remove "
        "PLATFORM");
}

QList<Command::Argument> CredentialsCommand::arguments() const
{
    return { { QStringLiteral("ACTION"), tr("set, show or remove."), false,
               QStringLiteral("set|show|remove") },
             { QStringLiteral("PLATFORM"), tr("Platform id, e.g. github.") } };
}

void CredentialsCommand::configure(QCommandLineParser& parser)
{
    parser.addOptions({ m_clientId, m_clientSecretStdin, m_tokenProxy });
}

void CredentialsCommand::run(const QCommandLineParser& parser, Console& console)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action != QLatin1String("set") && action != QLatin1String("show")
        && action != QLatin1String("remove")) {
        console.error({ ErrorCode::InvalidArgument, tr("Use `credentials set|show|remove PLATFORM`.") });
        finishLater(ExitCode::Usage);
        return;
    }
    Result<PlatformRecord> record = PlatformCatalog::loadOne(words.at(1));
    if (!record) {
        failLater(console, record.error());
        return;
    }
    m_record = std::move(record).value();
    if (m_record.authKind == AuthKind::Token) {
        // Its keys are connections of their own, one per account.
        failLater(console,
                  { ErrorCode::InvalidArgument,
                    tr("%1 has no app credentials: it uses API keys. Connect with one: "
                       "`plugboard-cli connect %2 --api-key-stdin`.")
                        .arg(m_record.name, m_record.id) });
        return;
    }
    m_services = std::make_unique<Services>(passphrases(console));
    if (action == QLatin1String("set"))
        set(parser, console);
    else if (action == QLatin1String("show"))
        show(console);
    else
        forgetConnections(console);
}

void CredentialsCommand::set(const QCommandLineParser& parser, Console& console)
{
    QMap<QString, QString> values;
    if (parser.isSet(m_clientId))
        values.insert(QStringLiteral("client_id"), parser.value(m_clientId));
    if (parser.isSet(m_clientSecretStdin))
        values.insert(QStringLiteral("client_secret"),
                      console.readSecret(tr("Client secret for %1:").arg(m_record.name)));
    if (parser.isSet(m_tokenProxy)) {
        if (Result<void> set
            = PlatformSettings::setTokenExchangeProxy(m_record.id, QUrl(parser.value(m_tokenProxy)));
            !set) {
            failLater(console, set.error());
            return;
        }
        if (values.isEmpty()) {
            finishLater(ExitCode::Ok);
            return;
        }
    }
    if (values.isEmpty()) {
        console.error({ ErrorCode::InvalidArgument,
                        tr("Nothing to store: give --client-id and/or --client-secret-stdin.") });
        finishLater(ExitCode::Usage);
        return;
    }
    CredentialsJob* save = CredentialsJob::save(m_services->secrets(), m_record, values, this);
    save->setConnections(m_services->connections()); // a new client id leaves its connections behind
    runJob(save, console);
}

void CredentialsCommand::show(Console& console)
{
    runJob(CredentialsJob::load(m_services->secrets(), m_record, this), console);
}

void CredentialsCommand::runJob(CredentialsJob* job, Console& console)
{
    startJob(job, this, [this, console = &console](CredentialsJob* done) {
        if (done->error().isError()) {
            fail(*console, done->error());
            return;
        }
        // Only hints: a client id's last characters, "saved" for secrets.
        const QMap<QString, QString> hints = done->savedFieldHints();
        for (const CredentialField& field : std::as_const(m_record.credentials)) {
            const QString shown = !hints.contains(field.key) ? tr("not set")
                : field.secret                               ? tr("saved")
                                                             : hints.value(field.key);
            console->data(QStringLiteral("%1: %2").arg(field.label, shown));
        }
        if (const QUrl proxy = PlatformSettings::tokenExchangeProxy(m_record.id); proxy.isValid())
            console->data(tr("Token exchange proxy: %1").arg(proxy.toString()));
        if (const QStringList behind = done->connectionsLeftBehind(); !behind.isEmpty())
            console->hint(tr("Connections made with the previous client ID now need reconnecting (%1): %2. "
                             "Reconnect with `plugboard-cli connect %3`.")
                              .arg(behind.size())
                              .arg(behind.join(QStringLiteral(", ")), m_record.id));
        Q_EMIT finished(ExitCode::Ok);
    });
}

void CredentialsCommand::forgetConnections(Console& console)
{
    // Removing a platform's app credentials disconnects its connections
    // first, revoking their tokens while the credentials needed to revoke
    // are still there: tokens are useless without the app that issued them.
    // The metadata must be readable before any secret is deleted.
    if (Result<void> loaded = m_services->connections()->load(); !loaded) {
        failLater(console, loaded.error());
        return;
    }
    for (const Connection& connection : m_services->connections()->connectionsForPlatform(m_record.id))
        m_accountsToDisconnect.append(connection.accountId);
    QTimer::singleShot(0, this, [this, console = &console] { disconnectNext(*console); });
}

void CredentialsCommand::disconnectNext(Console& console)
{
    if (m_accountsToDisconnect.isEmpty()) {
        forgetLeftoverTokens(console);
        return;
    }
    auto* operation
        = new DisconnectOperation(m_record, m_accountsToDisconnect.takeFirst(), m_services->secrets(),
                                  m_services->connections(), m_services->network(), this);
    startJob(operation, this, [this, console = &console](DisconnectOperation* done) {
        if (done->error().isError()) { // e.g. a locked keyring: stop, change nothing more
            fail(*console, done->error());
            return;
        }
        if (done->revocationError().isError())
            console->error(done->revocationError());
        disconnectNext(*console);
    });
}

void CredentialsCommand::forgetLeftoverTokens(Console& console)
{
    // "connection/<platform>/": tokens of accounts the metadata lost track of.
    SecretJob* forget = m_services->secrets()->removeAll(SecretStore::connectionKey(m_record.id, QString()));
    startJob(forget, this, [this, console = &console](SecretJob* job) {
        if (job->error().isError()) {
            fail(*console, job->error());
            return;
        }
        remove(*console);
    });
}

void CredentialsCommand::remove(Console& console)
{
    CredentialsJob* job = CredentialsJob::remove(m_services->secrets(), m_record, this);
    startJob(job, this, [this, console = &console](CredentialsJob* done) {
        if (done->error().isError()) {
            fail(*console, done->error());
            return;
        }
        console->hint(tr("Removed the app credentials for %1.").arg(m_record.name));
        Q_EMIT finished(ExitCode::Ok);
    });
}

} // namespace Plugboard::Cli

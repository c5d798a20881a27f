#include "app/cli/connectionservices.h"

#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/tokenservice.h"
#include "core/storage/connectionstore.h"
#include "core/storage/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

namespace Plugboard::Cli {

ConnectionServices::ConnectionServices(QObject* parent)
    : QObject(parent)
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_connections(std::make_unique<ConnectionStore>())
    , m_network(new QNetworkAccessManager(this))
{
    m_tokens = std::make_unique<TokenService>(m_secrets.get(), m_connections.get(), m_network,
                                              [](const QString& platformId) -> std::optional<PlatformRecord> {
                                                  Result<PlatformRecord> record
                                                      = PlatformCatalog::loadOne(platformId);
                                                  if (!record)
                                                      return std::nullopt;
                                                  return std::move(record).value();
                                              });
}

ConnectionServices::~ConnectionServices()
{
    m_tokens.reset(); // before the stores it uses
}

void ConnectionServices::addConnectionArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CONNECTION"),
                                 tr("PLATFORM, or PLATFORM/ACCOUNT when it has several accounts."));
}

Result<void> ConnectionServices::load()
{
    return m_connections->load();
}

Result<Connection> ConnectionServices::open(const QString& name)
{
    if (Result<void> loaded = load(); !loaded)
        return loaded.error();
    return resolve(name);
}

Result<Connection> ConnectionServices::resolve(const QString& name) const
{
    const QString platformId = Connection::platformOf(name);
    const QList<Connection> ofPlatform = m_connections->connectionsForPlatform(platformId);
    QList<Connection> matches;
    if (name.contains(QLatin1Char('/'))) {
        const QString account = Connection::accountOf(name);
        for (const Connection& connection : ofPlatform) {
            if (connection.accountId == account)
                return connection; // an id is unique: no need to look further
            if (connection.accountName == account)
                matches.append(connection);
        }
    } else {
        matches = ofPlatform;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty() && ofPlatform.isEmpty() && !PlatformCatalog::loadOne(platformId))
        return Error { ErrorCode::UnknownConnection,
                       tr("There is no connection \"%1\", and no platform called \"%2\". Run `plugboard-cli "
                          "list` to see the connections and `plugboard-cli providers` to see the platforms.")
                           .arg(name, platformId) };
    if (matches.isEmpty())
        return Error {
            ErrorCode::UnknownConnection,
            tr("There is no connection \"%1\". Run `plugboard-cli list` to see the connections, or "
               "`plugboard-cli connect %2` to add one.")
                .arg(name, platformId)
        };
    QStringList choices;
    for (const Connection& connection : std::as_const(matches))
        choices.append(QStringLiteral("  %1  (%2)").arg(connection.id(), connection.accountName));
    return Error { ErrorCode::AmbiguousConnection,
                   tr("\"%1\" matches %2 connections; name one of them:\n%3")
                       .arg(name)
                       .arg(matches.size())
                       .arg(choices.join(QLatin1Char('\n'))) };
}

} // namespace Plugboard::Cli

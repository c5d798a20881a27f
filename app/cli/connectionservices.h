#pragma once

#include "core/result.h"
#include "core/storage/connection.h"

#include <QObject>

#include <memory>

class QCommandLineParser;
class QNetworkAccessManager;

namespace Plugboard {
class ConnectionStore;
class KeychainSecretStore;
class TokenService;
} // namespace Plugboard

namespace Plugboard::Cli {

/// What the commands that work on existing connections share: the keyring,
/// connections.json, a network manager and the TokenService over them, and
/// the rule that turns a CONNECTION argument into a connection. Creating it
/// reads connections.json only: the keyring is touched when a job runs, and
/// a platform record is parsed only when a renewal needs it.
class ConnectionServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionServices)

public:
    explicit ConnectionServices(QObject* parent = nullptr);
    ~ConnectionServices() override;

    /// Declares the CONNECTION argument the way every command explains it.
    static void addConnectionArgument(QCommandLineParser& parser);

    /// Reads connections.json, then resolve()s `name`.
    Result<Connection> open(const QString& name);

    /// Reads connections.json; call once before resolve().
    Result<void> load();
    /// CONNECTION is "PLATFORM" when the platform has one account, else
    /// "PLATFORM/ACCOUNT", where ACCOUNT is the account id or its name
    /// ("github/octocat"). No match is UnknownConnection; several are
    /// AmbiguousConnection, and the message lists the choices.
    Result<Connection> resolve(const QString& name) const;

    KeychainSecretStore* secrets() const { return m_secrets.get(); }
    ConnectionStore* connections() const { return m_connections.get(); }
    QNetworkAccessManager* network() const { return m_network; }
    TokenService* tokens() const { return m_tokens.get(); }

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ConnectionStore> m_connections;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<TokenService> m_tokens;
};

} // namespace Plugboard::Cli

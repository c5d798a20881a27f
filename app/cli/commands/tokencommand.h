#pragma once

#include "app/cli/command.h"

#include <memory>

namespace Plugboard {
class ConnectionStore;
class Services;
class ValidTokenJob;
struct TokenSet;
} // namespace Plugboard

namespace Plugboard::Cli {

class AppTokenRequest;

/// `plugboard-cli token CONNECTION [--min-validity SECONDS] [--json]`:
/// prints a working access token and nothing else (or JSON with the token,
/// its type, expiry and scopes), renewing it first when it would expire
/// within SECONDS (60 by default). Never prints a refresh token, id token
/// or client secret. For a stored token that is still good this is one
/// keyring read and no network.
///
/// When the desktop app runs, the command asks it first (AppTokenRequest):
/// it answers from memory under the same rules (valid for SECONDS, renewed
/// single-flight, recorded in the audit trail under this command's actor),
/// and the output is the same either way. Without the app, or when it
/// cannot answer, the command reads the keyring itself.
class TokenCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCommand)

public:
    explicit TokenCommand(QObject* parent = nullptr);
    ~TokenCommand() override;

    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    QString synopsis() const override
    {
        return QStringLiteral("CONNECTION [--min-validity SECONDS] [--json]");
    }
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void askApp(const QString& connectionId, Console& console);
    void onAppToken(AppTokenRequest* request, Console& console);
    /// Reads the keyring (or vault) and renews when needed, in this process.
    void readStored(const QString& name, Console& console);
    void onToken(ValidTokenJob* job, Console& console);
    /// Prints the token (or its JSON) on standard output.
    void print(const TokenSet& tokens, bool renewable, const QString& connectionId, Console& console);

    QCommandLineOption m_minValidity;
    QCommandLineOption m_json;
    bool m_printJson = false;
    qint64 m_minValiditySeconds = 60;
    QString m_name; ///< the CONNECTION argument
    std::unique_ptr<ConnectionStore> m_connections; ///< metadata only, to ask the app
    std::unique_ptr<Services> m_services; ///< only when reading the keyring
};

} // namespace Plugboard::Cli

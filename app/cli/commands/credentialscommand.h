#pragma once

#include "app/cli/command.h"
#include "core/catalog/platformrecord.h"

#include <memory>

namespace Plugboard {
class CredentialsJob;
class Services;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli credentials set PLATFORM --client-id ID [--client-secret-stdin]
/// [--token-proxy URL]`, `credentials show PLATFORM` (masked) and
/// `credentials remove PLATFORM` (disconnects its connections first,
/// revoking their tokens). Secrets come from standard input or a hidden
/// prompt, never from arguments. Platforms that use API keys have none:
/// their keys are connections (`connect PLATFORM --api-key-stdin`).
class CredentialsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsCommand)

public:
    explicit CredentialsCommand(QObject* parent = nullptr);
    ~CredentialsCommand() override;

    QString name() const override { return QStringLiteral("credentials"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void set(const QCommandLineParser& parser, Console& console);
    void show(Console& console);
    void remove(Console& console);
    void forgetConnections(Console& console);
    void disconnectNext(Console& console);
    void forgetLeftoverTokens(Console& console);
    void runJob(CredentialsJob* job, Console& console);

    QCommandLineOption m_clientId;
    QCommandLineOption m_clientSecretStdin;
    QCommandLineOption m_tokenProxy;
    PlatformRecord m_record;
    std::unique_ptr<Services> m_services;
    QStringList m_accountsToDisconnect;
};

} // namespace Plugboard::Cli

#pragma once

#include "app/cli/command.h"

#include <memory>

namespace Plugboard {
class DisconnectOperation;
class Services;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli disconnect CONNECTION`: revokes the connection's tokens at
/// the platform (refresh token first), then forgets its secrets and
/// metadata. When the platform cannot be reached the local disconnect still
/// happens; the command says so and exits 6 so scripts notice.
class DisconnectCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectCommand)

public:
    explicit DisconnectCommand(QObject* parent = nullptr);
    ~DisconnectCommand() override;

    QString name() const override { return QStringLiteral("disconnect"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("CONNECTION"); }
    QList<Argument> arguments() const override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void onDisconnected(DisconnectOperation* operation, Console& console);

    std::unique_ptr<Services> m_services;
    QString m_connectionId;
};

} // namespace Plugboard::Cli

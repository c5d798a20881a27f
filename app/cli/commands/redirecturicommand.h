#pragma once

#include "app/cli/command.h"

namespace Plugboard::Cli {

/// `plugboard-cli redirect-uri PLATFORM`: the exact redirect URI to register
/// in the platform's developer console, before connecting.
class RedirectUriCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectUriCommand)

public:
    explicit RedirectUriCommand(QObject* parent = nullptr);
    ~RedirectUriCommand() override;

    QString name() const override { return QStringLiteral("redirect-uri"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("PLATFORM"); }
    QList<Argument> arguments() const override;
    void run(const QCommandLineParser& parser, Console& console) override;
};

} // namespace Plugboard::Cli

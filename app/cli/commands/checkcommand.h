#pragma once

#include "app/cli/command.h"

#include <QList>

#include <memory>

namespace Plugboard {
class HealthCheck;
class Services;
struct Connection;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli check CONNECTION | --all`: confirms with each platform
/// that the connection works (renewing its token when due), records the
/// outcome, and prints one line per connection. The exit code is the worst
/// outcome's.
class CheckCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)

public:
    explicit CheckCommand(QObject* parent = nullptr);
    ~CheckCommand() override;

    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("CONNECTION | --all"); }
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void checkNext(Console& console);
    void onChecked(HealthCheck* check, Console& console);

    QCommandLineOption m_all;
    std::unique_ptr<Services> m_services;
    QStringList m_pending; ///< connection ids still to check, one at a time
    ExitCode m_worst = ExitCode::Ok;
};

} // namespace Plugboard::Cli

#pragma once

#include "app/cli/command.h"

#include <QCommandLineOption>

namespace Plugboard {
class Diagnosis;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli diagnose [--json] [--online] [--platform PLATFORM]`: what
/// Plugboard needs from this computer, one verdict per check with the next
/// step (core/diagnosis). Exits 1 when a check failed.
class DiagnoseCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseCommand)

public:
    explicit DiagnoseCommand(QObject* parent = nullptr);
    ~DiagnoseCommand() override;

    QString name() const override { return QStringLiteral("diagnose"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--json] [--online] [--platform PLATFORM]"); }
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void report(Diagnosis* diagnosis, bool json, Console& console);

    QCommandLineOption m_json;
    QCommandLineOption m_online;
    QCommandLineOption m_platform;
};

} // namespace Plugboard::Cli

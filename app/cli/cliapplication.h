#pragma once

#include "app/cli/exitcode.h"
#include "core/result.h"

#include <QList>
#include <QObject>

#include <optional>

class QCommandLineParser;

namespace Plugboard::Cli {

class Command;
class Console;

/// plugboard-cli's front door: refuses secrets on the command line, picks
/// the subcommand, parses its options, runs it on the event loop and turns
/// the outcome into a documented exit code.
class CliApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    explicit CliApplication(QObject* parent = nullptr);
    ~CliApplication() override;

    /// Takes ownership.
    void addCommand(Command* command);
    /// `arguments` as QCoreApplication::arguments() gives them.
    int exec(const QStringList& arguments);

private:
    QString overview() const;
    /// "cli:<executable of the parent process>", who the audit trail
    /// names for what this process does.
    static QString auditActor();
    /// Lets the audit trail finish signing what the command recorded
    /// (a few seconds at most).
    static void waitForAuditTrail();
    ExitCode runCommand(Command* command, const QStringList& arguments, Console& console);
    /// Parses `arguments` for `command`; Usage or Ok when run() need not
    /// follow (a mistake, or --help).
    std::optional<ExitCode> parse(Command& command, const QStringList& arguments, QCommandLineParser& parser,
                                  Console& console);
    /// The one check of how many positional arguments `command` was given.
    static Result<void> checkArgumentCount(const Command& command, const QStringList& given);

    QList<Command*> m_commands;
};

} // namespace Plugboard::Cli

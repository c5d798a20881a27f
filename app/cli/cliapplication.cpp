#include "app/cli/cliapplication.h"

#include "app/cli/command.h"
#include "app/cli/console.h"
#include "app/cli/secretargumentguard.h"
#include "core/applicationinfo.h"
#include "core/audit/audittrail.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <unistd.h>

namespace Plugboard::Cli {

CliApplication::CliApplication(QObject* parent)
    : QObject(parent)
{ }

CliApplication::~CliApplication() = default;

void CliApplication::addCommand(Command* command)
{
    command->setParent(this);
    m_commands.append(command);
}

QString CliApplication::overview() const
{
    QString text = tr("Usage: plugboard-cli COMMAND [OPTIONS]\n\n"
                      "Plugboard from the terminal: valid tokens for scripts, without ever seeing a refresh "
                      "token. Secrets are read from standard input, never from arguments.\n\nCommands:\n");
    for (const Command* command : m_commands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command->name(), command->synopsis(), command->summary());
    text += tr(
        "\nCONNECTION is the platform id when it has one account (github), else PLATFORM/ACCOUNT with the "
        "account's id or name (github/octocat).\n"
        "\nRun `plugboard-cli COMMAND --help` for a command's options.\n\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  other failure\n"
        "  2  usage error (including a secret offered as an argument)\n"
        "  3  unknown or ambiguous platform or connection\n"
        "  4  the connection needs to be reconnected\n"
        "  5  the keyring is unavailable or locked\n"
        "  6  the platform refused or failed\n"
        "  7  cancelled or timed out\n");
    return text;
}

QString CliApplication::auditActor()
{
    // The program that ran us: the script or shell the user should
    // recognise when reading who took a token.
    const qint64 parent = getppid();
    const QString executable = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(parent));
    return QStringLiteral("cli:")
        + (executable.isEmpty() ? QStringLiteral("pid %1").arg(parent) : executable);
}

void CliApplication::waitForAuditTrail()
{
    AuditTrail* trail = AuditTrail::current();
    if (!trail || trail->isIdle())
        return;
    // Bounded: an entry not signed by then stays pending, never lost.
    constexpr int kAuditWaitMs = 10'000; // a first entry makes the key: three keyring calls
    QEventLoop loop;
    connect(trail, &AuditTrail::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(kAuditWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
}

int CliApplication::exec(const QStringList& arguments)
{
    Console console;
    AuditTrail::setProcessActor(auditActor());
    const QStringList rest = arguments.mid(1);

    if (const QString option = findSecretArgument(rest); !option.isEmpty()) {
        console.error(
            { ErrorCode::InvalidArgument,
              tr("%1 would put a secret on the command line, where other users and your shell history "
                 "can read it. Pipe it in instead, e.g. `--client-secret-stdin`.")
                  .arg(option) });
        return int(ExitCode::Usage);
    }
    if (rest.isEmpty()) {
        console.hint(overview());
        return int(ExitCode::Usage);
    }
    const QString& first = rest.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        console.data(overview());
        return int(ExitCode::Ok);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.data(QStringLiteral("plugboard-cli %1").arg(ApplicationInfo::version()));
        return int(ExitCode::Ok);
    }
    for (Command* command : std::as_const(m_commands)) {
        if (command->name() == first)
            return int(runCommand(command, rest, console));
    }
    console.error(
        { ErrorCode::InvalidArgument,
          tr("Unknown command \"%1\". Run `plugboard-cli --help` to list the commands.").arg(first) });
    return int(ExitCode::Usage);
}

ExitCode CliApplication::runCommand(Command* command, const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    if (const std::optional<ExitCode> early = parse(*command, arguments, parser, console))
        return *early;

    ExitCode result = ExitCode::Failure;
    bool done = false;
    QEventLoop loop;
    connect(command, &Command::finished, &loop, [&](ExitCode code) {
        result = code;
        done = true;
        loop.quit();
    });
    command->run(parser, console);
    if (!done)
        loop.exec();
    waitForAuditTrail();
    return result;
}

std::optional<ExitCode> CliApplication::parse(Command& command, const QStringList& arguments,
                                              QCommandLineParser& parser, Console& console)
{
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Shows this help."));
    parser.addOption(help);
    for (const Command::Argument& argument : command.arguments()) {
        const QString syntax = !argument.syntax.isEmpty() ? argument.syntax
            : argument.optional                           ? QStringLiteral("[%1]").arg(argument.name)
                                                          : QString();
        parser.addPositionalArgument(argument.name, argument.description, syntax);
    }
    command.configure(parser);

    // arguments[0] is the command's name; QCommandLineParser wants a program there.
    QStringList forParser = arguments;
    forParser[0] = QStringLiteral("plugboard-cli %1").arg(command.name());
    if (!parser.parse(forParser)) {
        console.error({ ErrorCode::InvalidArgument,
                        tr("%1. Run `plugboard-cli %2 --help` for its options.")
                            .arg(parser.errorText(), command.name()) });
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        // Qt puts the path that started the program on the usage line
        // (another path when the lean program execs the full one): show
        // what a person types instead.
        QString text = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        if (const qsizetype at = text.indexOf(started); !started.isEmpty() && at >= 0)
            text.replace(at, started.size(), forParser.first());
        console.data(text);
        return ExitCode::Ok;
    }
    if (Result<void> counted = checkArgumentCount(command, parser.positionalArguments()); !counted) {
        console.error(counted.error());
        return ExitCode::Usage;
    }
    return std::nullopt;
}

Result<void> CliApplication::checkArgumentCount(const Command& command, const QStringList& given)
{
    const QList<Command::Argument> declared = command.arguments();
    QStringList missing;
    for (qsizetype i = given.size(); i < declared.size(); ++i) {
        if (!declared.at(i).optional)
            missing.append(declared.at(i).name);
    }
    // The usage line names what the command takes; the arguments given are
    // not repeated: a stray one may be a secret pasted in the wrong place.
    const QString usage = QStringLiteral("plugboard-cli %1 %2").arg(command.name(), command.synopsis());
    if (!missing.isEmpty())
        return Error { ErrorCode::InvalidArgument,
                       tr("Missing %1. Use `%2`.").arg(missing.join(QStringLiteral(", ")), usage) };
    if (given.size() > declared.size())
        return Error { ErrorCode::InvalidArgument, tr("Too many arguments. Use `%1`.").arg(usage) };
    return {};
}

} // namespace Plugboard::Cli

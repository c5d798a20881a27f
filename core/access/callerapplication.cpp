#include "core/access/callerapplication.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Plugboard {

namespace {

/// The interpreter `executableName` is ("python" for "python3.11"), or
/// empty: interpreters' first file argument is the program that really runs.
QString interpreterOf(const QString& executableName)
{
    static const QRegularExpression interpreters(
        QStringLiteral("^(python|pypy|perl|ruby|node|nodejs|lua|luajit|php|tclsh|wish|gjs|bash|sh|dash|zsh|"
                       "ksh|fish|osascript)"
                       "[0-9.]*$"));
    return interpreters.match(executableName).captured(1);
}

/// Whether `argument` has `interpreter` run code given inline or read from
/// standard input: a file argument after it is then data for that code,
/// not the program. Short options come in clusters ("perl -ne", "sh -ec",
/// "python3 -Bc"), so a cluster holding the letter counts.
bool runsInlineCode(const QString& interpreter, const QString& argument)
{
    if (argument == QLatin1String("-"))
        return true;
    for (const QLatin1String option :
         { QLatin1String("--eval"), QLatin1String("--print"), QLatin1String("--command") }) {
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    if (!argument.startsWith(QLatin1Char('-')) || argument.startsWith(QLatin1String("--")))
        return false;
    static const QHash<QString, QString> inlineLetters {
        { QStringLiteral("python"), QStringLiteral("cm") },
        { QStringLiteral("pypy"), QStringLiteral("cm") },
        { QStringLiteral("perl"), QStringLiteral("eE") },
        { QStringLiteral("ruby"), QStringLiteral("e") },
        { QStringLiteral("node"), QStringLiteral("ep") },
        { QStringLiteral("nodejs"), QStringLiteral("ep") },
        { QStringLiteral("lua"), QStringLiteral("e") },
        { QStringLiteral("luajit"), QStringLiteral("e") },
        { QStringLiteral("php"), QStringLiteral("rRBE") },
        { QStringLiteral("gjs"), QStringLiteral("c") },
        { QStringLiteral("osascript"), QStringLiteral("e") },
        { QStringLiteral("tclsh"), QString() },
        { QStringLiteral("wish"), QString() },
    };
    // The shells: -c runs a command string, -s reads commands from standard input.
    const QString letters = inlineLetters.value(interpreter, QStringLiteral("cs"));
    const QStringView cluster = QStringView(argument).mid(1);
    return std::any_of(letters.cbegin(), letters.cend(),
                       [cluster](QChar letter) { return cluster.contains(letter); });
}

/// The Flatpak app id in a sandbox's info file: "name" in [Application].
QString flatpakId(const QString& infoFile)
{
    QFile file(infoFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    bool inApplication = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inApplication = line == QLatin1String("[Application]");
        else if (inApplication && line.startsWith(QLatin1String("name=")))
            return line.mid(5).trimmed();
    }
    return {};
}

} // namespace

Result<CallerApplication> CallerApplication::ofProcess(qint64 pid, const QByteArray& securityLabel,
                                                       const QString& procRoot)
{
    const QString folder = procRoot + QLatin1Char('/') + QString::number(pid);
    QString executable = QFile::symLinkTarget(folder + QLatin1String("/exe"));
    if (pid <= 0 || executable.isEmpty())
        return Error { ErrorCode::AccessDenied,
                       tr("Plugboard could not tell which program is asking (process %1 has ended or "
                          "cannot be inspected), so it hands out nothing.")
                           .arg(pid) };
    // An executable replaced by an update is still the same application.
    executable.remove(QRegularExpression(QStringLiteral(" \\(deleted\\)$")));

    if (std::optional<CallerApplication> inSandbox = sandboxed(folder, securityLabel)) {
        inSandbox->executable = executable;
        return *inSandbox;
    }
    CallerApplication caller;
    caller.executable = executable;
    caller.id = executable;
    const QString executableName = QFileInfo(executable).fileName();
    caller.name = executableName;
    if (const QString interpreter = interpreterOf(executableName); !interpreter.isEmpty()) {
        QFile cmdline(folder + QLatin1String("/cmdline"));
        QStringList arguments;
        if (cmdline.open(QIODevice::ReadOnly)) {
            for (const QByteArray& argument : cmdline.readAll().split('\0'))
                arguments.append(QString::fromLocal8Bit(argument));
        }
        if (std::optional<QString> script = scriptOf(folder, interpreter, arguments.mid(1))) {
            caller.kind = Kind::Script;
            caller.id = *script;
            caller.name = tr("%1 running %2").arg(executableName, QFileInfo(*script).fileName());
        }
    }
    return caller;
}

std::optional<CallerApplication> CallerApplication::sandboxed(const QString& processFolder,
                                                              const QByteArray& securityLabel)
{
    // "snap.NAME.APP (enforce)": the kernel sets it, the snap cannot.
    static const QRegularExpression snapLabel(QStringLiteral("^snap\\.([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\\."));
    const QString label = QString::fromUtf8(securityLabel).remove(QChar(0)).trimmed();
    if (const QRegularExpressionMatch match = snapLabel.match(label); match.hasMatch()) {
        CallerApplication snap;
        snap.kind = Kind::Snap;
        snap.id = QLatin1String("snap:") + match.captured(1);
        snap.name = tr("%1 (Snap)").arg(match.captured(1));
        return snap;
    }
    // Flatpak mounts this file read-only at the sandbox's root; the app
    // cannot change it, and a process outside a sandbox has none.
    const QString appId = flatpakId(processFolder + QLatin1String("/root/.flatpak-info"));
    if (!appId.isEmpty()) {
        CallerApplication flatpak;
        flatpak.kind = Kind::Flatpak;
        flatpak.id = QLatin1String("flatpak:") + appId;
        flatpak.name = tr("%1 (Flatpak)").arg(appId);
        return flatpak;
    }
    return std::nullopt;
}

std::optional<QString> CallerApplication::scriptOf(const QString& processFolder, const QString& interpreter,
                                                   const QStringList& arguments)
{
    const QString cwd = QFile::symLinkTarget(processFolder + QLatin1String("/cwd"));
    const QDir workingFolder(cwd);
    for (const QString& argument : arguments) {
        // Code given inline, from standard input or a module by name: no
        // file to tell it by.
        if (runsInlineCode(interpreter, argument))
            return std::nullopt;
        if (argument.isEmpty() || argument.startsWith(QLatin1Char('-')))
            continue;
        if (QDir::isRelativePath(argument) && cwd.isEmpty())
            continue;
        const QFileInfo candidate(workingFolder, argument);
        if (candidate.isFile())
            return candidate.canonicalFilePath();
    }
    return std::nullopt;
}

} // namespace Plugboard

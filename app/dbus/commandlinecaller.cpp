#include "app/dbus/commandlinecaller.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace Plugboard {

namespace {

/// The parent process id from /proc/PID/stat ("PID (comm) S PPID ..."),
/// read after the last ')' because the command name may hold any byte.
qint64 parentOf(qint64 pid, const QString& procRoot)
{
    QFile file(QStringLiteral("%1/%2/stat").arg(procRoot).arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.read(4096);
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat.mid(close + 1).trimmed().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

} // namespace

QString CommandLineCaller::trustedExecutable()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/plugboard-cli");
}

bool CommandLineCaller::isTrusted(const CallerApplication& caller, qint64 pid, const QString& trusted)
{
    if (caller.kind != CallerApplication::Kind::Executable || pid <= 0 || trusted.isEmpty())
        return false;
    struct stat running = {};
    struct stat installed = {};
    // stat() follows /proc/PID/exe to the file the process really runs.
    const QByteArray exe = QStringLiteral("/proc/%1/exe").arg(pid).toLocal8Bit();
    if (::stat(exe.constData(), &running) != 0
        || ::stat(QFile::encodeName(trusted).constData(), &installed) != 0)
        return false;
    return running.st_dev == installed.st_dev && running.st_ino == installed.st_ino;
}

QString CommandLineCaller::auditActor(qint64 pid, const QString& procRoot)
{
    const qint64 parent = parentOf(pid, procRoot);
    const QString executable = parent > 0
        ? QFile::symLinkTarget(QStringLiteral("%1/%2/exe").arg(procRoot).arg(parent))
        : QString();
    return QStringLiteral("cli:")
        + (executable.isEmpty() ? QStringLiteral("pid %1").arg(parent) : executable);
}

} // namespace Plugboard

#include "windowbenchsupport.h"

#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace Plugboard::Bench {

QString plugboardProgram()
{
    return qEnvironmentVariableIsSet("PLUGBOARD_BENCH_GUI") ? qEnvironmentVariable("PLUGBOARD_BENCH_GUI")
                                                            : QStringLiteral(PLUGBOARD_GUI_PATH);
}

Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return { values[values.size() / 2], values.front(), values.back() };
}

QProcessEnvironment sandboxEnvironment(const QTemporaryDir& sandbox)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = sandbox.filePath(QStringLiteral("home"));
    const QString runtime = sandbox.filePath(QStringLiteral("runtime"));
    QDir().mkpath(home);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("PLUGBOARD_REPORT_SHOWN"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

void writeConnections(const QString& dataHome, int count, qint64 expiresInSecs)
{
    const QString file = dataHome + QLatin1Char('/') + ApplicationInfo::applicationName()
        + QStringLiteral("/connections.json");
    const QStringList platforms = PlatformCatalog::shippedIds();
    ConnectionStore store(file);
    (void)store.load();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Connection connection;
        connection.platformId = platforms.at(i % platforms.size());
        connection.accountId = QStringLiteral("account-%1").arg(i);
        connection.accountName = QStringLiteral("Person %1").arg(i);
        connection.grantedScopes = { QStringLiteral("read"), QStringLiteral("profile") };
        connection.refreshable = true;
        connection.expiresAt = now.addSecs(expiresInSecs + i * 60);
        connection.lastChecked = now.addSecs(-300);
        connection.state = i % 10 == 3 ? ConnectionState::NeedsReconnect
            : i % 10 == 7              ? ConnectionState::Expiring
                                       : ConnectionState::Connected;
        if (Result<void> stored = store.upsert(connection); !stored)
            qFatal("cannot write connections: %s", qPrintable(stored.error().message));
    }
}

std::optional<double> residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return std::nullopt;
}

namespace {

QStringList taskFolders(qint64 pid)
{
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    QStringList folders;
    for (const QString& tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        folders.append(tasks + QLatin1Char('/') + tid);
    return folders;
}

} // namespace

std::optional<qint64> cpuNanoseconds(qint64 pid)
{
    const QStringList tasks = taskFolders(pid);
    if (tasks.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    for (const QString& task : tasks) {
        QFile schedstat(task + QStringLiteral("/schedstat"));
        if (schedstat.open(QIODevice::ReadOnly)) // "run-ns wait-ns slices"
            total += schedstat.readAll().split(' ').value(0).toLongLong();
    }
    return total;
}

std::optional<Switches> contextSwitches(qint64 pid)
{
    const QStringList tasks = taskFolders(pid);
    if (tasks.isEmpty())
        return std::nullopt;
    Switches switches;
    for (const QString& task : tasks) {
        QFile status(task + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                switches.voluntary += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            else if (line.startsWith("nonvoluntary_ctxt_switches:"))
                switches.involuntary += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return switches;
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
}

} // namespace Plugboard::Bench

// What the desktop app costs while it sits in the tray and nothing is due:
// CPU time (every thread, from /proc/PID/task/*/schedstat) and wake-ups
// (voluntary context switches) over a minute (PLUGBOARD_BENCH_IDLE_SECONDS)
// after it settled, with 50 connections whose tokens are not due for hours.
//
// A tray needs a display and a StatusNotifierWatcher on the session bus:
// this program registers a stand-in watcher (the app's icon registers with
// it as with a desktop's panel) and, without DISPLAY, runs its own Xvfb
// when one is installed. Without a tray the window stays shown (what the
// app does then) and the figures are for an idle shown window; the first
// line says which. Children get a temporary HOME and XDG folders; the bus
// is the one run-benchmark.sh starts, with its private keyring, which
// nothing here should touch. Prints figures and "FIGURE id value goal"
// lines; asserts nothing. Run with scripts/run-benchmark.sh bench_idle.
#include "core/applicationinfo.h"
#include "windowbenchsupport.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Plugboard;
using namespace Plugboard::Bench;

namespace {

constexpr int kConnections = 50;
constexpr qint64 kExpiresInSecs = 6 * 3600;
constexpr int kDefaultSeconds = 60;
constexpr int kDefaultSettleSeconds = 10;

/// Stands in for a desktop panel's org.kde.StatusNotifierWatcher, enough
/// for Qt to find a tray and for the app's icon to register with it.
class StandInWatcher final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const { return m_items; }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString& service) { m_items.append(service); }
    void RegisterStatusNotifierHost(const QString&) { }

private:
    QStringList m_items;
};

int envInt(const char* name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qMax(1, qEnvironmentVariableIntValue(name)) : fallback;
}

bool serveWatcher(StandInWatcher* watcher)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"))
        && bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), watcher,
                              QDBusConnection::ExportAllProperties | QDBusConnection::ExportAllSlots);
}

// Without DISPLAY: an Xvfb of our own, when installed (else offscreen, no tray).
bool startDisplay(QProcess& xvfb, QProcessEnvironment& environment)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (environment.contains(QStringLiteral("DISPLAY")) || program.isEmpty())
        return false;
    const int display = 60 + int(QCoreApplication::applicationPid() % 300);
    xvfb.start(program,
               { QStringLiteral(":%1").arg(display), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                 QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x800x24") });
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(display);
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(socket) && waited.elapsed() < 5000 && xvfb.state() != QProcess::NotRunning)
        QThread::msleep(50);
    if (!QFile::exists(socket))
        return false;
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return true;
}

/// Waits `seconds` while the event loop runs (the watcher answers the app).
void idle(int seconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000LL) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QThread::msleep(20);
    }
}

/// Voluntary context switches so far, by thread ("tid name").
QMap<QString, qint64> wakeUpsByThread(qint64 pid)
{
    QMap<QString, qint64> byThread;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString& tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks + QStringLiteral("/%1/comm").arg(tid));
        QFile status(tasks + QStringLiteral("/%1/status").arg(tid));
        if (!comm.open(QIODevice::ReadOnly) || !status.open(QIODevice::ReadOnly))
            continue;
        const QString name = tid + QLatin1Char(' ') + QString::fromUtf8(comm.readAll().trimmed());
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                byThread.insert(name, line.mid(line.indexOf(':') + 1).trimmed().toLongLong());
        }
    }
    return byThread;
}

// Which threads woke, to name the culprit when a figure is high.
void printThreads(const QMap<QString, qint64>& before, const QMap<QString, qint64>& after)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        std::printf("    thread %-24s %lld wake-ups\n", qPrintable(it.key()),
                    it.value() - before.value(it.key()));
}

struct Sample
{
    qint64 cpuNs = 0;
    Switches switches;
};

std::optional<Sample> sample(qint64 pid)
{
    const std::optional<qint64> cpu = cpuNanoseconds(pid);
    const std::optional<Switches> switches = contextSwitches(pid);
    if (!cpu || !switches)
        return std::nullopt;
    return Sample { *cpu, *switches };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("plugboard.*.debug=false\nplugboard.*.info=false"));
    ApplicationInfo::applyToApplication();
    const int seconds = envInt("PLUGBOARD_BENCH_IDLE_SECONDS", kDefaultSeconds);
    const int settle = envInt("PLUGBOARD_BENCH_SETTLE_SECONDS", kDefaultSettleSeconds);

    QTemporaryDir sandbox;
    QProcessEnvironment environment = sandboxEnvironment(sandbox);
    writeConnections(environment.value(QStringLiteral("XDG_DATA_HOME")), kConnections, kExpiresInSecs);
    QProcess xvfb;
    const bool ownDisplay = startDisplay(xvfb, environment);
    StandInWatcher watcher;
    const bool watcherServed = serveWatcher(&watcher);

    QProcess plugboard;
    plugboard.setProcessEnvironment(environment);
    plugboard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    plugboard.start(plugboardProgram(), { QStringLiteral("--minimized") });
    if (!plugboard.waitForStarted())
        return 1;
    idle(settle);
    const bool inTray = !watcher.items().isEmpty();
    std::printf("bench_idle: %d connections (none due for %lld h), platform %s%s, %s; %d s settle, %d s "
                "measured\n",
                kConnections, kExpiresInSecs / 3600,
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))),
                ownDisplay ? " (own Xvfb)" : "",
                inTray              ? "minimized to the tray"
                    : watcherServed ? "no tray: window shown"
                                    : "no bus: window shown",
                settle, seconds);
    std::fflush(stdout);

    const qint64 pid = plugboard.processId();
    const QMap<QString, qint64> threadsBefore = wakeUpsByThread(pid);
    const std::optional<Sample> before = sample(pid);
    idle(seconds);
    const std::optional<Sample> after = sample(pid);
    const QMap<QString, qint64> threadsAfter = wakeUpsByThread(pid);
    if (!before || !after) {
        std::fprintf(stderr, "plugboard ended while idling\n");
        return 1;
    }
    stop(plugboard);
    if (ownDisplay)
        stop(xvfb);

    const double perMinute = 60.0 / seconds;
    const double cpuMs = double(after->cpuNs - before->cpuNs) / 1e6 * perMinute;
    const double wakeUps = double(after->switches.voluntary - before->switches.voluntary) * perMinute;
    const double preempted = double(after->switches.involuntary - before->switches.involuntary) * perMinute;
    std::printf(
        "idle, per minute: CPU %.2f ms, %.1f wake-ups (voluntary context switches), %.1f preemptions\n",
        cpuMs, wakeUps, preempted);
    printThreads(threadsBefore, threadsAfter);
    std::printf("FIGURE idle-cpu-ms-per-minute %.2f <5\n", cpuMs);
    std::printf("FIGURE idle-wakeups-per-minute %.1f ~0\n", wakeUps);
    return 0;
}

#include "bench_idle.moc"

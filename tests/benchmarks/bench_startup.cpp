// Start-up cost of the desktop app against the smallest Qt Widgets window,
// measured the same way in one run: from launching the process to its first
// window being exposed (both print "PLUGBOARD_SHOWN" then, with
// PLUGBOARD_REPORT_SHOWN=1), and the resident memory (VmRSS) after 5 s idle.
// Plugboard starts with 50 connections in its metadata file. The two
// programs alternate, so a busy machine slows both alike.
//
// Children get a temporary HOME and XDG folders and no D-Bus session
// address: start-up never reads the keyring, and nothing here may reach a
// real one. The offscreen platform is used unless DISPLAY is set.
// Prints figures and the ratios against the targets (time ≤ 1.3×, memory ≤
// 1.4×); asserts nothing. Run with scripts/run-benchmark.sh bench_startup.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Plugboard;

namespace {

constexpr int kDefaultRounds = 5;
constexpr int kConnections = 50;
constexpr int kIdleMs = 5000;
constexpr int kShowTimeoutMs = 30000;
constexpr double kTimeTarget = 1.3;
constexpr double kMemoryTarget = 1.4;

struct Figures
{
    std::vector<double> shownMs;
    std::vector<double> rssMiB;
};

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return { values[values.size() / 2], values.front(), values.back() };
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

// Launches `program`, waits for its marker line, lets it idle, reads its
// memory, then stops it. Returns false when it never showed a window.
bool measure(const QString& program, const QProcessEnvironment& environment, Figures& figures)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setReadChannel(QProcess::StandardOutput);
    QElapsedTimer clock;
    clock.start();
    process.start();
    bool shown = false;
    while (!shown && clock.elapsed() < kShowTimeoutMs && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        while (process.canReadLine())
            shown = shown || process.readLine().trimmed() == "PLUGBOARD_SHOWN";
    }
    const double shownMs = double(clock.nsecsElapsed()) / 1e6;
    if (!shown) {
        std::fprintf(stderr, "%s never showed a window:\n%s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished();
        return false;
    }
    process.waitForFinished(kIdleMs); // idles; returns after 5 s
    const std::optional<double> rss = residentMiB(process.processId());
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
    figures.shownMs.push_back(shownMs);
    if (rss)
        figures.rssMiB.push_back(*rss);
    return true;
}

void writeConnections(const QString& file)
{
    const QStringList platforms = PlatformCatalog::shippedIds();
    ConnectionStore store(file);
    (void)store.load();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kConnections; ++i) {
        Connection connection;
        connection.platformId = platforms.at(i % platforms.size());
        connection.accountId = QStringLiteral("account-%1").arg(i);
        connection.accountName = QStringLiteral("Person %1").arg(i);
        connection.grantedScopes = { QStringLiteral("read"), QStringLiteral("profile") };
        connection.expiresAt = now.addSecs(600 + i * 60);
        connection.lastChecked = now.addSecs(-300);
        // Mostly healthy, a few that need attention, as on a real desk.
        connection.state = i % 10 == 3 ? ConnectionState::NeedsReconnect
            : i % 10 == 7              ? ConnectionState::Expiring
                                       : ConnectionState::Connected;
        if (Result<void> stored = store.upsert(connection); !stored)
            qFatal("cannot write connections: %s", qPrintable(stored.error().message));
    }
}

QProcessEnvironment childEnvironment(const QTemporaryDir& sandbox)
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
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    // No session bus: nothing can reach a keyring (start-up must not need one).
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("PLUGBOARD_REPORT_SHOWN"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

void printRow(const char* what, const Stats& s, const char* unit)
{
    std::printf("  %-28s median %8.1f  min %8.1f  max %8.1f %s\n", what, s.median, s.min, s.max, unit);
}

void printRatio(const char* what, double ratio, double target)
{
    std::printf("  %-28s %.2fx (target <= %.1fx) %s\n", what, ratio, target,
                ratio <= target ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("plugboard.*.info=false")); // figures only
    const int rounds = qEnvironmentVariableIsSet("PLUGBOARD_BENCH_ROUNDS")
        ? qMax(1, qEnvironmentVariableIntValue("PLUGBOARD_BENCH_ROUNDS"))
        : kDefaultRounds;

    QTemporaryDir sandbox;
    const QProcessEnvironment environment = childEnvironment(sandbox);
    writeConnections(environment.value(QStringLiteral("XDG_DATA_HOME")) + QLatin1Char('/')
                     + ApplicationInfo::applicationName() + QStringLiteral("/connections.json"));

    const QString plugboard = QStringLiteral(PLUGBOARD_GUI_PATH);
    const QString minimal = QStringLiteral(BENCH_MINIMAL_WINDOW_PATH);
    std::printf("bench_startup: %d rounds, %d connections, platform %s, %d s idle\n", rounds, kConnections,
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(display)"))),
                kIdleMs / 1000);
    std::fflush(stdout);

    // One untimed launch each fills the page cache for both.
    Figures warmUp;
    if (!measure(minimal, environment, warmUp) || !measure(plugboard, environment, warmUp))
        return 1;
    Figures baseline;
    Figures desktop;
    for (int round = 0; round < rounds; ++round) {
        if (!measure(minimal, environment, baseline) || !measure(plugboard, environment, desktop))
            return 1;
    }

    const Stats baseShown = stats(baseline.shownMs);
    const Stats appShown = stats(desktop.shownMs);
    const Stats baseRss = stats(baseline.rssMiB);
    const Stats appRss = stats(desktop.rssMiB);
    std::printf("launch to window shown:\n");
    printRow("minimal window", baseShown, "ms");
    printRow("plugboard (50 connections)", appShown, "ms");
    std::printf("idle memory (VmRSS after %d s):\n", kIdleMs / 1000);
    printRow("minimal window", baseRss, "MiB");
    printRow("plugboard (50 connections)", appRss, "MiB");
    std::printf("ratios (medians):\n");
    printRatio("time to window", appShown.median / baseShown.median, kTimeTarget);
    printRatio("idle memory", appRss.median / baseRss.median, kMemoryTarget);
    return 0;
}

// Start-up cost of the desktop app against the smallest Qt Widgets window,
// measured the same way in one run: from launching the process to its first
// window being exposed (both print "PLUGBOARD_SHOWN" then, with
// PLUGBOARD_REPORT_SHOWN=1), and the resident memory (VmRSS) after 5 s idle
// (PLUGBOARD_BENCH_IDLE_MS). Plugboard starts with 0, 50 and 500
// connections in its metadata file; memory per connection is
// (RSS with 500 − RSS with 50) / 450. Each round launches the bare window
// and then the three, so a busy machine slows all alike.
//
// Children get a temporary HOME and XDG folders and no D-Bus session
// address: start-up never reads the keyring, and nothing here may reach a
// real one. The offscreen platform is used unless DISPLAY is set.
// Prints figures, then one "RATIO id value goal" or "FIGURE id value goal"
// line per goal for the script that runs every benchmark; asserts nothing.
// Run with scripts/run-benchmark.sh bench_startup.
#include "core/applicationinfo.h"
#include "windowbenchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace Plugboard;
using namespace Plugboard::Bench;

namespace {

constexpr int kDefaultRounds = 5;
constexpr int kDefaultIdleMs = 5000;
constexpr int kShowTimeoutMs = 30000;
constexpr qint64 kExpiresInSecs = 6 * 3600; // nothing renews during a run
const std::vector<int> kConnectionCounts { 0, 50, 500 };

struct Figures
{
    std::vector<double> shownMs;
    std::vector<double> rssMiB;
};

/// One program to launch: the bare window, or Plugboard on one data folder.
struct Variant
{
    QString label;
    QString program;
    QProcessEnvironment environment;
    Figures figures;
};

// Launches the variant, waits for its marker line, lets it idle, reads its
// memory, then stops it. Returns false when it never showed a window.
bool measure(Variant& variant, int idleMs, bool record = true)
{
    QProcess process;
    process.setProcessEnvironment(variant.environment);
    process.setProgram(variant.program);
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
        std::fprintf(stderr, "%s never showed a window:\n%s\n", qPrintable(variant.label),
                     process.readAllStandardError().constData());
        stop(process);
        return false;
    }
    process.waitForFinished(idleMs); // idles; returns after idleMs
    const std::optional<double> rss = residentMiB(process.processId());
    stop(process);
    if (record) {
        variant.figures.shownMs.push_back(shownMs);
        if (rss)
            variant.figures.rssMiB.push_back(*rss);
    }
    return true;
}

std::vector<Variant> variants(const QTemporaryDir& sandbox)
{
    const QProcessEnvironment base = sandboxEnvironment(sandbox);
    std::vector<Variant> all;
    all.push_back({ QStringLiteral("minimal window"), QStringLiteral(BENCH_MINIMAL_WINDOW_PATH), base, {} });
    for (const int count : kConnectionCounts) {
        // One data folder per count; the same settings and (empty) audit trail.
        QProcessEnvironment environment = base;
        const QString dataHome = sandbox.filePath(QStringLiteral("data-%1").arg(count));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        writeConnections(dataHome, count, kExpiresInSecs);
        // No session bus: nothing can reach a keyring (start-up must not need one).
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        all.push_back(
            { QStringLiteral("plugboard (%1 connections)").arg(count), plugboardProgram(), environment, {} });
    }
    return all;
}

void printRow(const QString& what, const Stats& s, const char* unit)
{
    std::printf("  %-30s median %8.1f  min %8.1f  max %8.1f %s\n", qPrintable(what), s.median, s.min, s.max,
                unit);
}

void printFigures(const std::vector<Variant>& all, int idleMs)
{
    std::printf("launch to first frame:\n");
    for (const Variant& variant : all)
        printRow(variant.label, stats(variant.figures.shownMs), "ms");
    std::printf("idle memory (VmRSS after %.1f s):\n", idleMs / 1000.0);
    for (const Variant& variant : all)
        printRow(variant.label, stats(variant.figures.rssMiB), "MiB");
}

// The lines the script that runs every benchmark collects.
void printGoals(const std::vector<Variant>& all)
{
    const double bareShown = stats(all[0].figures.shownMs).median;
    const double bareRss = stats(all[0].figures.rssMiB).median;
    const char* goals[] = { "<=1.3", "<=1.3", "<=1.6" };
    for (size_t i = 1; i < all.size(); ++i) {
        const int count = kConnectionCounts[i - 1];
        std::printf("RATIO window-%d/bare-first-frame %.2f %s\n", count,
                    stats(all[i].figures.shownMs).median / bareShown, goals[i - 1]);
        std::printf("RATIO window-%d/bare-idle-rss %.2f %s\n", count,
                    stats(all[i].figures.rssMiB).median / bareRss, goals[i - 1]);
    }
    const double rss50 = stats(all[2].figures.rssMiB).median;
    const double rss500 = stats(all[3].figures.rssMiB).median;
    std::printf("FIGURE memory-per-connection-kb %.1f <30\n", (rss500 - rss50) * 1024.0 / 450.0);
}

int envInt(const char* name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qMax(1, qEnvironmentVariableIntValue(name)) : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("plugboard.*.debug=false\nplugboard.*.info=false")); // figures only
    ApplicationInfo::applyToApplication();
    const int rounds = envInt("PLUGBOARD_BENCH_ROUNDS", kDefaultRounds);
    const int idleMs = envInt("PLUGBOARD_BENCH_IDLE_MS", kDefaultIdleMs);

    QTemporaryDir sandbox;
    std::vector<Variant> all = variants(sandbox);
    std::printf(
        "bench_startup: %d rounds, platform %s, %.1f s idle\n", rounds,
        qPrintable(all[0].environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(display)"))),
        idleMs / 1000.0);
    std::fflush(stdout);

    // One untimed launch each fills the page cache for all.
    for (Variant& variant : all) {
        if (!measure(variant, 500, false))
            return 1;
    }
    for (int round = 0; round < rounds; ++round) {
        for (Variant& variant : all) {
            if (!measure(variant, idleMs))
                return 1;
        }
    }
    printFigures(all, idleMs);
    printGoals(all);
    return 0;
}

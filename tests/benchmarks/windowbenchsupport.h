#pragma once

// What bench_startup and bench_idle share: a sandbox of HOME and XDG
// folders for the desktop app, a metadata file with many connections, and
// the resident memory and CPU time a running process has used.
#include <QProcessEnvironment>
#include <QString>

#include <optional>
#include <vector>

class QTemporaryDir;

namespace Plugboard::Bench {

/// The desktop app this build made, or PLUGBOARD_BENCH_GUI (another
/// build's, to compare before and after in one sitting).
QString plugboardProgram();

/// Median, minimum and maximum of a set of samples.
struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};
Stats stats(std::vector<double> values);

/// An environment whose HOME, XDG folders and runtime folder lie in
/// `sandbox`; QT_QPA_PLATFORM=offscreen unless DISPLAY is set, and
/// PLUGBOARD_REPORT_SHOWN=1 so both windows print their first-frame marker.
QProcessEnvironment sandboxEnvironment(const QTemporaryDir& sandbox);

/// Writes `count` connections (mostly healthy, a few needing attention, as
/// on a real desk) to `dataHome`'s Plugboard metadata file. Their access
/// tokens expire `expiresInSecs` from now (later ones a minute apart each).
void writeConnections(const QString& dataHome, int count, qint64 expiresInSecs);

/// VmRSS of a running process, in MiB.
std::optional<double> residentMiB(qint64 pid);

/// CPU time every thread of a process has used so far (scheduler clock,
/// nanosecond resolution; /proc/PID/stat's ticks are 10 ms coarse).
std::optional<qint64> cpuNanoseconds(qint64 pid);

/// Context switches of every thread of a process so far: each is one
/// wake-up (voluntary) or one preemption (involuntary).
struct Switches
{
    qint64 voluntary = 0;
    qint64 involuntary = 0;
};
std::optional<Switches> contextSwitches(qint64 pid);

/// Sends SIGTERM and waits, then SIGKILL when it does not end.
void stop(class QProcess& process);

} // namespace Plugboard::Bench

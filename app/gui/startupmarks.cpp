#include "app/gui/startupmarks.h"

#include <QtGlobal>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace Plugboard {

namespace {

// Milliseconds since the kernel started this process: start time from
// /proc/self/stat (in clock ticks since boot) against CLOCK_BOOTTIME, so
// the dynamic loader's share before main() counts too.
double sinceProcessStart()
{
    static double startedMs = [] {
        std::FILE* stat = std::fopen("/proc/self/stat", "r");
        if (!stat)
            return 0.0;
        char buffer[1024] = {};
        const size_t read = std::fread(buffer, 1, sizeof buffer - 1, stat);
        std::fclose(stat);
        buffer[read] = '\0';
        // Field 22, counted after the command's closing parenthesis (field 2).
        const char* field = std::strrchr(buffer, ')');
        unsigned long long ticks = 0;
        if (field)
            std::sscanf(field + 2,
                        "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
                        &ticks);
        return double(ticks) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startedMs;
}

} // namespace

void StartupMarks::mark(const char* what)
{
    static const bool enabled = qEnvironmentVariableIntValue("PLUGBOARD_STARTUP_MARKS") == 1;
    if (!enabled)
        return;
    // CLOCK_MONOTONIC too: `perf record -k CLOCK_MONOTONIC` stamps samples
    // with it, so `perf report --time` can cut a profile at a mark.
    timespec monotonic {};
    clock_gettime(CLOCK_MONOTONIC, &monotonic);
    std::fprintf(stderr, "PLUGBOARD_MARK %8.2f %s (monotonic %lld.%06ld)\n", sinceProcessStart(), what,
                 static_cast<long long>(monotonic.tv_sec), monotonic.tv_nsec / 1000);
}

} // namespace Plugboard

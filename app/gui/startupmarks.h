#pragma once

namespace Plugboard {

/// Where start-up time goes, for whoever profiles it: with
/// PLUGBOARD_STARTUP_MARKS=1 in the environment, mark() prints
/// "PLUGBOARD_MARK <milliseconds since the process started> <what>" on
/// standard error (the process started at fork: run it directly, not
/// through a script, for absolute figures). Without the variable it prints nothing and costs one
/// check.
class StartupMarks final
{
public:
    StartupMarks() = delete;

    /// `what` is a static string naming the step just finished.
    static void mark(const char* what);
};

} // namespace Plugboard

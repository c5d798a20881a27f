#include "app/cli/lean/fullprogram.h"

#include "app/cli/apptokenrequest.h"
#include "app/cli/exitcode.h"

#include <cstdio>
#include <cstdlib>
#include <limits.h>
#include <string>
#include <unistd.h>

namespace Plugboard::Cli::FullProgram {

namespace {

std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return {};
    const std::string self(path, std::size_t(length));
    return self.substr(0, self.rfind('/'));
}

std::string fullProgramPath()
{
    const std::string folder = ownFolder();
    for (const char* relative : { "plugboard-cli-full", PLUGBOARD_FULL_CLI_FROM_BIN }) {
        const std::string candidate = folder + '/' + relative;
        if (!folder.empty() && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

} // namespace

int exec(char** argv, bool appAsked)
{
    const std::string path = fullProgramPath();
    if (!path.empty()) {
        if (appAsked)
            ::setenv(AppTokenRequest::kAskedVariable, "1", 1);
        ::execv(path.c_str(), argv);
    }
    // Not translated: no translator is loaded yet, and this means a broken
    // installation, which the package manager has to repair.
    std::fprintf(stderr,
                 "error: plugboard-cli could not start plugboard-cli-full beside it or in %s. Reinstall "
                 "Plugboard.\n",
                 PLUGBOARD_FULL_CLI_FROM_BIN);
    return int(ExitCode::Failure);
}

} // namespace Plugboard::Cli::FullProgram

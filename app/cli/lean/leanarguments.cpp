#include "app/cli/lean/leanarguments.h"

#include <cstring>

namespace Plugboard::Cli {

namespace {

/// The full program's range for --min-validity (TokenCommand).
constexpr qint64 kMaxValidity = 24 * 3600;

bool setMinValidity(const char* text, std::optional<qint64>& seconds)
{
    if (seconds)
        return false; // repeated: let the full parser decide what it means
    bool numeric = false;
    const qint64 value = QString::fromLocal8Bit(text).toLongLong(&numeric);
    if (!numeric || value < 0 || value > kMaxValidity)
        return false;
    seconds = value;
    return true;
}

} // namespace

std::optional<LeanArguments> LeanArguments::parse(int argc, char** argv)
{
    if (argc < 3 || std::strcmp(argv[1], "token") != 0)
        return std::nullopt;
    static constexpr char kMinValidityEq[] = "--min-validity=";
    LeanArguments parsed;
    std::optional<qint64> seconds;
    bool haveName = false;
    for (int i = 2; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--json") == 0 && !parsed.json) {
            parsed.json = true;
        } else if (std::strcmp(arg, "--min-validity") == 0 && i + 1 < argc) {
            if (!setMinValidity(argv[++i], seconds))
                return std::nullopt;
        } else if (std::strncmp(arg, kMinValidityEq, sizeof kMinValidityEq - 1) == 0) {
            if (!setMinValidity(arg + sizeof kMinValidityEq - 1, seconds))
                return std::nullopt;
        } else if (arg[0] != '-' && arg[0] != '\0' && !haveName) {
            parsed.connection = QString::fromLocal8Bit(arg);
            haveName = true;
        } else {
            return std::nullopt;
        }
    }
    if (!haveName)
        return std::nullopt;
    parsed.minValidity = std::chrono::seconds(seconds.value_or(60));
    return parsed;
}

} // namespace Plugboard::Cli

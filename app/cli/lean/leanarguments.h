#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Plugboard::Cli {

/// `token CONNECTION [--min-validity SECONDS] [--json]`, as the lean
/// plugboard-cli understands it: only the plain, valid spellings. Anything
/// else (another command, --help, an unknown or repeated option, a bad
/// number) is nullopt, and the full program parses it and answers.
struct LeanArguments
{
    QString connection;
    std::chrono::seconds minValidity { 60 };
    bool json = false;

    static std::optional<LeanArguments> parse(int argc, char** argv);
};

} // namespace Plugboard::Cli

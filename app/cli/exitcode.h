#pragma once

#include "core/error.h"

namespace Plugboard::Cli {

/// plugboard-cli's documented exit codes (README and --help). Scripts
/// branch on them: never renumber.
enum class ExitCode {
    Ok = 0,
    Failure = 1, ///< anything not covered below
    Usage = 2, ///< bad arguments, or a secret offered on the command line
    Unknown = 3, ///< unknown or ambiguous platform or connection
    NeedsReconnect = 4, ///< the sign-in is gone: run `plugboard-cli connect` again
    KeyringUnavailable = 5, ///< no keyring service, or it is locked
    PlatformError = 6, ///< the platform refused or failed
    CancelledOrTimeout = 7,
};

/// The exit code for a core error.
ExitCode exitCodeFor(ErrorCode code);

} // namespace Plugboard::Cli

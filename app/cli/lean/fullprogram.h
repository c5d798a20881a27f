#pragma once

namespace Plugboard::Cli::FullProgram {

/// Replaces this process with the full plugboard-cli (plugboard-cli-full)
/// with the same arguments, so every message and behaviour is the full
/// program's: beside this executable in the build tree, in
/// PLUGBOARD_FULL_CLI_FROM_BIN (relative to it) when installed.
/// `appAsked`: the running app was asked already and could not answer, so
/// the full program does not ask again (AppTokenRequest::kAskedVariable).
/// Returns only when exec fails, with the exit code to end with.
int exec(char** argv, bool appAsked);

} // namespace Plugboard::Cli::FullProgram

#pragma once

namespace Plugboard::Logging {

/// Quiets debug and info output unless the user asked for it with
/// QT_LOGGING_RULES (e.g. "plugboard.*.debug=true"): a script reading
/// `plugboard-cli` output wants its answer, not a trace. Plugboard never
/// logs secrets at any level, so turning everything on is always safe.
void applyDefaultRules();

/// Keeps Qt NetworkAuth's debug and info output off whatever the rules say:
/// Qt 6.4 logs the whole authorization URL, with its state and PKCE
/// challenge, at debug level ("Generated URL", fixed upstream in 6.8 by
/// e5dcbbc). Installed once per process; later rule changes cannot undo it.
void guardSecrets();

} // namespace Plugboard::Logging

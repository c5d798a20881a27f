#pragma once

namespace Plugboard::Logging {

/// Quiets debug and info output unless the user asked for it with
/// QT_LOGGING_RULES (e.g. "plugboard.*.debug=true"): a script reading
/// `plugboard-cli` output wants its answer, not a trace. Plugboard never
/// logs secrets at any level, so turning everything on is always safe.
void applyDefaultRules();

} // namespace Plugboard::Logging

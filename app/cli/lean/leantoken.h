#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/lean/leanarguments.h"
#include "core/storage/connectionstore.h"

#include <optional>

namespace Plugboard {
struct AuditEntry;
class Job;
struct TokenSet;
} // namespace Plugboard

namespace Plugboard::Cli {

class Console;

/// `plugboard-cli token` in the lean program, on the happy paths only:
/// the running app hands the token out (AppTokenRequest), or the keyring
/// holds a token of a connected connection valid for --min-validity. Then
/// it prints exactly what the full program prints (TokenOutput) and, when
/// it read the keyring itself, signs the same audit entry into the same
/// chain (AuditLog) before printing anything.
///
/// run() returns nullopt in every other case, having printed and written
/// nothing: the caller execs the full program (FullProgram::exec), which
/// then does it all (renewal, the vault, every message and error).
class LeanToken final
{
public:
    explicit LeanToken(LeanArguments arguments);

    std::optional<ExitCode> run(Console& console);
    /// The app was asked and did not hand the token out: the full program
    /// need not ask again (the app would not trust it anyway: it trusts
    /// only the plugboard-cli beside it, this program).
    bool askedApp() const { return m_askedApp; }

private:
    std::optional<Connection> connection();
    std::optional<ExitCode> askApp(const Connection& connection, Console& console);
    std::optional<ExitCode> readKeyring(const Connection& connection, Console& console);
    /// The TokenHandedOut entry AuditTrail::record() makes for TokenCommand.
    static AuditEntry handOutEntry(const QString& connectionId);
    /// Signs `entry` into the trail with the trail's key, read from the
    /// keyring; false when anything is not as expected.
    static bool record(AuditEntry entry, const QString& storedKey);
    /// Runs `job` (started here if it was not) to its end in a local event loop.
    static void wait(Job* job);

    LeanArguments m_arguments;
    ConnectionStore m_store;
    bool m_loaded = false;
    bool m_askedApp = false;
    bool m_appFinal = false;
};

} // namespace Plugboard::Cli

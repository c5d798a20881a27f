#pragma once

#include "core/access/callerapplication.h"

#include <QString>

namespace Plugboard {

/// Recognises plugboard-cli among the callers of the bus API, so the
/// running app can answer `plugboard-cli token` from memory
/// (GetCommandLineToken).
///
/// Why plugboard-cli needs no per-application consent when other programs
/// do: whoever can run it can already read every token, because the CLI
/// reads the same user's keyring (or vault) itself and hands out what it
/// finds; the app answering instead only saves that keyring read. So the
/// app grants the CLI exactly what the CLI could take anyway, under the
/// same rules (a token valid for the asked time, single-flight renewal, an
/// audit entry naming the program that ran the CLI). A program that
/// pretends to be plugboard-cli gains nothing either: it could run the
/// real one. What the check does keep out is every other caller, sandboxed
/// or not, which must hold a grant (GetAccessToken).
class CommandLineCaller final
{
public:
    /// The plugboard-cli the app trusts: the one installed beside its own
    /// executable (the build tree puts it there too).
    static QString trustedExecutable();
    /// True when process `pid`, identified as `caller`, runs exactly the
    /// file `trusted`: the same inode on the same device, not merely the
    /// same path, which inside a sandbox's mount namespace could name
    /// another file. A CLI started before an upgrade replaced the file is
    /// not recognised; it then reads the keyring itself.
    static bool isTrusted(const CallerApplication& caller, qint64 pid, const QString& trusted);
    /// "cli:<executable of pid's parent>", the actor plugboard-cli names
    /// in the audit trail when it hands out a token itself.
    static QString auditActor(qint64 pid, const QString& procRoot = QStringLiteral("/proc"));
};

} // namespace Plugboard

#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Plugboard {

/// The application behind a process that asks for a token or a secret:
/// what grants are kept for, and what the consent prompt names.
///
/// Outside a sandbox this is the process's executable (/proc/PID/exe), or
/// for an interpreter running a script file ("python3 running tool.py") the
/// script, so allowing one Python tool does not allow them all. A Flatpak
/// app is known by the id in its sandbox's /.flatpak-info, a Snap by the
/// name in its AppArmor label. Programs of the same user can pretend to be
/// each other outside a sandbox (README, "Threat model"); sandboxed ones
/// cannot.
struct CallerApplication
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::CallerApplication)

public:
    enum class Kind {
        Executable,
        Script,
        Flatpak,
        Snap,
    };

    Kind kind = Kind::Executable;
    /// What grants and per-app secrets are kept under: an absolute path,
    /// "flatpak:ID" or "snap:NAME" (see AppGrant::checkApp()).
    QString id;
    /// The file the process runs (for a script, its interpreter).
    QString executable;
    /// For people: "gnome-calendar", "python3 running tool.py",
    /// "org.example.App (Flatpak)".
    QString name;

    /// Identifies the process `pid`; `securityLabel` is the bus daemon's
    /// LinuxSecurityLabel for it (empty when unknown). `procRoot` is "/proc"
    /// except in tests. Fails with AccessDenied when the process is gone or
    /// cannot be read.
    static Result<CallerApplication> ofProcess(qint64 pid, const QByteArray& securityLabel,
                                               const QString& procRoot = QStringLiteral("/proc"));

private:
    static std::optional<CallerApplication> sandboxed(const QString& processFolder,
                                                      const QByteArray& securityLabel);
    /// The script `interpreter` ("python", see interpreterOf()) runs, from
    /// its arguments after the first.
    static std::optional<QString> scriptOf(const QString& processFolder, const QString& interpreter,
                                           const QStringList& arguments);
};

} // namespace Plugboard

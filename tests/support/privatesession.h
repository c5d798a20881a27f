#pragma once

#include "tests/support/cliprocess.h"
#include "tests/support/privatebus.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace Plugboard::Test {

/// A user's whole desktop session in miniature, for tests that move data
/// from one "computer" to another: its own HOME and XDG folders, its own
/// session bus (a private dbus-daemon that can start no service) and its own
/// gnome-keyring, unlocked, with an empty login keyring. Programs run in it
/// see nothing of the test's own session, keyring or files. Everything stops
/// with the object; the folders stay (the suite's last test scans them for
/// leaked secrets).
class PrivateSession final
{
    Q_DISABLE_COPY_MOVE(PrivateSession)

public:
    /// HOME and XDG folders are created (emptied first) under `root`.
    explicit PrivateSession(const QString& root);
    ~PrivateSession();

    /// Starts the bus and the keyring; false with whyNot() when one did not come up.
    bool start();
    QString whyNot() const { return m_whyNot; }

    QString home() const { return m_root + QStringLiteral("/home"); }
    QString dataHome() const { return m_root + QStringLiteral("/data"); }
    QString configHome() const { return m_root + QStringLiteral("/config"); }
    /// The environment of a program in this session (no display).
    QProcessEnvironment environment() const { return m_environment; }
    /// Sets a variable for every program run in the session from now on.
    void setVariable(const QString& name, const QString& value) { m_environment.insert(name, value); }
    /// Runs `program` in the session, as CliProcess::run() does.
    CliProcess run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                   int timeoutMs = 30000) const;

private:
    bool startBus();
    bool startKeyring();

    QString m_root;
    QString m_whyNot;
    std::unique_ptr<QTemporaryDir> m_socketDir; ///< a short path: socket names are limited to 108 bytes
    QProcessEnvironment m_environment;
    PrivateBus m_bus;
    QProcess m_keyring;
};

} // namespace Plugboard::Test

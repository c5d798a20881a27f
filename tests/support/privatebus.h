#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Plugboard::Test {

/// A private session bus: a dbus-daemon that can start no service, so a
/// name such as org.freedesktop.secrets is owned only when a test runs its
/// owner on it. Stops with the object.
class PrivateBus final
{
    Q_DISABLE_COPY_MOVE(PrivateBus)

public:
    PrivateBus();
    ~PrivateBus();

    /// Starts the daemon (once) with `environment`; its address, empty
    /// with whyNot() when it did not come up.
    QString start(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    QString address() const { return m_address; }
    QString whyNot() const { return m_whyNot; }

private:
    /// A short path: socket names are limited to 108 bytes.
    std::unique_ptr<QTemporaryDir> m_socketDir;
    QProcess m_daemon;
    QString m_address;
    QString m_whyNot;
};

} // namespace Plugboard::Test

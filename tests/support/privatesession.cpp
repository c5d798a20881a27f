#include "tests/support/privatesession.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QUuid>

namespace Plugboard::Test {

namespace {

// Variables that would lead a program to the test's own session or desktop.
const char* const kScrubbed[] = { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY",
                                  "WAYLAND_DISPLAY",          "XDG_CURRENT_DESKTOP",
                                  "DESKTOP_SESSION",          "GNOME_DESKTOP_SESSION_ID",
                                  "KDE_FULL_SESSION",         "KDE_SESSION_VERSION",
                                  "GNOME_KEYRING_CONTROL",    "SSH_AUTH_SOCK",
                                  "PLUGBOARD_PRIVATE_KEYRING" };

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

PrivateSession::PrivateSession(const QString& root)
    : m_root(QDir(root).absolutePath())
    , m_socketDir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pb-session-XXXXXX")))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const char* name : kScrubbed)
        m_environment.remove(QString::fromLatin1(name));
    QDir(m_root).removeRecursively();
    for (const char* sub : { "home", "config", "data", "cache", "state" })
        QDir().mkpath(m_root + QLatin1Char('/') + QLatin1String(sub));
    const QString runtime = m_socketDir->filePath(QStringLiteral("run"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_environment.insert(QStringLiteral("HOME"), home());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_root + QStringLiteral("/cache"));
    m_environment.insert(QStringLiteral("XDG_STATE_HOME"), m_root + QStringLiteral("/state"));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
}

PrivateSession::~PrivateSession()
{
    stop(m_keyring);
}

bool PrivateSession::start()
{
    return startBus() && startKeyring();
}

bool PrivateSession::startBus()
{
    // A bus that can start no service: org.freedesktop.secrets exists only
    // because this session runs a keyring on it.
    const QString address = m_bus.start(m_environment);
    if (address.isEmpty()) {
        m_whyNot = m_bus.whyNot();
        return false;
    }
    m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    return true;
}

// gnome-keyring-daemon creates and unlocks the login keyring under the
// session's XDG_DATA_HOME with the password on its standard input.
bool PrivateSession::startKeyring()
{
    m_keyring.setProcessEnvironment(m_environment);
    m_keyring.setStandardErrorFile(QProcess::nullDevice()); // its warnings are about its own bookkeeping
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                      QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(10000)) {
        m_whyNot = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    m_keyring.write("plugboard-private-session");
    m_keyring.closeWriteChannel();
    const QString name = QStringLiteral("pb-session-") + QUuid::createUuid().toString(QUuid::Id128);
    bool registered = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(
            m_environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), name);
        registered = QTest::qWaitFor(
            [&bus] {
                return bus.isConnected()
                    && bus.interface()
                           ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                           .value();
            },
            15000);
    }
    QDBusConnection::disconnectFromBus(name);
    if (!registered)
        m_whyNot = QStringLiteral("the keyring did not appear on the private bus");
    return registered;
}

CliProcess PrivateSession::run(const QString& program, const QStringList& arguments, const QByteArray& input,
                               int timeoutMs) const
{
    return CliProcess::run(program, arguments, m_environment, input, timeoutMs);
}

} // namespace Plugboard::Test

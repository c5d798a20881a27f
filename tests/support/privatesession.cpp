#include "tests/support/privatesession.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QUuid>

namespace Plugboard::Test {

namespace {

// A session bus that can start no service: org.freedesktop.secrets exists
// only because this session runs a keyring on it.
const char* const kBusConfig
    = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
      " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
      "<busconfig>\n"
      "  <type>session</type>\n"
      "  <listen>unix:dir=%1</listen>\n"
      "  <auth>EXTERNAL</auth>\n"
      "  <policy context=\"default\">\n"
      "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
      "    <allow eavesdrop=\"true\"/>\n"
      "    <allow own=\"*\"/>\n"
      "  </policy>\n"
      "</busconfig>\n";

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
    stop(m_bus);
}

bool PrivateSession::start()
{
    return startBus() && startKeyring();
}

bool PrivateSession::startBus()
{
    const QString config = m_socketDir->filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!m_socketDir->isValid() || !file.open(QIODevice::WriteOnly)) {
        m_whyNot = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    file.write(QString::fromLatin1(kBusConfig).arg(m_socketDir->path()).toUtf8());
    file.close();
    m_bus.setProcessEnvironment(m_environment);
    m_bus.start(QStringLiteral("dbus-daemon"),
                { QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                  QStringLiteral("--config-file=") + config });
    while (m_bus.waitForStarted(10000) && !m_bus.canReadLine()) {
        if (!m_bus.waitForReadyRead(10000))
            break;
    }
    const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (address.isEmpty()) {
        m_whyNot = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString());
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

#include "tests/support/privatebus.h"

#include <QDir>
#include <QFile>

namespace Plugboard::Test {

namespace {

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

} // namespace

PrivateBus::PrivateBus()
    : m_socketDir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pb-bus-XXXXXX")))
{ }

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000)) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

QString PrivateBus::start(const QProcessEnvironment& environment)
{
    if (!m_address.isEmpty())
        return m_address;
    const QString config = m_socketDir->filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!m_socketDir->isValid() || !file.open(QIODevice::WriteOnly)) {
        m_whyNot = QStringLiteral("cannot write %1").arg(config);
        return {};
    }
    file.write(QString::fromLatin1(kBusConfig).arg(m_socketDir->path()).toUtf8());
    file.close();
    m_daemon.setProcessEnvironment(environment);
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   { QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                     QStringLiteral("--config-file=") + config });
    while (m_daemon.waitForStarted(10000) && !m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(10000))
            break;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty())
        m_whyNot = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
    return m_address;
}

} // namespace Plugboard::Test

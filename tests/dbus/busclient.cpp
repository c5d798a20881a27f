#include "tests/dbus/busclient.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QFile>
#include <QTest>

namespace Plugboard::Test {

namespace {

const QString kService = QStringLiteral("org.plugboard.Plugboard1");
const QString kPath = QStringLiteral("/org/plugboard/Plugboard1");

} // namespace

BusClient::BusClient()
    : m_bus(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("plugboard-test-client")))
{ }

BusClient::~BusClient()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("plugboard-test-client"));
}

QDBusMessage BusClient::call(const QString& method, const QVariantList& arguments, int timeoutMs)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kService, method);
    message.setArguments(arguments);
    QDBusPendingCallWatcher watcher(m_bus.asyncCall(message, timeoutMs));
    const QDeadlineTimer deadline(timeoutMs + 1000);
    while (!watcher.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    return watcher.reply();
}

QDBusMessage BusClient::token(const QString& connection, const QVariantMap& options)
{
    return call(QStringLiteral("GetAccessToken"), { connection, options });
}

bool BusClient::waitForService(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(kService))
            return true;
        QTest::qWait(50);
    }
    return false;
}

QString BusClient::ownExecutable()
{
    return QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
}

} // namespace Plugboard::Test

#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace Plugboard::Test {

/// Calls org.plugboard.Plugboard1 as another application would: over its
/// own bus connection (so the call goes through the bus daemon, which tells
/// the service who is asking), waiting with the event loop running so
/// servers in the test process keep answering.
class BusClient final
{
public:
    BusClient();
    ~BusClient();

    /// The reply or error reply to `method` with `arguments`.
    QDBusMessage call(const QString& method, const QVariantList& arguments = {}, int timeoutMs = 30000);
    /// GetAccessToken(connection, options).
    QDBusMessage token(const QString& connection, const QVariantMap& options);
    QDBusConnection bus() const { return m_bus; }

    /// Waits until some process owns the service name.
    static bool waitForService(int timeoutMs);
    /// This executable as /proc reports it: the id the service knows us by.
    static QString ownExecutable();

private:
    QDBusConnection m_bus;
};

} // namespace Plugboard::Test

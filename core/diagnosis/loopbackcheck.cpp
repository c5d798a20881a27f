#include "core/diagnosis/loopbackcheck.h"

#include "core/diagnosis/diagnosisoptions.h"

#include <QHostAddress>
#include <QMap>
#include <QTcpServer>

#include <algorithm>

namespace Plugboard {

namespace {

// Empty when `address`:`port` can be bound now (the socket closes at once).
QString bindError(const QHostAddress& address, quint16 port)
{
    QTcpServer server;
    if (server.listen(address, port))
        return {};
    return server.errorString();
}

struct FixedPort
{
    QStringList platforms; ///< the names of the records that need it
    bool ipv6 = false; ///< a record redirects to localhost: [::1] too
};

// Fixed redirect ports of `records`, by port.
QMap<quint16, FixedPort> fixedPorts(const QList<PlatformRecord>& records)
{
    QMap<quint16, FixedPort> ports;
    for (const PlatformRecord& record : records) {
        if (record.redirect.port == 0)
            continue;
        FixedPort& port = ports[record.redirect.port];
        port.platforms.append(record.name);
        port.ipv6 = port.ipv6 || record.redirect.host == QLatin1String("localhost");
    }
    return ports;
}

} // namespace

QString LoopbackCheck::id()
{
    return QStringLiteral("loopback");
}

QString LoopbackCheck::title()
{
    return tr("Loopback listener");
}

DiagnosticResult LoopbackCheck::run(const DiagnosisOptions& options)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    if (const QString error = bindError(QHostAddress(QHostAddress::LocalHost), 0); !error.isEmpty()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("Cannot listen on 127.0.0.1: %1. No sign-in can receive its redirect.").arg(error);
        result.nextStep = tr("Check that the loopback interface is up (ip addr show lo) and that no security "
                             "policy forbids programs to listen on it.");
        return result;
    }
    const QMap<quint16, FixedPort> ports = fixedPorts(options.platforms);
    QStringList taken;
    QStringList commands;
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        QString error = bindError(QHostAddress(QHostAddress::LocalHost), it.key());
        if (error.isEmpty() && it->ipv6)
            error = bindError(QHostAddress(QHostAddress::LocalHostIPv6), it.key());
        if (error.isEmpty())
            continue;
        taken.append(tr("port %1, which the redirect address registered for %2 needs (%3)")
                         .arg(it.key())
                         .arg(it->platforms.join(QStringLiteral(", ")), error));
        commands.append(QStringLiteral("ss -ltnp 'sport = :%1'").arg(it.key()));
    }
    if (!taken.isEmpty()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("Another program holds %1.").arg(taken.join(QStringLiteral("; ")));
        result.nextStep = tr("Find the program with %1, close it, then connect again.")
                              .arg(commands.join(QStringLiteral(" and ")));
        return result;
    }
    QStringList free;
    for (auto it = ports.begin(); it != ports.end(); ++it)
        free.append(QString::number(it.key()));
    const QString fixed = free.isEmpty()
        ? tr("no platform needs a fixed port")
        : tr("the fixed ports %1 are free").arg(free.join(QStringLiteral(", ")));
    if (const QString error = bindError(QHostAddress(QHostAddress::LocalHostIPv6), 0); !error.isEmpty()) {
        result.verdict = Verdict::Warning;
        result.detail = tr("127.0.0.1 can listen, [::1] cannot (%1); %2.").arg(error, fixed);
        result.nextStep = tr("Browsers that resolve localhost to ::1 cannot reach platforms that redirect to "
                             "localhost: enable IPv6 on the loopback interface.");
        return result;
    }
    result.detail = tr("127.0.0.1 and [::1] can listen on a free port; %1.").arg(fixed);
    return result;
}

} // namespace Plugboard

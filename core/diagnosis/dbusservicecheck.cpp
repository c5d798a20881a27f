#include "core/diagnosis/dbusservicecheck.h"

#include "core/diagnosis/diagnosisoptions.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>

namespace Plugboard {

namespace {

// resources/dbus/org.plugboard.Plugboard1.service.in
const QString kServiceName = QStringLiteral("org.plugboard.Plugboard1");

} // namespace

QString DBusServiceCheck::id()
{
    return QStringLiteral("dbus_service");
}

QString DBusServiceCheck::title()
{
    return tr("D-Bus service");
}

DiagnosticResult DBusServiceCheck::run(const DiagnosisOptions& /*options*/)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("The D-Bus session bus cannot be reached: %1").arg(bus.lastError().message());
        result.nextStep
            = tr("Run Plugboard inside your desktop session: DBUS_SESSION_BUS_ADDRESS must lead to "
                 "its bus (or start one with dbus-run-session). Without it applications cannot "
                 "ask Plugboard for tokens and the keyring cannot be reached.");
        return result;
    }
    const QDBusReply<QString> owner = bus.interface()->serviceOwner(kServiceName);
    if (owner.isValid()) {
        const QDBusReply<uint> pid = bus.interface()->servicePid(owner.value());
        result.detail
            = tr("%1 is running (process %2).").arg(kServiceName).arg(pid.isValid() ? pid.value() : 0);
        return result;
    }
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    if (activatable.isValid() && activatable.value().contains(kServiceName)) {
        result.detail = tr("%1 is not running; the bus starts Plugboard when an application asks for it.")
                            .arg(kServiceName);
        return result;
    }
    result.verdict = Verdict::Warning;
    result.detail = tr("%1 is neither running nor known to the bus: applications cannot ask Plugboard for "
                       "tokens until it runs.")
                        .arg(kServiceName);
    result.nextStep
        = tr("Start Plugboard (it can stay in the tray), or install it from its package so the bus "
             "knows its service file (dbus-1/services/%1.service).")
              .arg(kServiceName);
    return result;
}

} // namespace Plugboard

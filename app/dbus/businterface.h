#pragma once

#include "core/error.h"

#include <QDBusMessage>
#include <QString>

namespace Plugboard {

/// The names of Plugboard's session-bus API and how its errors travel:
/// one D-Bus error name per kind of failure, with the readable message.
/// resources/dbus/org.plugboard.Plugboard1.xml describes the interface.
class BusInterface final
{
public:
    static QString serviceName() { return QStringLiteral("org.plugboard.Plugboard1"); }
    static QString objectPath() { return QStringLiteral("/org/plugboard/Plugboard1"); }
    static QString interfaceName() { return QStringLiteral("org.plugboard.Plugboard1"); }

    /// The <interface> element for introspection (from the installed XML).
    static QString introspection();

    /// "org.plugboard.Plugboard1.Error.NeedsReconnect" for an Error with
    /// InvalidGrant; every code maps to one of AccessDenied,
    /// UnknownConnection, UnknownSecret, NeedsReconnect,
    /// KeyringUnavailable, PlatformError, Cancelled, Timeout,
    /// InvalidArgument.
    static QString errorName(ErrorCode code);
    /// The error reply to `call` for `error`, its message as the text.
    static QDBusMessage errorReply(const QDBusMessage& call, const Error& error);
};

} // namespace Plugboard

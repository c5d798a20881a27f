#include "app/dbus/businterface.h"

#include <QFile>
#include <QRegularExpression>

namespace Plugboard {

QString BusInterface::introspection()
{
    static const QString element = [] {
        QFile file(QStringLiteral(":/dbus/org.plugboard.Plugboard1.xml"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        const QString xml = QString::fromUtf8(file.readAll());
        // Qt wraps what introspect() returns in the object's <node>.
        static const QRegularExpression interfaceElement(QStringLiteral("<interface.*</interface>"),
                                                         QRegularExpression::DotMatchesEverythingOption);
        return interfaceElement.match(xml).captured(0);
    }();
    return element;
}

QString BusInterface::errorName(ErrorCode code)
{
    const char* name = "PlatformError";
    switch (code) {
    case ErrorCode::AccessDenied:
        name = "AccessDenied";
        break;
    case ErrorCode::UnknownConnection:
    case ErrorCode::AmbiguousConnection:
        name = "UnknownConnection";
        break;
    case ErrorCode::SecretNotFound:
        name = "UnknownSecret";
        break;
    case ErrorCode::InvalidGrant:
        name = "NeedsReconnect";
        break;
    case ErrorCode::KeyringUnavailable:
    case ErrorCode::KeyringLocked:
    case ErrorCode::KeyringAccessDenied:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::StorageFailed:
        name = "KeyringUnavailable";
        break;
    case ErrorCode::Cancelled:
        name = "Cancelled";
        break;
    case ErrorCode::Timeout:
        name = "Timeout";
        break;
    case ErrorCode::InvalidArgument:
    case ErrorCode::UnknownPlatform:
        name = "InvalidArgument";
        break;
    default:
        break;
    }
    return interfaceName() + QLatin1String(".Error.") + QLatin1String(name);
}

QDBusMessage BusInterface::errorReply(const QDBusMessage& call, const Error& error)
{
    return call.createErrorReply(errorName(error.code), error.message);
}

} // namespace Plugboard

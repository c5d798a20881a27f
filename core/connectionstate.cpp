#include "core/connectionstate.h"

#include <QCoreApplication>

namespace Plugboard {

QString stateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotSetUp:
        return QStringLiteral("not_set_up");
    case ConnectionState::Ready:
        return QStringLiteral("ready");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::Expiring:
        return QStringLiteral("expiring");
    case ConnectionState::Refreshing:
        return QStringLiteral("refreshing");
    case ConnectionState::Degraded:
        return QStringLiteral("degraded");
    case ConnectionState::NeedsReconnect:
        return QStringLiteral("needs_reconnect");
    case ConnectionState::NeedsReconsent:
        return QStringLiteral("needs_reconsent");
    case ConnectionState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

QString stateLabel(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotSetUp:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Not set up");
    case ConnectionState::Ready:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Ready to connect");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Connecting");
    case ConnectionState::Connected:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Connected");
    case ConnectionState::Expiring:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Expiring soon");
    case ConnectionState::Refreshing:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Refreshing");
    case ConnectionState::Degraded:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Degraded");
    case ConnectionState::NeedsReconnect:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Needs reconnect");
    case ConnectionState::NeedsReconsent:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Needs new consent");
    case ConnectionState::Error:
        return QCoreApplication::translate("Plugboard::ConnectionState", "Error");
    }
    return QString();
}

std::optional<ConnectionState> stateFromName(const QString& name)
{
    for (const ConnectionState state : kAllConnectionStates) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

StateSeverity severity(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotSetUp:
    case ConnectionState::Ready:
    case ConnectionState::Connecting:
    case ConnectionState::Connected:
    case ConnectionState::Refreshing:
        return StateSeverity::Healthy;
    case ConnectionState::Expiring:
    case ConnectionState::Degraded:
    case ConnectionState::NeedsReconsent:
        return StateSeverity::Attention;
    case ConnectionState::NeedsReconnect:
    case ConnectionState::Error:
        return StateSeverity::Broken;
    }
    return StateSeverity::Broken;
}

} // namespace Plugboard

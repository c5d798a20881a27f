#include "tests/support/privatekeyring.h"

#include <QtGlobal>

namespace Plugboard::Test::PrivateKeyring {

QString whyNotActive()
{
    if (qEnvironmentVariable("PLUGBOARD_PRIVATE_KEYRING") != QLatin1String("1"))
        return QStringLiteral(
            "PLUGBOARD_PRIVATE_KEYRING is not 1: run the suite with scripts/build-and-test.sh, "
            "which starts a private D-Bus session with an unlocked gnome-keyring");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("DBUS_SESSION_BUS_ADDRESS is empty: no session bus to reach the keyring on");
    return {};
}

bool isActive()
{
    return whyNotActive().isEmpty();
}

} // namespace Plugboard::Test::PrivateKeyring

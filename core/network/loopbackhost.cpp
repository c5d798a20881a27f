#include "core/network/loopbackhost.h"

#include <QHostAddress>

namespace Plugboard::LoopbackHost {

bool contains(const QString& host)
{
    QString name = host.toLower();
    if (name.endsWith(u'.')) // "localhost." is the same absolute name
        name.chop(1);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

} // namespace Plugboard::LoopbackHost

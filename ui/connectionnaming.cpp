#include "ui/connectionnaming.h"

#include "core/storage/connection.h"

#include <QCoreApplication>

namespace Plugboard::ConnectionNaming {

namespace {

// Gives lupdate a context for this free function.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::ConnectionNaming)
};

} // namespace

QString shown(const QString& platformName, const Connection& connection)
{
    return connection.accountName.isEmpty() ? platformName
                                            : Texts::tr("%1 · %2").arg(platformName, connection.accountName);
}

} // namespace Plugboard::ConnectionNaming

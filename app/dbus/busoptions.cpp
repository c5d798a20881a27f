#include "app/dbus/busoptions.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusVariant>

namespace Plugboard {

namespace {

Error invalid(const QString& message)
{
    return { ErrorCode::InvalidArgument, message };
}

/// The unsigned whole number in `value` (u, or any integer type a binding
/// sends for it), or nullopt.
std::optional<qint64> wholeNumber(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::UInt:
    case QMetaType::Int:
    case QMetaType::UShort:
    case QMetaType::Short:
    case QMetaType::UChar:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::ULongLong:
        return value.toULongLong() > quint64(std::numeric_limits<qint64>::max())
            ? std::nullopt
            : std::optional(value.toLongLong());
    default:
        return std::nullopt;
    }
}

} // namespace

Result<BusOptions> BusOptions::parse(const QVariant& argument, bool acceptsMinValidity)
{
    QVariantMap map;
    if (argument.canConvert<QDBusArgument>())
        argument.value<QDBusArgument>() >> map;
    else
        map = argument.toMap();
    BusOptions options;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QVariant value = it.value();
        if (value.canConvert<QDBusVariant>())
            value = value.value<QDBusVariant>().variant();
        if (it.key() == QLatin1String("interactive")) {
            if (value.metaType().id() != QMetaType::Bool)
                return invalid(tr("The option \"interactive\" must be a boolean (b)."));
            options.interactive = value.toBool();
        } else if (it.key() == QLatin1String("min_validity") && acceptsMinValidity) {
            const std::optional<qint64> seconds = wholeNumber(value);
            if (!seconds || *seconds < 0 || *seconds > kMaxMinValidity.count())
                return invalid(tr("The option \"min_validity\" must be a number of seconds (u) from 0 to %1.")
                                   .arg(kMaxMinValidity.count()));
            options.minValidity = std::chrono::seconds(*seconds);
        } else {
            return invalid(tr("Unknown option \"%1\". This method takes %2.")
                               .arg(it.key().left(64),
                                    acceptsMinValidity ? QStringLiteral("min_validity, interactive")
                                                       : QStringLiteral("interactive")));
        }
    }
    return options;
}

} // namespace Plugboard

#include "ui/relativetime.h"

#include <QCoreApplication>

namespace Plugboard::RelativeTime {

namespace {

// Gives lupdate a context for these free functions.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::RelativeTime)
};

QString span(qint64 seconds)
{
    if (seconds < 60)
        return Texts::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return Texts::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return Texts::tr("%n h", nullptr, int(seconds / 3600));
    return Texts::tr("%n days", nullptr, int(seconds / 86400));
}

} // namespace

QString describe(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return Texts::tr("never");
    const qint64 seconds = now.secsTo(when);
    if (qAbs(seconds) < 30)
        return Texts::tr("just now");
    if (seconds > 0)
        return Texts::tr("in %1").arg(span(seconds));
    return Texts::tr("%1 ago").arg(span(-seconds));
}

QString expiryLine(const QDateTime& expiresAt, const QDateTime& now, bool refreshesAutomatically)
{
    if (!expiresAt.isValid())
        return Texts::tr("does not expire");
    if (expiresAt <= now)
        return refreshesAutomatically
            ? Texts::tr("expired %1 · refreshes when needed").arg(describe(expiresAt, now))
            : Texts::tr("expired %1").arg(describe(expiresAt, now));
    const QString expires = Texts::tr("expires %1").arg(describe(expiresAt, now));
    return refreshesAutomatically ? Texts::tr("%1 · refreshes automatically").arg(expires) : expires;
}

} // namespace Plugboard::RelativeTime

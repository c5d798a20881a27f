#include "core/lifecycle/refreshtokenlifetime.h"

#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"

#include <algorithm>

namespace Plugboard {

namespace {

QDateTime later(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

} // namespace

RefreshTokenLifetime RefreshTokenLifetime::of(const Connection& connection, const PlatformRecord* record)
{
    RefreshTokenLifetime end;
    if (!record || !connection.refreshable)
        return end;
    const RefreshTokenRule& rule = record->refreshToken;
    if (rule.lifetimeDays > 0 && connection.refreshIssuedAt.isValid()) {
        const QDateTime expires = connection.refreshIssuedAt.addDays(rule.lifetimeDays);
        const bool outlived = connection.lastRefresh.isValid() && connection.lastRefresh > expires;
        if (!outlived)
            end = { expires, Limit::Lifetime };
    }
    const QDateTime lastUse = later(connection.lastRefresh, connection.refreshIssuedAt);
    if (rule.idleDays > 0 && lastUse.isValid()) {
        const QDateTime unused = lastUse.addDays(rule.idleDays);
        if (!end.isKnown() || unused < end.endsAt)
            end = { unused, Limit::Idle };
    }
    end.endsAt = end.endsAt.toUTC();
    return end;
}

bool RefreshTokenLifetime::warnsAt(const QDateTime& nowUtc) const
{
    if (!isKnown())
        return false;
    const std::chrono::hours ahead = limit == Limit::Lifetime ? kLifetimeWarning : kIdleWarning;
    return nowUtc >= endsAt.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(ahead).count());
}

} // namespace Plugboard

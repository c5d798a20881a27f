#include "core/lifecycle/staterules.h"

#include "core/catalog/platformrecord.h"
#include "core/lifecycle/refreshtokenlifetime.h"
#include "core/storage/connection.h"

#include <algorithm>

namespace Plugboard::StateRules {

QStringList wantedScopes(const Connection& connection, const PlatformRecord* record)
{
    QStringList wanted = connection.requestedScopes;
    if (connection.usesDefaultScopes && record) {
        const QStringList defaults = record->defaultScopes();
        for (const QString& scope : defaults) {
            if (!wanted.contains(scope))
                wanted.append(scope);
        }
    }
    return wanted;
}

bool isGranted(const Connection& connection, const QString& scope, const PlatformRecord* record)
{
    // Offline access is proven by a refresh token, not by a scope name:
    // servers that issue one often leave offline_access out of the granted
    // scopes (oidc-provider without prompt=consent, Microsoft always).
    if (scope == QLatin1String("offline_access"))
        return connection.refreshable;
    if (connection.grantedScopes.contains(scope))
        return true;
    const ScopeInfo* info = record ? record->scope(scope) : nullptr;
    if (!info)
        return false;
    return !info->reported
        || (!info->grantedAs.isEmpty() && connection.grantedScopes.contains(info->grantedAs));
}

QStringList missingScopes(const Connection& connection, const QStringList& wanted,
                          const PlatformRecord* record)
{
    QStringList missing;
    for (const QString& scope : wanted) {
        if (!isGranted(connection, scope, record))
            missing.append(scope);
    }
    return missing;
}

ConnectionState effectiveState(const Connection& connection, const QStringList& wanted,
                               const QDateTime& nowUtc, const PlatformRecord* record)
{
    switch (connection.state) {
    case ConnectionState::NeedsReconnect:
    case ConnectionState::Error:
        return connection.state;
    default:
        break;
    }
    const bool expires = connection.expiresAt.isValid();
    if (expires && !connection.refreshable && connection.expiresAt <= nowUtc)
        return ConnectionState::NeedsReconnect;
    if (!missingScopes(connection, wanted, record).isEmpty())
        return ConnectionState::NeedsReconsent;
    if (connection.state == ConnectionState::Degraded)
        return ConnectionState::Degraded;
    const qint64 secondsLeft = expires ? nowUtc.secsTo(connection.expiresAt) : -1;
    if (expires && !connection.refreshable
        && secondsLeft <= std::chrono::duration_cast<std::chrono::seconds>(kExpiringSoon).count())
        return ConnectionState::Expiring;
    if (RefreshTokenLifetime::of(connection, record).warnsAt(nowUtc))
        return ConnectionState::Expiring;
    return ConnectionState::Connected;
}

ConnectionState shownState(const Connection& connection, const PlatformRecord* record,
                           const QDateTime& nowUtc)
{
    return effectiveState(connection, wantedScopes(connection, record), nowUtc, record);
}

ConnectionState stateAfterFailure(const Error& error, int httpStatus)
{
    switch (error.code) {
    case ErrorCode::InvalidGrant:
        return ConnectionState::NeedsReconnect;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Tls:
        return ConnectionState::Degraded;
    default:
        break;
    }
    if (httpStatus >= 500 || httpStatus == 429)
        return ConnectionState::Degraded;
    return ConnectionState::Error;
}

std::chrono::seconds retryDelay(int failures)
{
    using namespace std::chrono_literals;
    constexpr std::chrono::seconds first = 30s;
    constexpr std::chrono::seconds longest = 15min;
    const int doublings = std::clamp(failures - 1, 0, 10);
    return std::min(longest, first * (1 << doublings));
}

} // namespace Plugboard::StateRules

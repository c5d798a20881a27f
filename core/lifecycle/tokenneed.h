#pragma once

#include "core/storage/tokenset.h"

#include <QString>

#include <chrono>

namespace Plugboard {

/// What a caller of TokenService needs from a connection's tokens, and the
/// one place that decides whether stored tokens meet it or must be renewed.
/// Shared by ValidTokenJob (the fast path, no lock) and RefreshFlight (under
/// the cross-process lock).
struct TokenNeed
{
    /// Why a caller may need new tokens; a running renewal that callers with
    /// different reasons join serves the strongest (the last one here).
    enum class Renewal {
        IfExpiring, ///< only when the stored tokens expire within minValidity
        IfRejected, ///< also when the platform refused rejectedAccessToken
        Always, ///< whatever the expiry says (retrying a Degraded connection)
    };

    Renewal renewal = Renewal::IfExpiring;
    /// Valid for at least this long, as far as the platform's tokens can be:
    /// see TokenSet::attainableValidity().
    std::chrono::seconds minValidity { 60 };
    /// With IfRejected: the access token the platform refused (HTTP 401)
    /// before its expiry.
    QString rejectedAccessToken;
    /// The access token the caller found in the keyring before it asked for
    /// a renewal; another one under the lock means someone renewed meanwhile.
    QString seenAccessToken;

    /// True when `tokens` can be handed out without renewing.
    bool isMetBy(const TokenSet& tokens) const;
    /// True when `tokens` hold the access token the platform refused.
    bool isRejected(const TokenSet& tokens) const;
    /// True when `tokens` were renewed by another caller or process after
    /// this caller looked, and still work: taken as they are, even when they
    /// live shorter than asked, instead of renewing once per caller.
    bool isRenewedElsewhere(const TokenSet& tokens) const;
    /// A caller joining a running renewal: the renewal must satisfy both.
    void merge(const TokenNeed& other);
};

} // namespace Plugboard

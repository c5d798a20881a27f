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
    /// Valid for at least this long, as far as the platform's tokens can be:
    /// see TokenSet::attainableValidity().
    std::chrono::seconds minValidity { 60 };
    /// The platform refused this access token (HTTP 401) before its expiry.
    QString rejectedAccessToken;
    /// The access token the caller found in the keyring before it asked for
    /// a renewal; another one under the lock means someone renewed meanwhile.
    QString seenAccessToken;
    /// Renew whatever the expiry says (retries of a Degraded connection),
    /// unless someone renewed while this caller waited.
    bool renewAlways = false;

    /// True when `tokens` can be handed out without renewing.
    bool isMetBy(const TokenSet& tokens) const;
    /// True when `tokens` were renewed by another caller or process after
    /// this caller looked, and still work: taken as they are, even when they
    /// live shorter than asked, instead of renewing once per caller.
    bool isRenewedElsewhere(const TokenSet& tokens) const;
    /// A caller joining a running renewal: the renewal must satisfy both.
    void merge(const TokenNeed& other);
};

} // namespace Plugboard

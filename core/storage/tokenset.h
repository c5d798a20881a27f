#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Plugboard {

/// The tokens of one connection, as Plugboard keeps them in the keyring:
/// one entry per connection holding toJson()'s compact blob.
///
/// Deliberately no operator<<, QDebug or QTest::toString support: nothing
/// should ever be able to print a token by accident. Log the connection id.
struct TokenSet
{
    /// The "v" field of the blob. fromJson() refuses blobs from the future.
    static constexpr int kFormatVersion = 1;

    /// isValidFor() treats a token as expiring this much earlier than the
    /// platform said, because this computer's clock and the platform's may
    /// disagree by a few seconds (NTP keeps them within well under a
    /// minute); a token used right at its edge would be refused.
    static constexpr std::chrono::seconds kClockSkew { 30 };

    QString accessToken;
    QString refreshToken; ///< empty when the platform issues none
    QDateTime expiresAt; ///< UTC; invalid means unknown or no expiry
    QDateTime obtainedAt; ///< UTC, when the platform issued the access token; may be unknown
    QString tokenType; ///< usually "Bearer"
    QStringList grantedScopes;
    QString idToken; ///< OpenID Connect only
    /// API keys sent over HTTP Basic: the name that goes with the key (an
    /// email). Kept with the key because neither works without the other.
    QString username;

    /// True when the access token can be used for at least `minValidity`
    /// more, counting the clock skew margin against it: kClockSkew, or a
    /// quarter of the token's lifetime when that is shorter (a platform that
    /// issues 10-second tokens would otherwise see every one as expired).
    /// An empty access token is never valid; an unknown expiry is always
    /// valid (the platform will say otherwise with a 401, and then Plugboard
    /// refreshes).
    bool isValidFor(std::chrono::seconds minValidity,
                    const QDateTime& nowUtc = QDateTime::currentDateTimeUtc()) const;

    /// How long the platform made the access token valid for (expiry minus
    /// obtainedAt); zero when either is unknown.
    std::chrono::seconds lifetime() const;

    /// The validity worth asking of tokens like this one: `wanted`, or half
    /// the lifetime when the platform issues tokens that live shorter than
    /// `wanted` (with the skew margin). A renewal could not do better then,
    /// and renewing on every call would only churn tokens: a 3599-second
    /// token never satisfies a 3600-second wish.
    std::chrono::seconds attainableValidity(std::chrono::seconds wanted) const;

    /// Compact JSON: {"v":1,"access_token":…,"refresh_token":…,
    /// "expires_at":"2024-05-01T12:00:00.000Z","obtained_at":…,"token_type":…,
    /// "scopes":[…],"id_token":…,"username":…}. Empty optional fields are left out; blobs
    /// without "obtained_at" (written before it existed) read fine.
    QString toJson() const;

    /// Reads toJson()'s blob. A blob that is not JSON, has the wrong shape or
    /// lacks an access token fails with ErrorCode::StorageFailed (the stored
    /// entry is damaged: reconnecting replaces it); a blob with a newer "v"
    /// fails with ErrorCode::UnsupportedFileVersion (a newer Plugboard wrote
    /// it: do not overwrite it blindly). The message never quotes the blob.
    static Result<TokenSet> fromJson(const QString& json);

    friend bool operator==(const TokenSet&, const TokenSet&) = default;
};

} // namespace Plugboard

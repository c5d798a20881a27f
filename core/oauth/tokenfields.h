#pragma once

#include "core/storage/tokenset.h"

#include <QDateTime>
#include <QVariantMap>

namespace Plugboard::TokenFields {

/// Turns a token endpoint's answer into the TokenSet Plugboard stores:
/// absolute UTC expiry from expires_in, granted scopes (or the requested ones when the answer omits them,
/// RFC 6749 §5.1), and the previous refresh token kept when a refresh
/// answer carries none.
TokenSet toTokenSet(const QVariantMap& fields, const QStringList& requestedScopes, const QDateTime& nowUtc,
                    const QString& previousRefreshToken = QString());

} // namespace Plugboard::TokenFields

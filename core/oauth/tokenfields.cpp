#include "core/oauth/tokenfields.h"

#include <QRegularExpression>

namespace Plugboard::TokenFields {

TokenSet toTokenSet(const QVariantMap& fields, const QStringList& requestedScopes, const QDateTime& nowUtc,
                    const QString& previousRefreshToken)
{
    TokenSet tokens;
    tokens.accessToken = fields.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = fields.value(QStringLiteral("refresh_token")).toString();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previousRefreshToken;
    tokens.tokenType = fields.value(QStringLiteral("token_type"), QStringLiteral("Bearer")).toString();
    tokens.idToken = fields.value(QStringLiteral("id_token")).toString();

    const qint64 expiresIn = fields.value(QStringLiteral("expires_in")).toLongLong();
    if (expiresIn > 0) {
        tokens.obtainedAt = nowUtc.toUTC();
        tokens.expiresAt = tokens.obtainedAt.addSecs(expiresIn);
    }

    // Most platforms send one string; Twitch sends a JSON array.
    const QVariant scopeField = fields.value(QStringLiteral("scope"));
    const QString scope = scopeField.typeId() == QMetaType::QVariantList
        ? scopeField.toStringList().join(QLatin1Char(' '))
        : scopeField.toString();
    if (scope.isEmpty()) {
        tokens.grantedScopes = requestedScopes;
    } else {
        // Platforms separate scopes with spaces (RFC 6749 §3.3) or, like
        // GitHub, with commas; accept either.
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        tokens.grantedScopes = scope.split(separators, Qt::SkipEmptyParts);
    }
    return tokens;
}

} // namespace Plugboard::TokenFields

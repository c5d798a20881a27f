#include "app/cli/tokenoutput.h"

#include "app/cli/console.h"
#include "core/storage/tokenset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::Cli {

TokenOutput::TokenOutput(std::chrono::seconds minValidity, bool json)
    : m_minValidity(minValidity)
    , m_json(json)
{ }

void TokenOutput::warnIfShortLived(const TokenSet& tokens, bool renewable, const QString& connectionId,
                                   Console& console) const
{
    if (tokens.isValidFor(m_minValidity))
        return;
    if (!renewable) {
        console.hint(tr("Warning: this token expires at %1 and %2 cannot renew it; reconnect before then.")
                         .arg(tokens.expiresAt.toString(Qt::ISODate), connectionId));
        return;
    }
    // Renewable, yet not valid that long: the platform issues shorter tokens
    // than asked for, and renewing again would not help.
    const std::chrono::seconds lifetime = tokens.lifetime();
    if (lifetime.count() > 0 && lifetime <= m_minValidity + TokenSet::kClockSkew)
        console.hint(tr("Note: %1 issues tokens that last %2 seconds, not the %3 seconds asked for with "
                        "--min-validity; this one is valid until %4.")
                         .arg(connectionId, QString::number(lifetime.count()),
                              QString::number(m_minValidity.count()),
                              tokens.expiresAt.toString(Qt::ISODate)));
}

void TokenOutput::print(const TokenSet& tokens, bool renewable, const QString& connectionId,
                        Console& console) const
{
    warnIfShortLived(tokens, renewable, connectionId, console);
    if (!m_json) {
        console.data(tokens.accessToken);
        return;
    }
    QJsonObject object {
        { QStringLiteral("connection"), connectionId },
        { QStringLiteral("token"), tokens.accessToken },
        { QStringLiteral("token_type"), tokens.tokenType },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.grantedScopes) },
    };
    object.insert(QStringLiteral("expires_at"),
                  tokens.expiresAt.isValid() ? QJsonValue(tokens.expiresAt.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
    console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace Plugboard::Cli

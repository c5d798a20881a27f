#include "core/storage/tokenset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace Plugboard {

namespace {

const QLatin1String kVersionKey("v");
const QLatin1String kAccessKey("access_token");
const QLatin1String kRefreshKey("refresh_token");
const QLatin1String kExpiresKey("expires_at");
const QLatin1String kObtainedKey("obtained_at");
const QLatin1String kTypeKey("token_type");
const QLatin1String kScopesKey("scopes");
const QLatin1String kIdKey("id_token");
const QLatin1String kUsernameKey("username");

// `problem` names a field or the JSON error, never a value: the blob holds
// tokens, and error messages end up on screens and in logs.
Error damaged(const QString& problem)
{
    return { ErrorCode::StorageFailed,
             QCoreApplication::translate(
                 "Plugboard::TokenSet",
                 "The saved sign-in of this connection is damaged (%1). Reconnect the "
                 "account to replace it.")
                 .arg(problem) };
}

QString wrongType(QLatin1String key)
{
    return QCoreApplication::translate("Plugboard::TokenSet", "\"%1\" has the wrong type").arg(key);
}

/// Reads an optional string field into `out`; false when it has another type.
bool readString(const QJsonObject& object, QLatin1String key, QString& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

bool readStrings(const QJsonObject& object, QLatin1String key, QStringList& out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return false;
        out.append(item.toString());
    }
    return true;
}

std::optional<Error> readVersion(const QJsonObject& object)
{
    const QJsonValue version = object.value(kVersionKey);
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1)
        return damaged(wrongType(kVersionKey));
    if (version.toInt() > TokenSet::kFormatVersion)
        return Error {
            ErrorCode::UnsupportedFileVersion,
            QCoreApplication::translate(
                "Plugboard::TokenSet",
                "The saved sign-in of this connection was written by a newer Plugboard (format %1; "
                "this version reads format %2). Update Plugboard, or reconnect the account to "
                "replace it.")
                .arg(version.toInt())
                .arg(TokenSet::kFormatVersion)
        };
    return std::nullopt;
}

} // namespace

bool TokenSet::isValidFor(std::chrono::seconds minValidity, const QDateTime& nowUtc) const
{
    if (accessToken.isEmpty())
        return false;
    if (!expiresAt.isValid())
        return true;
    const std::chrono::seconds known = lifetime();
    const std::chrono::seconds skew = known.count() > 0 ? std::min(kClockSkew, known / 4) : kClockSkew;
    return nowUtc.toUTC().addSecs((minValidity + skew).count()) < expiresAt;
}

std::chrono::seconds TokenSet::attainableValidity(std::chrono::seconds wanted) const
{
    const std::chrono::seconds known = lifetime();
    if (known.count() <= 0 || known >= wanted + kClockSkew)
        return wanted;
    return std::min(wanted, known / 2);
}

std::chrono::seconds TokenSet::lifetime() const
{
    if (!expiresAt.isValid() || !obtainedAt.isValid())
        return std::chrono::seconds(0);
    return std::chrono::seconds(std::max<qint64>(0, obtainedAt.secsTo(expiresAt)));
}

QString TokenSet::toJson() const
{
    QJsonObject object { { kVersionKey, kFormatVersion }, { kAccessKey, accessToken } };
    if (!refreshToken.isEmpty())
        object.insert(kRefreshKey, refreshToken);
    if (expiresAt.isValid())
        object.insert(kExpiresKey, expiresAt.toUTC().toString(Qt::ISODateWithMs));
    if (obtainedAt.isValid())
        object.insert(kObtainedKey, obtainedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!tokenType.isEmpty())
        object.insert(kTypeKey, tokenType);
    if (!grantedScopes.isEmpty())
        object.insert(kScopesKey, QJsonArray::fromStringList(grantedScopes));
    if (!idToken.isEmpty())
        object.insert(kIdKey, idToken);
    if (!username.isEmpty())
        object.insert(kUsernameKey, username);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<TokenSet> TokenSet::fromJson(const QString& json)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(QCoreApplication::translate("Plugboard::TokenSet", "not valid JSON: %1")
                           .arg(parseError.errorString()));
    if (!document.isObject())
        return damaged(QCoreApplication::translate("Plugboard::TokenSet", "not a JSON object"));

    const QJsonObject object = document.object();
    if (const std::optional<Error> error = readVersion(object))
        return *error;

    TokenSet tokens;
    for (const auto& [key, field] :
         { std::pair { kAccessKey, &tokens.accessToken }, std::pair { kRefreshKey, &tokens.refreshToken },
           std::pair { kTypeKey, &tokens.tokenType }, std::pair { kIdKey, &tokens.idToken },
           std::pair { kUsernameKey, &tokens.username } }) {
        if (!readString(object, key, *field))
            return damaged(wrongType(key));
    }
    if (!readStrings(object, kScopesKey, tokens.grantedScopes))
        return damaged(wrongType(kScopesKey));

    for (const auto& [key, field] :
         { std::pair { kExpiresKey, &tokens.expiresAt }, std::pair { kObtainedKey, &tokens.obtainedAt } }) {
        QString date;
        if (!readString(object, key, date))
            return damaged(wrongType(key));
        if (date.isEmpty())
            continue;
        *field = QDateTime::fromString(date, Qt::ISODateWithMs).toUTC();
        if (!field->isValid())
            return damaged(
                QCoreApplication::translate("Plugboard::TokenSet", "\"%1\" is not a date").arg(key));
    }

    if (tokens.accessToken.isEmpty())
        return damaged(QCoreApplication::translate("Plugboard::TokenSet", "no access token"));
    return tokens;
}

} // namespace Plugboard

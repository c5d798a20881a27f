#include "core/storage/appcredentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard {

namespace {

const QLatin1String kVersionKey("v");
const QLatin1String kClientIdKey("client_id");
const QLatin1String kClientSecretKey("client_secret");
const QLatin1String kApiKeyKey("api_key");

// `problem` names a field or the JSON error, never a value.
Error damaged(const QString& problem)
{
    return { ErrorCode::StorageFailed,
             QCoreApplication::translate("Plugboard::AppCredentials",
                                         "The saved app credentials of this platform are damaged (%1). Enter "
                                         "them again to replace them.")
                 .arg(problem) };
}

QLatin1String keyFor(CredentialType type)
{
    switch (type) {
    case CredentialType::OAuthClientId:
        return kClientIdKey;
    case CredentialType::OAuthClientSecret:
        return kClientSecretKey;
    case CredentialType::ApiKey:
        return kApiKeyKey;
    case CredentialType::Username: // belongs to a connection, not to the app
        return QLatin1String("username");
    }
    return kClientIdKey;
}

} // namespace

QString AppCredentials::value(const QString& key) const
{
    if (key == kClientIdKey)
        return clientId;
    if (key == kClientSecretKey)
        return clientSecret;
    if (key == kApiKeyKey)
        return apiKey;
    return QString();
}

bool AppCredentials::setValue(const QString& key, const QString& value)
{
    if (key == kClientIdKey)
        clientId = value;
    else if (key == kClientSecretKey)
        clientSecret = value;
    else if (key == kApiKeyKey)
        apiKey = value;
    else
        return false;
    return true;
}

// The schema asks for the three well-known keys, but the type is what the
// parser enforces, so a record with another key still maps to a value.
QString AppCredentials::value(const CredentialField& field) const
{
    if (field.key == kClientIdKey || field.key == kClientSecretKey || field.key == kApiKeyKey)
        return value(field.key);
    return value(keyFor(field.type));
}

QString AppCredentials::clientIdHint() const
{
    if (clientId.isEmpty())
        return QString();
    if (clientId.size() < kHintMinimumLength)
        return QStringLiteral("…");
    return QStringLiteral("…") + clientId.right(4);
}

QString AppCredentials::clientFingerprint() const
{
    if (clientId.isEmpty())
        return QString();
    const QByteArray digest = QCryptographicHash::hash(clientId.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(kFingerprintLength));
}

Result<void> AppCredentials::checkComplete(const PlatformRecord& record) const
{
    QStringList missing;
    for (const CredentialField& field : record.credentials) {
        if (field.required && value(field).trimmed().isEmpty())
            missing.append(field.label);
    }
    if (missing.isEmpty())
        return {};
    return Error { ErrorCode::MissingCredentials,
                   QCoreApplication::translate("Plugboard::AppCredentials",
                                               "Missing required credentials: %1")
                       .arg(missing.join(QStringLiteral(", "))) };
}

QString AppCredentials::toJson() const
{
    QJsonObject object { { kVersionKey, kFormatVersion } };
    if (!clientId.isEmpty())
        object.insert(kClientIdKey, clientId);
    if (!clientSecret.isEmpty())
        object.insert(kClientSecretKey, clientSecret);
    if (!apiKey.isEmpty())
        object.insert(kApiKeyKey, apiKey);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<AppCredentials> AppCredentials::fromJson(const QString& json)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(QCoreApplication::translate("Plugboard::AppCredentials", "not valid JSON: %1")
                           .arg(parseError.errorString()));
    if (!document.isObject())
        return damaged(QCoreApplication::translate("Plugboard::AppCredentials", "not a JSON object"));
    const QJsonObject object = document.object();

    const QJsonValue version = object.value(kVersionKey);
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1)
        return damaged(QCoreApplication::translate("Plugboard::AppCredentials", "\"%1\" has the wrong type")
                           .arg(kVersionKey));
    if (version.toInt() > kFormatVersion)
        return Error { ErrorCode::UnsupportedFileVersion,
                       QCoreApplication::translate(
                           "Plugboard::AppCredentials",
                           "The saved app credentials of this platform were written by "
                           "a newer Plugboard (format %1; this version reads format "
                           "%2). Update Plugboard, or enter them again.")
                           .arg(version.toInt())
                           .arg(kFormatVersion) };

    AppCredentials credentials;
    for (const QLatin1String key : { kClientIdKey, kClientSecretKey, kApiKeyKey }) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return damaged(
                QCoreApplication::translate("Plugboard::AppCredentials", "\"%1\" has the wrong type")
                    .arg(key));
        credentials.setValue(key, value.toString());
    }
    return credentials;
}

} // namespace Plugboard

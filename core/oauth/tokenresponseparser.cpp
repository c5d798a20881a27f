#include "tokenresponseparser.h"

#include "formencoding.h"
#include "oautherror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::TokenResponseParser {

namespace {

enum class Format { Json, Form, Html, Unknown };

Format formatOf(const Reply& reply)
{
    const QByteArray type = reply.contentType.split(';').first().trimmed().toLower();
    if (type == "application/json" || type == "text/javascript" || type.endsWith("+json"))
        return Format::Json;
    if (type == "application/x-www-form-urlencoded")
        return Format::Form;
    if (type == "text/html")
        return Format::Html;
    // A missing or generic type: trust the body's own shape.
    const QByteArray trimmed = reply.body.trimmed();
    if (trimmed.startsWith('{'))
        return Format::Json;
    if (trimmed.startsWith('<'))
        return Format::Html;
    if (!trimmed.isEmpty() && trimmed.contains('=') && !trimmed.contains(' '))
        return Format::Form;
    return Format::Unknown;
}

QVariantMap fromForm(const QByteArray& body)
{
    QVariantMap map;
    const FormEncoding::Items items = FormEncoding::decode(body);
    for (const auto& [key, value] : items)
        map.insert(key, value);
    return map;
}

Error exchangeFailed(const QString& what, const QString& platformName, int status)
{
    return { ErrorCode::ExchangeFailed,
             QCoreApplication::translate("Plugboard::TokenResponseParser",
                                         "%1 answered the token request with %2 "
                                         "(HTTP %3). Try again later; if it keeps "
                                         "happening, check the platform's status page.")
                 .arg(platformName, what, QString::number(status)) };
}

} // namespace

Result<QVariantMap> parse(const Reply& reply, const QString& platformName, const QUrl& redirectUri)
{
    QVariantMap map;
    switch (formatOf(reply)) {
    case Format::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        if (!document.isObject())
            return exchangeFailed(
                QCoreApplication::translate("Plugboard::TokenResponseParser", "malformed JSON"), platformName,
                reply.httpStatus);
        map = document.object().toVariantMap();
        break;
    }
    case Format::Form:
        map = fromForm(reply.body);
        break;
    case Format::Html:
        return exchangeFailed(QCoreApplication::translate("Plugboard::TokenResponseParser", "a web page"),
                              platformName, reply.httpStatus);
    case Format::Unknown:
        return exchangeFailed(
            QCoreApplication::translate("Plugboard::TokenResponseParser", "an unreadable answer"),
            platformName, reply.httpStatus);
    }

    const bool success = reply.httpStatus >= 200 && reply.httpStatus < 300;
    // Slack answers HTTP 200 with "ok": false; GitHub HTTP 200 with "error".
    const bool refused = map.contains(QStringLiteral("error"))
        || (map.contains(QStringLiteral("ok")) && !map.value(QStringLiteral("ok")).toBool());
    if (refused || !success) {
        const OAuthError::Reported reported { map.value(QStringLiteral("error")).toString(),
                                              map.value(QStringLiteral("error_description")).toString(),
                                              reply.httpStatus };
        return OAuthError::toError(reported, platformName, redirectUri);
    }
    if (map.value(QStringLiteral("access_token")).toString().isEmpty())
        return exchangeFailed(
            QCoreApplication::translate("Plugboard::TokenResponseParser", "no access token"), platformName,
            reply.httpStatus);

    // Some platforms send expires_in as a string ("3600").
    if (map.contains(QStringLiteral("expires_in"))) {
        bool ok = false;
        const qint64 seconds = map.value(QStringLiteral("expires_in")).toString().toLongLong(&ok);
        if (ok && seconds > 0)
            map.insert(QStringLiteral("expires_in"), seconds);
        else
            map.remove(QStringLiteral("expires_in"));
    }
    return map;
}

} // namespace Plugboard::TokenResponseParser

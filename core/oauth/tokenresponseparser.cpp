#include "core/oauth/tokenresponseparser.h"

#include "core/oauth/formencoding.h"
#include "core/oauth/oautherror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::TokenResponseParser {

namespace {

enum class Format { Json, Form, Html, Unknown };

// Real access tokens are at most a few kilobytes (Microsoft's JWTs with many
// group claims reach about 10 KB); anything far larger is not a token.
constexpr qsizetype kMaxTokenLength = 32 * 1024;

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

// Some platforms send expires_in as a string ("3600"), some as 3600.0.
// Anything that is not a whole number of seconds from 0 to ten years is a
// broken answer: storing it as "never expires" would hand out a dead token
// without ever renewing it.
Result<qint64> lifetimeOf(const QVariant& value)
{
    constexpr qint64 kTenYears = 10LL * 366 * 24 * 3600;
    bool ok = false;
    qint64 seconds = 0;
    if (value.typeId() == QMetaType::Double) {
        const double number = value.toDouble();
        ok = number >= 0 && number <= double(kTenYears) && number == double(qint64(number));
        seconds = ok ? qint64(number) : 0;
    } else {
        seconds = value.toString().trimmed().toLongLong(&ok);
    }
    if (!ok || seconds < 0 || seconds > kTenYears)
        return Error { ErrorCode::ExchangeFailed,
                       QCoreApplication::translate("Plugboard::TokenResponseParser",
                                                   "a token lifetime (expires_in) that is not a number of "
                                                   "seconds") };
    return seconds;
}

Result<void> checkTokens(const QVariantMap& map, const QString& platformName, int status)
{
    for (const char* field : { "access_token", "refresh_token", "id_token" }) {
        if (map.value(QString::fromLatin1(field)).toString().size() > kMaxTokenLength)
            return exchangeFailed(
                QCoreApplication::translate("Plugboard::TokenResponseParser",
                                            "a %1 longer than any platform issues (over %2 KB)")
                    .arg(QString::fromLatin1(field), QString::number(kMaxTokenLength / 1024)),
                platformName, status);
    }
    // Plugboard sends tokens as "Authorization: Bearer"; a token of another
    // type (MAC, DPoP-bound) would be refused by every API it is meant for.
    // Slack names its bearer tokens "bot" and "user".
    const QString type = map.value(QStringLiteral("token_type")).toString().toLower();
    if (!type.isEmpty() && type != QLatin1String("bearer") && type != QLatin1String("bot")
        && type != QLatin1String("user"))
        return Error { ErrorCode::ExchangeFailed,
                       QCoreApplication::translate(
                           "Plugboard::TokenResponseParser",
                           "%1 issued a token of type \"%2\", which Plugboard cannot "
                           "use: only bearer tokens work. Check the app's settings at %1.")
                           .arg(platformName, map.value(QStringLiteral("token_type")).toString().left(40)) };
    return {};
}

} // namespace

QVariantMap fieldsOf(const Reply& reply)
{
    switch (formatOf(reply)) {
    case Format::Json:
        return QJsonDocument::fromJson(reply.body).object().toVariantMap();
    case Format::Form:
        return fromForm(reply.body);
    case Format::Html:
    case Format::Unknown:
        break;
    }
    return {};
}

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

    if (Result<void> sane = checkTokens(map, platformName, reply.httpStatus); !sane)
        return sane.error();
    if (map.contains(QStringLiteral("expires_in"))) {
        const Result<qint64> seconds = lifetimeOf(map.value(QStringLiteral("expires_in")));
        if (!seconds)
            return exchangeFailed(seconds.error().message, platformName, reply.httpStatus);
        if (seconds.value() > 0)
            map.insert(QStringLiteral("expires_in"), seconds.value());
        else
            map.remove(QStringLiteral("expires_in")); // 0: the platform gives no lifetime
    }
    return map;
}

} // namespace Plugboard::TokenResponseParser

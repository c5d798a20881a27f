#include "core/oauth/devicecode.h"

#include "core/catalog/platformrecord.h"
#include "core/oauth/oautherror.h"

#include <QCoreApplication>

namespace Plugboard::DeviceAuthorizationParser {

namespace {

Error broken(const QString& platformName, const QString& what)
{
    return { ErrorCode::ExchangeFailed,
             QCoreApplication::translate(
                 "Plugboard::DeviceAuthorizationParser",
                 "%1 answered the request for a sign-in code with %2. Try again later, or connect with "
                 "--no-browser instead.")
                 .arg(platformName, what) };
}

// Whole seconds from 1 to a day: no platform hands out a code for longer,
// and anything else is a broken answer.
std::optional<qint64> seconds(const QVariant& value)
{
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || number < 1 || number > 24 * 3600 || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

Error refused(const QVariantMap& fields, const QString& platformName, int status)
{
    const QString error = fields.value(QStringLiteral("error")).toString();
    if (error == QLatin1String("unauthorized_client") || error == QLatin1String("device_flow_disabled")
        || error == QLatin1String("unsupported_grant_type"))
        return { ErrorCode::InvalidClient,
                 QCoreApplication::translate(
                     "Plugboard::DeviceAuthorizationParser",
                     "%1 does not let this app sign in with a code on another device. Enable the device "
                     "flow in the app's settings at %1, or connect with --no-browser instead (%1 said: %2).")
                     .arg(platformName, error) };
    return OAuthError::toError(
        { error, fields.value(QStringLiteral("error_description")).toString(), status }, platformName,
        QUrl());
}

} // namespace

Result<DeviceAuthorization> parse(const TokenResponseParser::Reply& reply, const QString& platformName,
                                  const QDateTime& nowUtc)
{
    const QVariantMap fields = TokenResponseParser::fieldsOf(reply);
    if (fields.isEmpty())
        return broken(platformName,
                      QCoreApplication::translate("Plugboard::DeviceAuthorizationParser",
                                                  "an unreadable answer (HTTP %1)")
                          .arg(reply.httpStatus));
    if (fields.contains(QStringLiteral("error")) || reply.httpStatus < 200 || reply.httpStatus >= 300)
        return refused(fields, platformName, reply.httpStatus);

    DeviceAuthorization answer;
    answer.deviceCode = fields.value(QStringLiteral("device_code")).toString();
    answer.code.userCode = fields.value(QStringLiteral("user_code")).toString().trimmed();
    const QString uri
        = fields.value(QStringLiteral("verification_uri"), fields.value(QStringLiteral("verification_url")))
              .toString();
    answer.code.verificationUri = QUrl(uri, QUrl::StrictMode);
    if (answer.deviceCode.isEmpty())
        return broken(platformName,
                      QCoreApplication::translate("Plugboard::DeviceAuthorizationParser", "no device code"));
    if (answer.code.userCode.isEmpty() || answer.code.userCode.size() > 64)
        return broken(
            platformName,
            QCoreApplication::translate("Plugboard::DeviceAuthorizationParser", "no usable user code"));
    if (!isAllowedEndpoint(answer.code.verificationUri))
        return broken(platformName,
                      QCoreApplication::translate("Plugboard::DeviceAuthorizationParser",
                                                  "no https:// address to enter the code at"));
    if (fields.contains(QStringLiteral("verification_uri_complete"))) {
        answer.code.verificationUriComplete
            = QUrl(fields.value(QStringLiteral("verification_uri_complete")).toString(), QUrl::StrictMode);
        if (!isAllowedEndpoint(answer.code.verificationUriComplete))
            return broken(
                platformName,
                QCoreApplication::translate("Plugboard::DeviceAuthorizationParser",
                                            "a complete verification address that is not https://"));
    }
    const std::optional<qint64> lifetime = seconds(fields.value(QStringLiteral("expires_in")));
    if (!lifetime)
        return broken(platformName,
                      QCoreApplication::translate("Plugboard::DeviceAuthorizationParser",
                                                  "no lifetime (expires_in) for the code"));
    answer.code.expiresAt = nowUtc.toUTC().addSecs(*lifetime);
    if (fields.contains(QStringLiteral("interval"))) {
        const std::optional<qint64> interval = seconds(fields.value(QStringLiteral("interval")));
        if (!interval)
            return broken(platformName,
                          QCoreApplication::translate("Plugboard::DeviceAuthorizationParser",
                                                      "a polling interval that is not a number of seconds"));
        answer.code.interval = std::chrono::seconds(*interval);
    }
    return answer;
}

} // namespace Plugboard::DeviceAuthorizationParser

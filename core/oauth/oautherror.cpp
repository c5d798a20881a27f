#include "core/oauth/oautherror.h"

#include <QCoreApplication>

namespace Plugboard::OAuthError {

namespace {

bool mentionsRedirect(const Reported& reported)
{
    return reported.error == QLatin1String("redirect_uri_mismatch")
        || reported.description.contains(QLatin1String("redirect_uri"), Qt::CaseInsensitive)
        || reported.description.contains(QLatin1String("redirect uri"), Qt::CaseInsensitive);
}

// "invalid_grant: Bad code (HTTP 400)", whatever parts the platform gave.
QString platformSaid(const Reported& reported)
{
    QString said = reported.error;
    if (!reported.description.isEmpty())
        said += (said.isEmpty() ? QString() : QStringLiteral(": ")) + reported.description;
    if (reported.httpStatus > 0)
        said += QStringLiteral(" (HTTP %1)").arg(reported.httpStatus);
    return said;
}

} // namespace

Error toError(const Reported& reported, const QString& platformName, const QUrl& redirectUri)
{
    const QString said = platformSaid(reported);
    if (mentionsRedirect(reported)) {
        return { ErrorCode::RedirectUriMismatch,
                 QCoreApplication::translate("Plugboard::OAuthError",
                                             "%1 does not accept Plugboard's redirect URI. Register exactly "
                                             "%2 in your app's settings at %1, "
                                             "then connect again. (%1 said: %3)")
                     .arg(platformName, redirectUri.toString(), said) };
    }
    const QString& code = reported.error;
    if (code == QLatin1String("access_denied")) {
        return { ErrorCode::AccessDenied,
                 QCoreApplication::translate(
                     "Plugboard::OAuthError",
                     "Access was not granted at %1. Connect again and approve the request at %1.")
                     .arg(platformName) };
    }
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")
        || code == QLatin1String("incorrect_client_credentials")) {
        return {
            ErrorCode::InvalidClient,
            QCoreApplication::translate(
                "Plugboard::OAuthError",
                "%1 did not accept the app credentials. Check the client ID and client secret. (%1 said: %2)")
                .arg(platformName, said)
        };
    }
    if (code == QLatin1String("invalid_scope")) {
        return { ErrorCode::InvalidScope,
                 QCoreApplication::translate("Plugboard::OAuthError",
                                             "%1 refused the requested permissions. Remove the scopes it "
                                             "does not offer and connect again. "
                                             "(%1 said: %2)")
                     .arg(platformName, said) };
    }
    if (code == QLatin1String("invalid_grant") || code == QLatin1String("bad_verification_code")) {
        return { ErrorCode::InvalidGrant,
                 QCoreApplication::translate(
                     "Plugboard::OAuthError",
                     "%1 no longer accepts this sign-in. Reconnect to sign in again. (%1 said: %2)")
                     .arg(platformName, said) };
    }
    return {
        ErrorCode::ExchangeFailed,
        QCoreApplication::translate(
            "Plugboard::OAuthError",
            "%1 refused to issue tokens: %2. Try again; if it keeps failing, check the app's settings at %1.")
            .arg(platformName,
                 said.isEmpty() ? QCoreApplication::translate("Plugboard::OAuthError", "no reason given")
                                : said)
    };
}

Error refusedAuthorizationRequest(int status, const QByteArray& body, const QString& platformName,
                                  const QUrl& redirectUri, const QUrl& helpUrl)
{
    const QByteArray page = body.left(64 * 1024).toLower();
    const QString where = helpUrl.isValid() ? helpUrl.toString() : platformName;
    if (page.contains("redirect_uri") || page.contains("redirect uri") || page.contains("redirect url")) {
        return { ErrorCode::RedirectUriMismatch,
                 QCoreApplication::translate(
                     "Plugboard::OAuthError",
                     "%1 refused the sign-in request (HTTP %2) because of the redirect "
                     "URI. Register exactly %3 for your app at %4, then connect again.")
                     .arg(platformName, QString::number(status), redirectUri.toString(), where) };
    }
    return { ErrorCode::InvalidClient,
             QCoreApplication::translate(
                 "Plugboard::OAuthError",
                 "%1 refused the sign-in request (HTTP %2) before anyone could sign in: "
                 "it probably does not know the client ID, or %3 is not registered as "
                 "a redirect URI. Check both at %4 and in Plugboard's credentials, "
                 "then connect again.")
                 .arg(platformName, QString::number(status), redirectUri.toString(), where) };
}

} // namespace Plugboard::OAuthError

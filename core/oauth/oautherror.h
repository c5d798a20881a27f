#pragma once

#include "core/error.h"

#include <QUrl>

namespace Plugboard::OAuthError {

/// What a platform said went wrong, as RFC 6749 §4.1.2.1 / §5.2 carry it.
struct Reported
{
    QString error; ///< "invalid_grant", "access_denied", …
    QString description; ///< error_description, already form-decoded
    int httpStatus = 0; ///< 0 for an authorization (browser) response
};

/// Maps a platform's error to Plugboard's code and a message that says what
/// to do: invalid_client -> "check the client id/secret", a redirect URI
/// mismatch -> the exact URI to register, and so on. `redirectUri` is shown
/// in that message; `platformName` names who answered.
Error toError(const Reported& reported, const QString& platformName, const QUrl& redirectUri);

/// The platform answered the authorization URL itself with an HTTP error
/// (`status`, page `body`) instead of a sign-in page: the app's client ID
/// is unknown to it or the redirect URI is not registered. Says which one
/// when the page tells, and where to fix it. The page's text is never
/// quoted (it may echo the request).
Error refusedAuthorizationRequest(int status, const QByteArray& body, const QString& platformName,
                                  const QUrl& redirectUri, const QUrl& helpUrl);

} // namespace Plugboard::OAuthError

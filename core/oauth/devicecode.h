#pragma once

#include "core/oauth/tokenresponseparser.h"
#include "core/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Plugboard {

/// What a person needs to approve a device sign-in on another device (RFC
/// 8628 §3.2): the code to type and where to type it. The user code is
/// meant to be shown, but like every code it is never logged.
struct DeviceCode
{
    QString userCode; ///< "WDJB-MJHT", shown to the person
    QUrl verificationUri; ///< where to enter it
    QUrl verificationUriComplete; ///< with the code filled in; empty when the platform gives none
    QDateTime expiresAt; ///< UTC; the code is useless afterwards
    std::chrono::seconds interval { 5 }; ///< between two polls, as the platform first asked

    /// The address to show or encode as a QR code: the complete one when
    /// the platform gives it (the person then only confirms), otherwise the
    /// plain verification URI.
    QUrl preferredUrl() const
    {
        return verificationUriComplete.isValid() ? verificationUriComplete : verificationUri;
    }

    friend bool operator==(const DeviceCode&, const DeviceCode&) = default;
};

/// The device authorization endpoint's answer: the DeviceCode to show and
/// the device code the client polls with (a secret: never shown or logged).
struct DeviceAuthorization
{
    DeviceCode code;
    QString deviceCode;
};

namespace DeviceAuthorizationParser {

/// Reads a device authorization answer (JSON, or a form as GitHub sends
/// without Accept: application/json). Requires device_code, user_code, an
/// https (or loopback http) verification_uri (Google spells it
/// verification_url) and expires_in; interval defaults to 5 seconds (RFC
/// 8628 §3.2). An error answer is mapped like a token endpoint's, except
/// that a client not allowed the device grant is told to use --no-browser.
Result<DeviceAuthorization> parse(const TokenResponseParser::Reply& reply, const QString& platformName,
                                  const QDateTime& nowUtc);

} // namespace DeviceAuthorizationParser

} // namespace Plugboard

Q_DECLARE_METATYPE(Plugboard::DeviceCode)

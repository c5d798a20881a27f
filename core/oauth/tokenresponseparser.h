#pragma once

#include "core/result.h"

#include <QUrl>
#include <QVariantMap>

namespace Plugboard::TokenResponseParser {

/// Everything needed to understand a token endpoint's answer and to explain
/// a failure to a person.
struct Reply
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
};

/// Parses a token endpoint answer (RFC 6749 §5.1/§5.2) in JSON or form
/// encoding, whatever the HTTP status. Success: the response's fields, with
/// access_token present and expires_in a number when given. Failure: the
/// platform's error mapped by OAuthError::toError(), or ExchangeFailed for a
/// web page, an unknown format or a missing access token. GitHub's HTTP 200
/// answer carrying `error` is a failure too.
Result<QVariantMap> parse(const Reply& reply, const QString& platformName, const QUrl& redirectUri);

/// The answer's fields as sent, whatever they mean: a JSON object or a form
/// (fully decoded); empty for anything else. For answers that are not
/// tokens, such as the device flow's.
QVariantMap fieldsOf(const Reply& reply);

} // namespace Plugboard::TokenResponseParser

// Token endpoint answers (TokenResponseParser, TokenFields), device
// authorization answers (DeviceAuthorizationParser) and an authorization
// URL refused with an error page (OAuthError): whatever a platform, or
// something pretending to be one, sends back.
//
// Input: byte 0 picks the HTTP status, byte 1 the Content-Type, the rest is
// the body.

#include "core/oauth/devicecode.h"
#include "core/oauth/oautherror.h"
#include "core/oauth/tokenfields.h"
#include "core/oauth/tokenresponseparser.h"
#include "core/storage/tokenset.h"
#include "fuzzsupport.h"

#include <QDateTime>

#include <iterator>

using namespace Plugboard;

namespace {

const int kStatuses[] = { 200, 201, 400, 401, 403, 404, 429, 500, 502, 0, 302, 204 };
const char* const kContentTypes[] = {
    "application/json",
    "application/json; charset=utf-8",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-8",
    "text/plain",
    "text/html; charset=utf-8",
    "",
    "APPLICATION/JSON",
};
const QString kPlatform = QStringLiteral("Fuzz");
const QUrl kRedirect(QStringLiteral("http://127.0.0.1:8741/callback"));
const QDateTime kNow = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

void checkTokens(const TokenResponseParser::Reply& reply)
{
    const Result<QVariantMap> fields = TokenResponseParser::parse(reply, kPlatform, kRedirect);
    if (!fields) {
        PLUGBOARD_FUZZ_CHECK(!fields.error().message.isEmpty());
        return;
    }
    PLUGBOARD_FUZZ_CHECK(!fields.value().value(QStringLiteral("access_token")).toString().isEmpty());
    const TokenSet tokens = TokenFields::toTokenSet(fields.value(), { QStringLiteral("read") }, kNow,
                                                    QStringLiteral("previous-refresh"));
    PLUGBOARD_FUZZ_CHECK(!tokens.accessToken.isEmpty());
    PLUGBOARD_FUZZ_CHECK(!tokens.refreshToken.isEmpty()); // the previous one is kept when none came
    // What is stored must read back as it was.
    const Result<TokenSet> stored = TokenSet::fromJson(tokens.toJson());
    PLUGBOARD_FUZZ_CHECK(stored && stored.value() == tokens);
}

void checkDeviceAuthorization(const TokenResponseParser::Reply& reply)
{
    const Result<DeviceAuthorization> answer = DeviceAuthorizationParser::parse(reply, kPlatform, kNow);
    if (!answer) {
        PLUGBOARD_FUZZ_CHECK(!answer.error().message.isEmpty());
        return;
    }
    const DeviceCode& code = answer.value().code;
    PLUGBOARD_FUZZ_CHECK(!answer.value().deviceCode.isEmpty() && !code.userCode.isEmpty());
    PLUGBOARD_FUZZ_CHECK(code.preferredUrl().isValid() && !code.preferredUrl().host().isEmpty());
    PLUGBOARD_FUZZ_CHECK(code.expiresAt.isValid() && code.interval.count() >= 0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const TokenResponseParser::Reply reply { kStatuses[data[0] % std::size(kStatuses)],
                                             QByteArray(kContentTypes[data[1] % std::size(kContentTypes)]),
                                             Fuzz::bytes(data + 2, size - 2) };
    checkTokens(reply);
    (void)TokenResponseParser::fieldsOf(reply);
    checkDeviceAuthorization(reply);
    const Error refused = OAuthError::refusedAuthorizationRequest(
        reply.httpStatus, reply.body, kPlatform, kRedirect, QUrl(QStringLiteral("https://example.com/help")));
    PLUGBOARD_FUZZ_CHECK(refused.isError() && !refused.message.isEmpty());
    return 0;
}

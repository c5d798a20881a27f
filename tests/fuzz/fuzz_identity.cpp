// A userinfo endpoint's answer (IdentityRequest::valueAt): who a token
// belongs to, read at the dotted paths the platform records declare.
//
// Input: byte 0 picks one of the shipped records' identity paths, the rest
// is the answer. Checked: nothing is read from an answer that is not a JSON
// object.

#include "core/oauth/identityrequest.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

#include <iterator>

using namespace Plugboard;

namespace {

// Every identity path of resources/platforms and resources/templates, plus
// array indexes, which the syntax allows.
const char* const kPaths[] = {
    "id",
    "login",
    "name",
    "sub",
    "email",
    "username",
    "user_id",
    "uuid",
    "accountId",
    "account_id",
    "displayName",
    "display_name",
    "preferred_username",
    "userPrincipalName",
    "account.email",
    "account.uuid",
    "bot.owner.user.id",
    "bot.owner.user.name",
    "name.display_name",
    "result.id",
    "user.id",
    "user.username",
    "data.0.login",
    "data.-1.id",
    "0",
    "data.99999999999.id",
    "a..b",
    "",
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QString path = QString::fromLatin1(kPaths[data[0] % std::size(kPaths)]);
    const QByteArray answer = Fuzz::bytes(data + 1, size - 1);
    const QString value = IdentityRequest::valueAt(answer, path);
    if (value.isEmpty())
        return 0;
    PLUGBOARD_FUZZ_CHECK(QJsonDocument::fromJson(answer).isObject());
    return 0;
}

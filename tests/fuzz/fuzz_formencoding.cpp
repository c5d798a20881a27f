// application/x-www-form-urlencoded decoding (FormEncoding): redirect
// queries and token endpoints' form answers.
//
// Checked: decoding never fails on any bytes, encode() is decode()'s
// inverse, and value() agrees with the decoded pairs.

#include "core/oauth/formencoding.h"
#include "fuzzsupport.h"

using namespace Plugboard;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const FormEncoding::Items items = FormEncoding::decode(Fuzz::bytes(data, size));
    const QByteArray encoded = FormEncoding::encode(items);
    PLUGBOARD_FUZZ_CHECK(FormEncoding::decode(encoded) == items);
    for (char c : encoded)
        PLUGBOARD_FUZZ_CHECK(c > ' ' && c < 127 && c != '+');
    if (items.isEmpty())
        return 0;
    int occurrences = 0;
    const QString value = FormEncoding::value(items, items.first().first, &occurrences);
    PLUGBOARD_FUZZ_CHECK(occurrences >= 1 && value == items.first().second);
    return 0;
}

// The loopback listener's request reader (HttpRequestReader): whatever a
// local program sends to the port a sign-in listens on.
//
// Input: byte 0 picks how many bytes each feed() gets (1–256), the rest is
// what arrives on the socket. The verdict must not depend on how the bytes
// were split into TCP segments, and must never change once given.

#include "core/oauth/httprequestreader.h"
#include "fuzzsupport.h"

using namespace Plugboard;
using Status = HttpRequestReader::Status;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = qsizetype(data[0]) + 1;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);

    HttpRequestReader split;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        const Status before = split.status();
        const Status now = split.feed(input.mid(at, chunk));
        PLUGBOARD_FUZZ_CHECK(before == Status::NeedMore || now == before);
    }
    HttpRequestReader whole;
    whole.feed(input);
    PLUGBOARD_FUZZ_CHECK(split.status() == whole.status());
    if (whole.status() != Status::Complete)
        return 0;
    PLUGBOARD_FUZZ_CHECK(split.method() == whole.method() && split.url() == whole.url()
                         && split.host() == whole.host());
    // What the listener hands on: an uppercase method and a relative target
    // with an absolute path, never a URL naming another host.
    PLUGBOARD_FUZZ_CHECK(!whole.method().isEmpty());
    PLUGBOARD_FUZZ_CHECK(whole.url().isValid() && whole.url().isRelative() && whole.url().host().isEmpty());
    PLUGBOARD_FUZZ_CHECK(whole.url().path(QUrl::FullyEncoded).startsWith(QLatin1Char('/')));
    PLUGBOARD_FUZZ_CHECK(whole.host() == whole.host().toLower());
    return 0;
}

// The callback parser of the loopback reply handler: the redirect a browser
// (or anything on this machine) sends to the listener, and the address a
// person pastes after signing in on another machine.
//
// Input: byte 0 even: the rest is a request head, read by HttpRequestReader
// as the listener does, its target put on the listener's address; odd: the
// rest is a pasted address (port 8741 standing for the listener's). Checked: a callback is accepted only with
// the expected state, exactly once-valued parameters, and the error otherwise.

#include "core/oauth/httprequestreader.h"
#include "core/oauth/loopbackreplyhandler.h"
#include "fuzzsupport.h"

using namespace Plugboard;

namespace {

const QByteArray kState = QByteArrayLiteral("fuzz-state-Zm9vYmFy");
constexpr int kSeedPort = 8741;
LoopbackReplyHandler* handler = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    Fuzz::application();
    handler = new LoopbackReplyHandler;
    // Loopback only, any free port: the address pasted callbacks must name.
    if (!handler->listen(RedirectRule { QStringLiteral("127.0.0.1"), 0, QStringLiteral("/callback") })) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    QUrl address;
    if (data[0] % 2 == 0) {
        HttpRequestReader reader;
        if (reader.feed(input) != HttpRequestReader::Status::Complete)
            return 0;
        address = handler->redirectUri().resolved(reader.url());
    } else {
        // The seeds name port 8741; the listener has whatever port was free.
        address = QUrl(QString::fromUtf8(input));
        if (address.port() == kSeedPort)
            address.setPort(handler->redirectUri().port());
    }

    handler->expectState(kState);
    int received = 0;
    QVariantMap values;
    const QMetaObject::Connection connection = QObject::connect(
        handler, &LoopbackReplyHandler::callbackReceived, handler, [&](const QVariantMap& callback) {
            ++received;
            values = callback;
        });
    const Result<void> accepted = handler->acceptPastedAddress(address);
    QObject::disconnect(connection);

    PLUGBOARD_FUZZ_CHECK(received == (accepted ? 1 : 0));
    PLUGBOARD_FUZZ_CHECK(bool(accepted) == handler->hasAcceptedCallback());
    if (!accepted) {
        PLUGBOARD_FUZZ_CHECK(!accepted.error().message.isEmpty());
        return 0;
    }
    PLUGBOARD_FUZZ_CHECK(values.value(QStringLiteral("state")).toString().toUtf8() == kState);
    // A second use of the same answer is refused.
    PLUGBOARD_FUZZ_CHECK(!handler->acceptPastedAddress(address));
    return 0;
}

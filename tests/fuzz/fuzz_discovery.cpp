// OpenID Connect / RFC 8414 discovery documents (DiscoveryDocumentParser):
// fetched from whatever address a user types in.
//
// Input: byte 0 picks the kind of document, the rest is the document.
// Checked: a record made from a document is one the record parser accepts
// as it is, once written to a file (custom providers are kept that way).

#include "core/catalog/discoverydocumentparser.h"
#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformrecordwriter.h"
#include "fuzzsupport.h"

using namespace Plugboard;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const DiscoveryDocumentParser::Source source {
        data[0] % 2 == 0 ? DiscoveryDocumentParser::Kind::OpenIdConnect
                         : DiscoveryDocumentParser::Kind::OAuthServerMetadata,
        QUrl(QStringLiteral("https://id.example.com")),
        QUrl(QStringLiteral("https://id.example.com/.well-known/openid-configuration")),
    };
    const Result<PlatformRecord> record = DiscoveryDocumentParser::parse(
        Fuzz::bytes(data + 1, size - 1), source, QStringLiteral("acme"), QStringLiteral("Acme"));
    if (!record) {
        PLUGBOARD_FUZZ_CHECK(record.error().code == ErrorCode::DiscoveryFailed);
        return 0;
    }
    const Result<PlatformRecord> reread = PlatformRecordParser::parse(
        PlatformRecordWriter::toJson(record.value()), QStringLiteral("acme.json"));
    PLUGBOARD_FUZZ_CHECK(reread);
    PLUGBOARD_FUZZ_CHECK(reread.value() == record.value());
    return 0;
}

// Platform records (PlatformRecordParser, RecordReader): the shipped
// catalog, and records someone shared (`providers import`, backups).
//
// Input: byte 0 picks how the source is named, the rest is the record.
// Checked: every record that loads is written back (PlatformRecordWriter)
// into a file that loads as the same record.

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
    const bool catalogFile = data[0] % 2 == 0;
    const QString source = catalogFile ? QStringLiteral("resources/platforms/github.json")
                                       : QStringLiteral("shared record.json");
    const PlatformRecordParser::FileName naming
        = catalogFile ? PlatformRecordParser::FileName::MatchesId : PlatformRecordParser::FileName::Any;
    const Result<PlatformRecord> record
        = PlatformRecordParser::parse(Fuzz::bytes(data + 1, size - 1), source, naming);
    if (!record) {
        PLUGBOARD_FUZZ_CHECK(record.error().code == ErrorCode::InvalidRecord);
        PLUGBOARD_FUZZ_CHECK(record.error().message.startsWith(source + QStringLiteral(": ")));
        return 0;
    }
    PLUGBOARD_FUZZ_CHECK(PlatformRecordParser::isValidId(record.value().id));
    const Result<PlatformRecord> reread
        = PlatformRecordParser::parse(PlatformRecordWriter::toJson(record.value()), source, naming);
    PLUGBOARD_FUZZ_CHECK(reread);
    PLUGBOARD_FUZZ_CHECK(reread.value() == record.value());
    return 0;
}

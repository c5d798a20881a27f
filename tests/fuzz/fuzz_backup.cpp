// What an encrypted backup holds once opened (BackupDocument), and what a
// restore does with its parts: custom provider records, stored app
// credentials and token sets. A backup may come from anyone (a file mailed
// around, a download), and its passphrase proves nothing about its contents.
//
// Input: the opened backup's JSON. Checked: a document that reads lists its
// items, writes back to JSON that reads as the same document, and wipe()
// empties it.

#include "core/backup/backupdocument.h"
#include "core/catalog/platformrecordparser.h"
#include "core/storage/appcredentials.h"
#include "core/storage/tokenset.h"
#include "fuzzsupport.h"

using namespace Plugboard;

namespace {

const QString kSource = QStringLiteral("/home/someone/plugboard.pbbackup");

void readParts(const BackupDocument& document)
{
    for (const BackupDocument::Provider& provider : document.providers)
        (void)PlatformRecordParser::parse(provider.record, provider.id);
    for (const BackupDocument::Credentials& credentials : document.credentials)
        (void)AppCredentials::fromJson(credentials.secret);
    for (const BackupDocument::ConnectionEntry& entry : document.connections) {
        PLUGBOARD_FUZZ_CHECK(entry.connection.validate());
        if (entry.tokens)
            (void)TokenSet::fromJson(*entry.tokens);
    }
    for (const BackupDocument::AppSecret& secret : document.appSecrets)
        (void)secret.app();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Result<BackupDocument> document = BackupDocument::fromJson(Fuzz::bytes(data, size), kSource);
    if (!document) {
        PLUGBOARD_FUZZ_CHECK(document.error().code == ErrorCode::CorruptFile
                             || document.error().code == ErrorCode::UnsupportedFileVersion);
        return 0;
    }
    readParts(document.value());
    const qsizetype count = document.value().items().size();
    PLUGBOARD_FUZZ_CHECK(count
                         == document.value().providers.size() + document.value().credentials.size()
                             + document.value().connections.size() + document.value().appSecrets.size()
                             + document.value().settings.size());
    const Result<BackupDocument> reread = BackupDocument::fromJson(document.value().toJson(), kSource);
    PLUGBOARD_FUZZ_CHECK(reread);
    PLUGBOARD_FUZZ_CHECK(reread.value().items().size() == count);
    document.value().wipe();
    PLUGBOARD_FUZZ_CHECK(document.value().items().isEmpty());
    return 0;
}

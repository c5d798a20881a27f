// The sealed file format (Crypto::PassphraseSeal) of the vault and the
// backups, and what a vault holds once opened (VaultFile).
//
// Input: byte 0 picks what the rest is:
//  0: a vault file as found on disk, inspected (header, version, checksum);
//  1: the same with a correct checksum put at its end, so the fuzzer gets
//     past it to the header fields; a header with a tiny scrypt cost is then
//     opened with a key derived from it (after the key check is made right
//     too), reaching the GCM check;
//  2: the same for a backup (kind BKP1);
//  3: the plaintext of a vault: sealed with a cheap key, then read back by
//     VaultFile::read as the app reads it.
// Deriving keys at the real cost takes half a second, so only headers asking
// for at most kCheapMemory are derived; the bound on what a header may ask
// for is ScryptParams::isReasonable(), tested in tst_passphraseseal.

#include "core/backup/backupfile.h"
#include "core/crypto/passphraseseal.h"
#include "core/storage/vaultfile.h"
#include "fuzzsupport.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Plugboard;
using namespace Plugboard::Crypto;

namespace {

constexpr quint64 kCheapMemory = 64 * 1024;
const QByteArray kPassphrase = QByteArrayLiteral("fuzz passphrase");
constexpr int kKeyCheckAt = 50;
QString vaultPath;
std::optional<SealKey> cheapKey;

QByteArray withChecksum(QByteArray sealed)
{
    if (sealed.size() < PassphraseSeal::kChecksumBytes)
        return sealed;
    const qsizetype body = sealed.size() - PassphraseSeal::kChecksumBytes;
    sealed.replace(body, PassphraseSeal::kChecksumBytes,
                   QCryptographicHash::hash(QByteArrayView(sealed).first(body), QCryptographicHash::Sha256));
    return sealed;
}

void inspectAndOpen(const QByteArray& input, const QByteArray& kind, bool fixChecksum)
{
    QByteArray sealed = fixChecksum ? withChecksum(input) : input;
    const Result<SealHeader> header = PassphraseSeal::inspect(sealed, kind, vaultPath);
    if (!header) {
        PLUGBOARD_FUZZ_CHECK(header.error().code == ErrorCode::CorruptFile
                             || header.error().code == ErrorCode::UnsupportedFileVersion);
        return;
    }
    PLUGBOARD_FUZZ_CHECK(header.value().params.isReasonable() && header.value().kind == kind);
    if (!fixChecksum || header.value().params.memoryBytes() * header.value().params.p > kCheapMemory)
        return;
    const Result<SealKey> key = SealKey::derive(kPassphrase, header.value().params, header.value().salt);
    PLUGBOARD_FUZZ_CHECK(key);
    sealed.replace(kKeyCheckAt, key.value().keyCheck().size(), key.value().keyCheck());
    sealed = withChecksum(sealed);
    const Result<QByteArray> opened = PassphraseSeal::open(sealed, key.value(), kind, vaultPath);
    // Without the key the fuzzer cannot forge the GCM tag.
    PLUGBOARD_FUZZ_CHECK(!opened && opened.error().code == ErrorCode::CorruptFile);
}

void readContents(const QByteArray& plaintext)
{
    const Result<QByteArray> sealed = PassphraseSeal::seal(plaintext, *cheapKey, VaultFile::kind());
    PLUGBOARD_FUZZ_CHECK(sealed);
    QFile file(vaultPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(sealed.value()) != sealed.value().size())
        std::abort();
    file.close();
    const VaultFile vault(vaultPath);
    PLUGBOARD_FUZZ_CHECK(vault.inspect());
    const Result<VaultFile::Secrets> secrets = vault.read(*cheapKey);
    PLUGBOARD_FUZZ_CHECK(secrets || secrets.error().code == ErrorCode::CorruptFile
                         || secrets.error().code == ErrorCode::UnsupportedFileVersion);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    vaultPath = Fuzz::scratchFolder() + QStringLiteral("/vault.pbv");
    cheapKey = SealKey::derive(kPassphrase, ScryptParams { 1, 1, 1 }, {}).value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0:
        inspectAndOpen(input, VaultFile::kind(), false);
        break;
    case 1:
        inspectAndOpen(input, VaultFile::kind(), true);
        break;
    case 2:
        inspectAndOpen(input, BackupFile::kind(), true);
        break;
    default:
        readContents(input);
        break;
    }
    return 0;
}

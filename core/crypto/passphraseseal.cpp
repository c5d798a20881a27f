#include "core/crypto/passphraseseal.h"

#include "core/crypto/cryptoprimitives.h"

#include <QCryptographicHash>
#include <QDir>
#include <QtEndian>

namespace Plugboard::Crypto {

namespace {

const QByteArray kMagic = QByteArrayLiteral("PBSEAL");
constexpr quint8 kScrypt = 1;
constexpr int kKindBytes = 4;
constexpr int kNonceBytes = 12;

// Field offsets, as drawn in the header file.
constexpr int kVersionAt = 6;
constexpr int kKindAt = 8;
constexpr int kKdfAt = 12;
constexpr int kLog2NAt = 13;
constexpr int kRAt = 14;
constexpr int kPAt = 18;
constexpr int kSaltAt = 22;
constexpr int kNonceAt = 38;
constexpr int kKeyCheckAt = 50;

quint32 u32At(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

QByteArray u32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QString shown(const QString& source)
{
    return QDir::toNativeSeparators(source);
}

QByteArray checksum(const QByteArray& sealed)
{
    return QCryptographicHash::hash(
        QByteArrayView(sealed).first(sealed.size() - PassphraseSeal::kChecksumBytes),
        QCryptographicHash::Sha256);
}

} // namespace

QByteArray PassphraseSeal::header(const SealKey& key, const QByteArray& kind, const QByteArray& nonce)
{
    QByteArray bytes = kMagic;
    bytes.append(char(kVersion >> 8)).append(char(kVersion & 0xff));
    bytes.append(kind);
    bytes.append(char(kScrypt)).append(char(key.params().log2N));
    bytes.append(u32(key.params().r)).append(u32(key.params().p));
    bytes.append(key.salt()).append(nonce).append(key.keyCheck());
    Q_ASSERT(bytes.size() == kHeaderBytes);
    return bytes;
}

Result<SealHeader> PassphraseSeal::inspect(const QByteArray& sealed, const QByteArray& kind,
                                           const QString& source)
{
    const auto damaged = [&source](const QString& why) {
        return Error { ErrorCode::CorruptFile,
                       tr("%1 is damaged: %2 Plugboard did not change it; restore it from a backup.")
                           .arg(shown(source), why) };
    };
    if (sealed.size() < kMagic.size() + 2 || !sealed.startsWith(kMagic))
        return damaged(tr("it is not a file Plugboard sealed, or its beginning is missing."));
    const quint16 version = qFromBigEndian<quint16>(sealed.constData() + kVersionAt);
    if (version > kVersion)
        return Error {
            ErrorCode::UnsupportedFileVersion,
            tr("%1 was made by a newer Plugboard (format %2; this version reads format %3). Update "
               "Plugboard to open it.")
                .arg(shown(source))
                .arg(version)
                .arg(kVersion)
        };
    if (version < 1)
        return damaged(tr("its format version is not valid."));
    if (sealed.size() < kHeaderBytes + kTagBytes + kChecksumBytes)
        return damaged(tr("it is cut short."));
    const QByteArray stored = sealed.right(kChecksumBytes);
    if (!equalInConstantTime(checksum(sealed), stored))
        return damaged(tr("its checksum does not match, so some of it was changed or lost."));
    SealHeader header;
    header.version = version;
    header.kind = sealed.mid(kKindAt, kKindBytes);
    if (header.kind != kind || quint8(sealed.at(kKdfAt)) != kScrypt)
        return damaged(tr("it holds something else than Plugboard expects here."));
    header.params = { quint8(sealed.at(kLog2NAt)), u32At(sealed, kRAt), u32At(sealed, kPAt) };
    if (!header.params.isReasonable())
        return damaged(tr("its key-derivation parameters are out of range."));
    header.salt = sealed.mid(kSaltAt, SealKey::kSaltBytes);
    header.nonce = sealed.mid(kNonceAt, kNonceBytes);
    header.keyCheck = sealed.mid(kKeyCheckAt, SealKey::kKeyCheckBytes);
    return header;
}

Result<QByteArray> PassphraseSeal::seal(const QByteArray& plaintext, const SealKey& key,
                                        const QByteArray& kind)
{
    Q_ASSERT(kind.size() == kKindBytes);
    const std::optional<QByteArray> nonce = randomBytes(kNonceBytes);
    const QByteArray aad = nonce ? header(key, kind, *nonce) : QByteArray();
    const std::optional<GcmOutput> encrypted
        = nonce ? aes256GcmEncrypt(key.encryptionKey(), *nonce, aad, plaintext) : std::nullopt;
    if (!encrypted)
        return Error { ErrorCode::StorageFailed, tr("OpenSSL could not encrypt the data. Try again.") };
    QByteArray sealed = aad + encrypted->ciphertext + encrypted->tag + QByteArray(kChecksumBytes, '\0');
    sealed.replace(sealed.size() - kChecksumBytes, kChecksumBytes, checksum(sealed));
    return sealed;
}

Result<QByteArray> PassphraseSeal::open(const QByteArray& sealed, const SealKey& key, const QByteArray& kind,
                                        const QString& source)
{
    const Result<SealHeader> header = inspect(sealed, kind, source);
    if (!header)
        return header.error();
    if (!key.derivedWith(header.value().salt, header.value().params))
        return Error { ErrorCode::InvalidArgument, QStringLiteral("key derived for another header") };
    if (!equalInConstantTime(header.value().keyCheck, key.keyCheck()))
        return Error { ErrorCode::WrongPassphrase,
                       tr("Wrong passphrase for %1. Nothing was changed.").arg(shown(source)) };
    const qsizetype bodyBytes = sealed.size() - kHeaderBytes - kTagBytes - kChecksumBytes;
    const std::optional<QByteArray> plaintext = aes256GcmDecrypt(
        key.encryptionKey(), header.value().nonce, sealed.first(kHeaderBytes),
        sealed.mid(kHeaderBytes, bodyBytes), sealed.mid(kHeaderBytes + bodyBytes, kTagBytes));
    if (!plaintext)
        return Error {
            ErrorCode::CorruptFile,
            tr("%1 was changed after Plugboard wrote it: the passphrase is right, but the contents "
               "fail the integrity check. Plugboard did not change it; restore it from a backup.")
                .arg(shown(source))
        };
    return *plaintext;
}

} // namespace Plugboard::Crypto

#include "core/crypto/sealkey.h"

#include "core/crypto/cryptoprimitives.h"

#include <QCoreApplication>

namespace Plugboard::Crypto {

namespace {

// Domain-separation labels: changing one changes every key (a new format).
const QByteArray kEncryptionInfo = QByteArrayLiteral("plugboard-seal-v1 encryption key");
const QByteArray kCheckInfo = QByteArrayLiteral("plugboard-seal-v1 check key");
const QByteArray kCheckMessage = QByteArrayLiteral("plugboard-seal-v1 key check value");

constexpr int kKeyBytes = 32;
constexpr quint64 kMaxMemory = quint64(1) << 30; // 1 GiB, and 16 times the standard work
constexpr quint8 kMaxLog2N = 24;
constexpr quint32 kMaxR = 64;
constexpr quint32 kMaxP = 16;

Error opensslRefused()
{
    return { ErrorCode::StorageFailed,
             QCoreApplication::translate(
                 "Plugboard::Crypto::SealKey",
                 "OpenSSL could not derive the key from the passphrase (out of memory?). "
                 "Close other programs and try again.") };
}

} // namespace

quint64 ScryptParams::memoryBytes() const
{
    return quint64(128) * r * (quint64(1) << log2N);
}

bool ScryptParams::isReasonable() const
{
    // scrypt runs p passes over memoryBytes(): bounding memory alone let a
    // header ask for sixteen 1 GiB passes, about a minute of unlocking.
    return log2N >= 1 && log2N <= kMaxLog2N && r >= 1 && r <= kMaxR && p >= 1 && p <= kMaxP
        && memoryBytes() <= kMaxMemory && memoryBytes() * p <= kMaxMemory;
}

Result<SealKey> SealKey::derive(const QByteArray& passphrase, const ScryptParams& params,
                                const QByteArray& salt)
{
    if (!params.isReasonable())
        return Error { ErrorCode::CorruptFile,
                       QCoreApplication::translate("Plugboard::Crypto::SealKey",
                                                   "The scrypt parameters are out of range.") };
    SealKey key;
    key.m_params = params;
    if (salt.isEmpty()) {
        std::optional<QByteArray> fresh = randomBytes(kSaltBytes);
        if (!fresh)
            return opensslRefused();
        key.m_salt = *fresh;
    } else {
        key.m_salt = salt;
    }
    // scrypt allocates 128·r·N bytes plus a little bookkeeping.
    std::optional<QByteArray> master = scrypt(passphrase, key.m_salt, quint64(1) << params.log2N, params.r,
                                              params.p, kKeyBytes, params.memoryBytes() + (quint64(1) << 20));
    if (!master)
        return opensslRefused();
    std::optional<QByteArray> encryption = hkdfSha256(*master, {}, kEncryptionInfo, kKeyBytes);
    std::optional<QByteArray> check = hkdfSha256(*master, {}, kCheckInfo, kKeyBytes);
    wipe(*master);
    std::optional<QByteArray> checkValue = check ? hmacSha256(*check, kCheckMessage) : std::nullopt;
    if (check)
        wipe(*check);
    if (!encryption || !checkValue)
        return opensslRefused();
    key.m_encryptionKey = std::move(*encryption);
    key.m_keyCheck = *checkValue;
    return key;
}

SealKey::SealKey(SealKey&& other) noexcept
    : m_params(other.m_params)
    , m_salt(std::move(other.m_salt))
    , m_encryptionKey(std::move(other.m_encryptionKey))
    , m_keyCheck(std::move(other.m_keyCheck))
{ }

SealKey& SealKey::operator=(SealKey&& other) noexcept
{
    if (this != &other) {
        wipe(m_encryptionKey);
        m_params = other.m_params;
        m_salt = std::move(other.m_salt);
        m_encryptionKey = std::move(other.m_encryptionKey);
        m_keyCheck = std::move(other.m_keyCheck);
    }
    return *this;
}

SealKey::~SealKey()
{
    wipe(m_encryptionKey);
}

} // namespace Plugboard::Crypto

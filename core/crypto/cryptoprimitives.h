#pragma once

#include <QByteArray>

#include <optional>

namespace Plugboard::Crypto {

/// Thin wrappers over OpenSSL 3 EVP, so the rest of Plugboard never names an
/// OpenSSL type and the known-answer tests reach exactly what the vault uses.
/// Each returns nullopt when OpenSSL refuses (bad parameters, out of memory)
/// and never throws; none logs its inputs.

/// scrypt (RFC 7914) through EVP_KDF "SCRYPT": `length` bytes. `maxMemory`
/// bounds what OpenSSL may allocate (128·r·N plus a little), so parameters
/// read from a damaged file cannot exhaust memory.
std::optional<QByteArray> scrypt(const QByteArray& passphrase, const QByteArray& salt, quint64 n, quint32 r,
                                 quint32 p, int length, quint64 maxMemory);

/// HKDF-SHA-256 (RFC 5869) through EVP_KDF "HKDF": `length` bytes of `key`
/// expanded for `info`.
std::optional<QByteArray> hkdfSha256(const QByteArray& key, const QByteArray& salt, const QByteArray& info,
                                     int length);

/// HMAC-SHA-256 through EVP_MAC "HMAC".
std::optional<QByteArray> hmacSha256(const QByteArray& key, const QByteArray& message);

/// AES-256-GCM with a 96-bit nonce and a 128-bit tag.
struct GcmOutput
{
    QByteArray ciphertext;
    QByteArray tag;
};
std::optional<GcmOutput> aes256GcmEncrypt(const QByteArray& key, const QByteArray& nonce,
                                          const QByteArray& aad, const QByteArray& plaintext);
/// nullopt also when the tag does not match (wrong key, or changed data).
std::optional<QByteArray> aes256GcmDecrypt(const QByteArray& key, const QByteArray& nonce,
                                           const QByteArray& aad, const QByteArray& ciphertext,
                                           const QByteArray& tag);

/// `count` bytes from OpenSSL's CSPRNG (RAND_bytes); nullopt if it fails.
std::optional<QByteArray> randomBytes(int count);

/// Frees what OpenSSL keeps per thread (its per-thread random generators).
/// Call it at the end of work done on a thread pool's thread: OpenSSL frees
/// that state when a thread exits, and pool threads outlive the process's
/// last event (LeakSanitizer reported it under scripts/sanitize.sh).
void releaseThreadState();

/// Overwrites `bytes` with zeros in a way the compiler cannot drop
/// (OPENSSL_cleanse). Detaches first, so only this copy is wiped: call it on
/// the last holder of a key.
void wipe(QByteArray& bytes);

/// Compares in time that depends only on the length (CRYPTO_memcmp).
bool equalInConstantTime(const QByteArray& a, const QByteArray& b);

} // namespace Plugboard::Crypto

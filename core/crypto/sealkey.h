#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Plugboard::Crypto {

/// The cost of turning a passphrase into a key with scrypt: N = 2^log2N,
/// block size r, parallelism p. Stored in every sealed file's header, so a
/// later version can raise the default without breaking old files.
struct ScryptParams
{
    quint8 log2N = 16;
    quint32 r = 8;
    quint32 p = 1;

    /// What new files use: N=2^16, r=8, p=1, 64 MiB; about 0.55 s of CPU on
    /// the 2-core build machine, chosen for an unlock of 0.2–1 s
    /// (scripts/run-benchmark.sh bench_tokens prints the unlock time).
    static ScryptParams standard() { return {}; }
    /// What scrypt allocates for these parameters, in bytes (128·r·N).
    quint64 memoryBytes() const;
    /// Whether a file's parameters are worth trying: bounded so that a
    /// damaged header cannot make Plugboard allocate gigabytes or run for
    /// minutes (at most 1 GiB of memory, memory times p at most 1 GiB too,
    /// which is 16 times the standard work; N at least 2).
    bool isReasonable() const;

    bool operator==(const ScryptParams&) const = default;
};

/// The keys derived from one passphrase, one salt and one set of scrypt
/// parameters: an AES-256-GCM key for the contents and a key-check value
/// that tells a wrong passphrase apart from a damaged file. Both come from
/// the scrypt output through HKDF-SHA-256 with different labels, so the
/// check value (kept in the file's header) reveals nothing about the
/// encryption key.
///
/// Deriving is deliberately slow (that is scrypt's point): derive once per
/// process and keep the SealKey. It wipes its key bytes when destroyed.
class SealKey final
{
public:
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyCheckBytes = 32;

    /// Derives the keys. An empty `salt` draws a fresh random one (for a
    /// new file or a new passphrase). Fails with StorageFailed when OpenSSL
    /// refuses, and with CorruptFile for unreasonable parameters.
    static Result<SealKey> derive(const QByteArray& passphrase, const ScryptParams& params,
                                  const QByteArray& salt = {});

    SealKey(SealKey&& other) noexcept;
    SealKey& operator=(SealKey&& other) noexcept;
    SealKey(const SealKey&) = delete;
    SealKey& operator=(const SealKey&) = delete;
    ~SealKey();

    const ScryptParams& params() const { return m_params; }
    const QByteArray& salt() const { return m_salt; }
    /// HMAC-SHA-256 of a fixed label under the check key.
    const QByteArray& keyCheck() const { return m_keyCheck; }
    /// Whether this key was derived with `salt` and `params`: if so, it can
    /// open a file with that header without asking for the passphrase again.
    bool derivedWith(const QByteArray& salt, const ScryptParams& params) const
    {
        return salt == m_salt && params == m_params;
    }
    /// The AES-256-GCM key. Only for PassphraseSeal.
    const QByteArray& encryptionKey() const { return m_encryptionKey; }

private:
    SealKey() = default;

    ScryptParams m_params;
    QByteArray m_salt;
    QByteArray m_encryptionKey;
    QByteArray m_keyCheck;
};

} // namespace Plugboard::Crypto

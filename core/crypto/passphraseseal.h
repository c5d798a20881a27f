#pragma once

#include "core/crypto/sealkey.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Plugboard::Crypto {

/// What a sealed file's header says, readable without the passphrase.
struct SealHeader
{
    quint16 version = 0;
    QByteArray kind; ///< 4 bytes naming what the file holds, e.g. "VLT1"
    ScryptParams params;
    QByteArray salt;
    QByteArray nonce;
    QByteArray keyCheck;
};

/// A passphrase-sealed blob: bytes encrypted with AES-256-GCM under a key
/// derived from a passphrase with scrypt (SealKey), in a self-describing,
/// versioned file format. The vault uses it; so can an encrypted backup.
///
/// Layout (integers big-endian):
///
///     offset size
///          0    6  magic "PBSEAL"
///          6    2  format version (1)
///          8    4  kind, chosen by the caller ("VLT1" for the vault)
///         12    1  KDF (1 = scrypt)
///         13    1  log2 N
///         14    4  r
///         18    4  p
///         22   16  salt
///         38   12  nonce, fresh from RAND_bytes for every seal
///         50   32  key check: HMAC-SHA-256 under a key derived beside the
///                  encryption key (SealKey)
///         82    n  ciphertext
///       82+n   16  GCM tag; the 82 header bytes are the GCM AAD
///       98+n   32  SHA-256 of everything before it
///
/// Opening checks, in this order, and says which failed:
///  1. length, magic, kind → CorruptFile; version newer than kVersion →
///     UnsupportedFileVersion ("made by a newer Plugboard");
///  2. the SHA-256 → CorruptFile: a flipped or lost byte anywhere is damage,
///     whatever the passphrase;
///  3. the key check → WrongPassphrase;
///  4. the GCM tag → CorruptFile: the file is self-consistent and the
///     passphrase right, so someone changed it on purpose.
/// An attacker can of course recompute the checksum; what GCM guarantees is
/// that no change goes unnoticed, the checksum only makes the message right
/// for accidents.
///
/// `source` in the functions below is the file's path, shown in messages.
class PassphraseSeal final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::Crypto::PassphraseSeal)

public:
    static constexpr quint16 kVersion = 1;
    static constexpr int kHeaderBytes = 82;
    static constexpr int kTagBytes = 16;
    static constexpr int kChecksumBytes = 32;

    /// Checks everything that needs no passphrase (steps 1 and 2).
    static Result<SealHeader> inspect(const QByteArray& sealed, const QByteArray& kind,
                                      const QString& source);
    /// Encrypts `plaintext` under `key` with a fresh nonce.
    static Result<QByteArray> seal(const QByteArray& plaintext, const SealKey& key, const QByteArray& kind);
    /// Decrypts. `key` must be derived with the file's salt and parameters
    /// (inspect() gives them; SealKey::derivedWith() tells whether a cached
    /// key fits), else InvalidArgument.
    static Result<QByteArray> open(const QByteArray& sealed, const SealKey& key, const QByteArray& kind,
                                   const QString& source);

private:
    static QByteArray header(const SealKey& key, const QByteArray& kind, const QByteArray& nonce);
};

} // namespace Plugboard::Crypto

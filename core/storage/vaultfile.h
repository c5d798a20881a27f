#pragma once

#include "core/crypto/passphraseseal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

class QLockFile;

namespace Plugboard {

/// The vault file: every secret of VaultSecretStore as one JSON object
/// ({"format": 1, "secrets": {key: value}}) sealed with PassphraseSeal
/// (kind "VLT1"), under the data folder beside connections.json.
///
/// Writers hold a cross-process lock (QLockFile "<file>.lock") from reading
/// the current contents to replacing the file, so two processes writing at
/// once both keep their change. The file is replaced atomically
/// (QSaveFile) and is only ever readable by its owner (0600). A file that
/// does not open (damaged, changed, newer) is never written over: every
/// call fails with the file's name.
///
/// Synchronous and cheap once a SealKey is at hand (deriving the key is the
/// slow part, see Crypto::SealKey).
class VaultFile final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::VaultFile)

public:
    using Secrets = QMap<QString, QString>;

    /// The PassphraseSeal kind of a vault.
    static QByteArray kind();
    /// <data folder>/vault.pbv (the folder of ConnectionStore::defaultFilePath()).
    static QString defaultFilePath();

    explicit VaultFile(const QString& filePath);
    ~VaultFile();
    Q_DISABLE_COPY_MOVE(VaultFile)

    QString filePath() const { return m_filePath; }
    bool exists() const;

    /// Reads the file and checks what needs no passphrase: structure,
    /// version, checksum. StorageFailed (saying how to create one) when
    /// there is no vault.
    Result<Crypto::SealHeader> inspect() const;
    /// Reads and decrypts.
    Result<Secrets> read(const Crypto::SealKey& key) const;
    /// Seals `secrets` with a fresh nonce and replaces the file (0600).
    Result<void> write(const Secrets& secrets, const Crypto::SealKey& key) const;

    /// Takes the lock, waiting at most `waitMs` for another process to
    /// finish its write. Released when the returned object is destroyed.
    Result<std::unique_ptr<QLockFile>> lock(int waitMs = 10'000) const;

    /// Creates a vault holding `secrets` under `passphrase`; refuses
    /// (InvalidArgument) when one exists already.
    Result<void> create(const QByteArray& passphrase, const Crypto::ScryptParams& params,
                        const Secrets& secrets = {}) const;
    /// Re-seals the contents under `newPassphrase` with a fresh salt (same
    /// scrypt parameters), in one locked, atomic replacement. WrongPassphrase
    /// when `oldPassphrase` is wrong; nothing is written then.
    Result<void> changePassphrase(const QByteArray& oldPassphrase, const QByteArray& newPassphrase) const;

private:
    Result<QByteArray> readBytes() const;

    QString m_filePath;
};

} // namespace Plugboard

#pragma once

#include "core/crypto/sealkey.h"
#include "core/storage/secretjobqueue.h"
#include "core/storage/secretkeyindex.h"
#include "core/storage/secretstore.h"
#include "core/storage/vaultfile.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Plugboard {

class VaultPassphraseProvider;

/// The SecretStore over an encrypted file instead of the keyring, for
/// machines without a Secret Service (servers, SSH, containers, WSL): every
/// secret in one VaultFile, AES-256-GCM under a key derived from a
/// passphrase with scrypt. Chosen explicitly (SecretBackend), never as a
/// fallback.
///
/// The first job that needs the key asks the VaultPassphraseProvider, then
/// the key (not the passphrase) is kept for the life of the store: scrypt
/// runs once per process. If the file's salt or parameters change (another
/// process changed the passphrase) the store asks again. A wrong passphrase
/// fails the job with WrongPassphrase and writes nothing.
///
/// Every change is one locked read-modify-write of the file (VaultFile), so
/// processes writing at once lose nothing; reads need no lock because the
/// file is replaced atomically. A damaged, changed or newer file fails
/// every job with CorruptFile or UnsupportedFileVersion naming the file,
/// and is never written over.
///
/// knownKeys() comes from a SecretKeyIndex (service appId() + ".vault") in
/// the settings file, so the window can show what is saved without asking
/// for the passphrase. The vault itself is the truth: after each write the
/// index is brought in line with it, and a read that finds nothing drops a
/// stale name, so a missing secret is reported as SecretNotFound ("the
/// vault holds nothing for …"), not as a locked keyring.
///
/// Jobs run one at a time in start order, from the event loop. Deriving the
/// key (scrypt, see ScryptParams) runs on a QThreadPool thread; everything
/// else is quick file work on the store's thread.
class VaultSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSecretStore)

public:
    /// The application's vault (VaultFile::defaultFilePath()) and index (the
    /// settings file). `passphrases` may be null: jobs that need the key then
    /// fail saying so. It must outlive the store.
    explicit VaultSecretStore(VaultPassphraseProvider* passphrases, QObject* parent = nullptr);
    /// For tests and tools: another vault file and, when not empty, another
    /// INI file for the index.
    VaultSecretStore(const QString& filePath, const QString& indexSettingsFile,
                     VaultPassphraseProvider* passphrases, QObject* parent = nullptr);
    ~VaultSecretStore() override;

    /// The index's service name: ApplicationInfo::appId() + ".vault".
    static QString indexService();

    QString filePath() const { return m_file.filePath(); }
    QStringList knownKeys() const override { return m_index.keys(); }
    /// Whether the key is held (the passphrase was given in this process).
    bool isUnlocked() const { return m_key.has_value(); }
    bool needsPassphrase() const override { return !isUnlocked(); }
    /// Forgets the key: the next job asks for the passphrase again.
    void forgetKey() { m_key.reset(); }

protected:
    void runJob(SecretJob* job) override;

private:
    void process(SecretJob* job);
    void askPassphrase(SecretJob* job, const Crypto::SealHeader& header);
    /// The key derived on a pool thread; shared because QFuture copies results.
    using DerivedKey = std::shared_ptr<Result<Crypto::SealKey>>;

    void onDerived(const QPointer<SecretJob>& job, const Crypto::SealHeader& header, const DerivedKey& key);
    void onPassphrase(const QPointer<SecretJob>& job, const Crypto::SealHeader& header,
                      Result<QByteArray> passphrase);
    void execute(SecretJob* job);
    void readSecret(SecretJob* job);
    void changeSecrets(SecretJob* job);
    /// Applies the job to `secrets`; the keys it removed.
    Result<QStringList> apply(SecretJob* job, VaultFile::Secrets& secrets);
    void syncIndex(const VaultFile::Secrets& secrets);
    void done(SecretJob* job, const Error& error);

    VaultFile m_file;
    SecretKeyIndex m_index;
    VaultPassphraseProvider* m_passphrases = nullptr;
    std::optional<Crypto::SealKey> m_key;
    bool m_lastAnswerWrong = false;
    SecretJobQueue m_jobs; ///< last: its jobs use everything above
};

} // namespace Plugboard

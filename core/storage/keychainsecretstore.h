#pragma once

#include "core/storage/secretjobqueue.h"
#include "core/storage/secretkeyindex.h"
#include "core/storage/secretstore.h"

#include <QPointer>

#include <functional>

namespace Plugboard {

/// The SecretStore over the system keyring, through QtKeychain (libsecret on
/// Linux: GNOME Keyring, KWallet or KeePassXC via the Secret Service).
///
/// Every key is one keyring item of the service appId() (attributes
/// user=<key>, server=<service>, type=plaintext), always written as text.
/// There is no plain-text fallback: without a keyring, jobs fail with
/// KeyringUnavailable and nothing is written anywhere else.
///
/// Deleting first overwrites the item with an empty value: libsecret reports
/// a delete from a locked keyring as a success while deleting nothing, but
/// refuses the write, so a locked keyring fails removals with KeyringLocked
/// instead of silently keeping the secret.
///
/// A SecretKeyIndex in the settings file records the key names written, so
/// removeAll() works after a restart. A key joins the index before its
/// keyring write starts and leaves it only after a successful delete, so
/// the keyring never holds a secret the index does not name.
///
/// The store runs its jobs one at a time in start order (QtKeychain also
/// runs one job at a time per process) and needs the event loop; it never
/// blocks. Destroying the store while a keychain job runs is safe: the
/// keychain job is left to finish and delete itself (deleting it mid-call
/// could crash in libsecret's callback); its outcome then goes unreported.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// The application's store: service ApplicationInfo::appId(), index in
    /// the application's settings file (ApplicationInfo::settingsFilePath(), so call
    /// ApplicationInfo::applyToApplication() first).
    explicit KeychainSecretStore(QObject* parent = nullptr);
    /// For tests and tools: another keyring service name and, when
    /// `indexSettingsFile` is not empty, another INI file for the index.
    KeychainSecretStore(const QString& service, const QString& indexSettingsFile, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_index.service(); }
    /// The names this store knows it has written (the persistent index).
    QStringList knownKeys() const override { return m_index.keys(); }

protected:
    void runJob(SecretJob* job) override;

private:
    using Done = std::function<void(const Error&)>;

    void dispatch(SecretJob* job);
    void startRead(SecretJob* current, Done done);
    void startWrite(const QString& key, const QString& value, Done done);
    void removeEach(const QPointer<SecretJob>& job, QStringList keys, Done done);
    void deleteKey(const QString& key, Done done);

    SecretKeyIndex m_index;
    SecretJobQueue m_jobs;
};

} // namespace Plugboard

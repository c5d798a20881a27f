#pragma once

#include "core/backup/backupdocument.h"
#include "core/crypto/sealkey.h"
#include "core/job.h"

#include <QStringList>

namespace Plugboard {

class ConnectionStore;
class SealKeyJob;
class SecretStore;

/// Writes an encrypted backup of everything a user would otherwise set up
/// again: the custom provider records (PlatformCatalog::customDirectory()),
/// every platform's app credentials, every connection with its tokens and
/// grants, the secrets applications keep through the D-Bus API, and the
/// preferences worth moving (BackupSettings). A Job (core/job.h):
///
///   reading metadata, records, settings ─▶ reading each secret (jobs of
///   `secrets`, one at a time) ─▶ deriving the key (scrypt, on a pool
///   thread) ─▶ sealing (BKP1) ─▶ replacing the file (0600) ─▶ finished
///
/// Secrets are read through the store in use (keyring or vault), by the
/// names it knows (SecretStore::knownKeys()); keys of another kind (none
/// today) stay out. Any read failing, other than a secret that is gone,
/// writes no file. Nothing is ever written in clear: the plaintext exists
/// in memory only and is wiped once sealed.
///
/// Logs ids and counts, never a value.
class BackupExport final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupExport)

public:
    /// `secrets` and `connections` must outlive the job. The passphrase is
    /// wiped once the key is derived; `params` as BackupFile::newParams().
    BackupExport(const QString& filePath, QByteArray passphrase, const Crypto::ScryptParams& params,
                 SecretStore* secrets, ConnectionStore* connections, QObject* parent = nullptr);
    ~BackupExport() override;

    QString filePath() const { return m_filePath; }
    /// What went into the file, once finished without error.
    QList<BackupItem> items() const { return m_items; }

private:
    void run() override;
    Result<void> gatherFiles();
    void readNext();
    void onRead(const QString& key, const Error& error, const QString& value);
    void seal();
    void onKey(SealKeyJob* job);
    void finishing() override;

    QString m_filePath;
    QByteArray m_passphrase;
    Crypto::ScryptParams m_params;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    BackupDocument m_document;
    QStringList m_pending; ///< secret keys still to read
    QList<BackupItem> m_items;
};

} // namespace Plugboard

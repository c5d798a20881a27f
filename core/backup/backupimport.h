#pragma once

#include "core/backup/backupdocument.h"
#include "core/backup/backuprestore.h"
#include "core/job.h"

#include <functional>
#include <optional>

namespace Plugboard {

class ConnectionStore;
class SealKeyJob;
class SecretStore;

/// Restores an encrypted backup (BackupExport's file) into this profile:
/// into the secret backend in use (keyring or vault, whatever `secrets`
/// writes to), connections.json, the custom provider folder and the
/// settings. A Job (core/job.h):
///
///   reading and checking the file (no passphrase needed) ─▶ deriving the
///   key (scrypt, pool thread) ─▶ opening and reading the contents ─▶
///   which items exist here already ─▶ deciding keep or replace for those
///   (policy, or the decider) ─▶ restoring (BackupRestore) ─▶ finished
///
/// Until the restore starts nothing is written, so a missing or unreadable
/// file (StorageFailed), a wrong passphrase (WrongPassphrase), a flipped
/// byte, a truncated or altered file (CorruptFile) or a newer format
/// (UnsupportedFileVersion) change nothing; the messages are
/// Crypto::PassphraseSeal's and say which it was. So does a decider that
/// answers with an error (e.g. Cancelled).
///
/// Items new here are always restored. For an item that exists, the
/// decider (when set) is asked once with all of them and answers with a
/// decision per item, now or later; an item it leaves out, or every item
/// without a decider, gets the policy (Keep unless set otherwise). When
/// items fail to restore the others are still restored; the job then
/// fails with the first failure's code, and failed() says what and why.
///
/// Logs ids and counts, never a value.
class BackupImport final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupImport)

public:
    using Decisions = BackupRestore::Decisions;
    /// The decider's answer: decisions by BackupItem::key(), or why the
    /// import should stop (nothing is written then).
    using Answer = std::function<void(Result<Decisions> decisions)>;
    /// Asked with the items that exist here already; calls `answer` exactly
    /// once, on the job's thread, now or later (calling it after the job
    /// was deleted is harmless).
    using Decider = std::function<void(const QList<BackupItem>& existing, Answer answer)>;

    /// `secrets` and `connections` must outlive the job. The passphrase is
    /// wiped once the key is derived.
    BackupImport(const QString& filePath, QByteArray passphrase, SecretStore* secrets,
                 ConnectionStore* connections, QObject* parent = nullptr);
    ~BackupImport() override;

    /// What happens to items that exist here and get no other decision.
    void setPolicy(BackupItem::Decision policy) { m_policy = policy; }
    void setDecider(Decider decider) { m_decider = std::move(decider); }

    QString filePath() const { return m_filePath; }
    /// Everything the backup holds, with `exists` as found before
    /// restoring; empty until the file opened.
    QList<BackupItem> items() const { return m_items; }
    QList<BackupItem> restored() const { return m_restored; }
    QList<BackupItem> kept() const { return m_kept; }
    QList<BackupFailure> failed() const { return m_failed; }

private:
    void run() override;
    void onKey(SealKeyJob* job);
    QList<BackupItem> survey() const;
    void decide();
    void onDecided(Result<Decisions> decisions);
    void onRestored(BackupRestore* restore);
    void finishing() override;

    QString m_filePath;
    QByteArray m_passphrase;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    BackupItem::Decision m_policy = BackupItem::Decision::Keep;
    Decider m_decider;
    QByteArray m_sealed;
    std::optional<BackupDocument> m_document;
    QList<BackupItem> m_items;
    QList<BackupItem> m_restored;
    QList<BackupItem> m_kept;
    QList<BackupFailure> m_failed;
};

} // namespace Plugboard

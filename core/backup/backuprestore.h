#pragma once

#include "core/backup/backupdocument.h"
#include "core/job.h"

#include <QHash>

#include <optional>
#include <utility>

namespace Plugboard {

class ConnectionStore;
class SecretStore;

/// Writes an opened backup's items into this profile, as BackupImport
/// decided: each item is restored (new here, or Replace) or kept (Keep).
/// A Job (core/job.h), one item after another, in this order:
///
///   custom providers ─▶ settings ─▶ app credentials ─▶ apps' secrets ─▶
///   connections: tokens first (secret store), then metadata and grants
///   (ConnectionStore)
///
/// so no connection ever has metadata without its tokens: one whose tokens
/// cannot be written is not added. A connection saved without tokens
/// replaces one here by deleting its tokens first. An item that fails is
/// listed with why and the others go on; the job itself then fails with the
/// first failure's code.
class BackupRestore final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRestore)

public:
    using Decisions = QHash<QString, BackupItem::Decision>; ///< by BackupItem::key()

    /// `items` as BackupDocument::items() with `exists` set; an item without
    /// a decision is restored when new and kept when it exists. `secrets`
    /// and `connections` must outlive the job.
    BackupRestore(BackupDocument document, const QList<BackupItem>& items, const Decisions& decisions,
                  SecretStore* secrets, ConnectionStore* connections, QObject* parent = nullptr);
    ~BackupRestore() override;

    QList<BackupItem> restored() const { return m_restored; }
    QList<BackupItem> kept() const { return m_kept; }
    QList<BackupFailure> failed() const { return m_failed; }

private:
    void run() override;
    void next();
    Result<void> restoreProvider(const BackupItem& item) const;
    Result<void> restoreSetting(const BackupItem& item) const;
    /// The secret store key and value of a credentials or app secret item.
    std::optional<std::pair<QString, QString>> secretFor(const BackupItem& item) const;
    static Error missing();
    void writeSecret(const BackupItem& item, const QString& key, const QString& value);
    void restoreConnection(const BackupItem& item);
    void restoreMetadata(const BackupItem& item);
    const BackupDocument::ConnectionEntry* entryFor(const QString& connectionId) const;
    void record(const BackupItem& item, const Error& error);
    void finishing() override;

    BackupDocument m_document;
    QList<BackupItem> m_queue;
    Decisions m_decisions;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    QList<BackupItem> m_restored;
    QList<BackupItem> m_kept;
    QList<BackupFailure> m_failed;
};

} // namespace Plugboard

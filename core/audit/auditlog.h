#pragma once

#include "core/audit/auditentry.h"
#include "core/result.h"
#include "core/storage/filelock.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

namespace Plugboard {

/// The audit trail's files, in the state folder
/// ($XDG_STATE_HOME/plugboard, by default ~/.local/state/plugboard):
///
///     audit.jsonl               the entries being added to
///     audit.000001.jsonl, …     older entries, rotated out by size
///     audit-pending.jsonl       entries waiting for the key (unsigned)
///
/// One chain runs through all of them: entry n's MAC is HMAC-SHA-256 under
/// the trail's key of entry n-1's MAC (32 zero bytes before entry 1) and
/// entry n's signed bytes (AuditEntry::signedBytes()).
///
/// Every change takes a lock file (audit.lock), reads the chain's last
/// entry from disk and appends with one write, so processes writing at the
/// same time interleave without losing or forking anything. A line left
/// half-written by a crash is closed with a newline by the next writer and
/// is then only a torn line, which verification reports as such.
///
/// Rotated files are kept: deleting the oldest would look like removing
/// the start of the trail, which is exactly what verification must catch.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::AuditLog)

public:
    static constexpr qint64 kDefaultRotateBytes = 4 * 1024 * 1024;

    /// `folder` empty: defaultFolder().
    explicit AuditLog(const QString& folder = {});
    ~AuditLog();

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    /// The file a new entry goes to.
    QString currentFile() const;
    QString pendingFile() const;
    /// The chain's files, oldest first: the rotated ones, then currentFile().
    QStringList chainFiles() const;

    /// A file reaching this size is rotated out before the next append
    /// (tests make it small; PLUGBOARD_AUDIT_ROTATE_BYTES overrides it).
    void setRotateBytes(qint64 bytes) { m_rotateBytes = bytes; }

    /// Adopts the pending entries (signing them, marked late), then numbers
    /// `entry`, signs it with `key` and appends it. Returns it as written.
    Result<AuditEntry> append(AuditEntry entry, const QByteArray& key);
    /// Keeps `entry` unsigned in the pending file, for a process that has
    /// the key to adopt: for when the key cannot be read now.
    Result<void> appendPending(const AuditEntry& entry);

    /// Every entry that can be read, oldest first, then the pending ones
    /// (sequence 0). Lines that do not parse are skipped: verification is
    /// what reports them.
    QList<AuditEntry> readAll() const;

    /// The lock every change of the trail holds; others wait up to 10 s.
    Result<std::unique_ptr<FileLock>> lock(const QString& name = QStringLiteral("audit.lock")) const;

private:
    struct Tip
    {
        qint64 sequence = 0;
        QByteArray mac;
    };

    Result<void> ensureFolder() const;
    Tip tip() const;
    Result<void> rotateIfNeeded() const;
    QList<AuditEntry> takePending() const;
    Result<void> appendBytes(const QString& path, const QByteArray& bytes) const;
    QString rotatedName(int number) const;

    QString m_folder;
    qint64 m_rotateBytes = kDefaultRotateBytes;
};

} // namespace Plugboard

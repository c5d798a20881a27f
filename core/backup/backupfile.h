#pragma once

#include "core/crypto/sealkey.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Plugboard {

/// The encrypted backup on disk: BackupDocument's JSON sealed with
/// Crypto::PassphraseSeal (kind "BKP1": AES-256-GCM, key from the
/// passphrase by scrypt, authenticated versioned header), the same module
/// and the same scrypt cost as the vault. Written atomically (QSaveFile),
/// readable by its owner only (0600); its contents never touch the disk in
/// clear.
class BackupFile final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::BackupFile)

public:
    /// A backup is small (a few dozen connections); anything far larger is
    /// not one, and reading it whole would only exhaust memory.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    /// The shortest passphrase a new backup takes (as PassphraseDialog).
    static constexpr int kMinimumPassphraseLength = 8;

    /// The PassphraseSeal kind of a backup.
    static QByteArray kind();
    /// The environment variable that makes new backups cheap to open, for
    /// tests only: PLUGBOARD_TEST_BACKUP_LOG2N (1–12), like the vault's
    /// PLUGBOARD_TEST_VAULT_LOG2N.
    static QByteArray testCostVariable();
    /// The scrypt cost of a new backup: ScryptParams::standard() (as the
    /// vault), or the cheap one testCostVariable() asks for; `weak` says
    /// which, so a front end can warn.
    static Crypto::ScryptParams newParams(bool* weak = nullptr);

    /// The file's bytes. StorageFailed (naming the file and why) when it
    /// cannot be read, CorruptFile when it is far too large to be a backup.
    static Result<QByteArray> read(const QString& path);
    /// Replaces `path` with `sealed` atomically, mode 0600 from the first
    /// byte on. StorageFailed naming the file and why; an existing file is
    /// then unchanged.
    static Result<void> write(const QString& path, const QByteArray& sealed);
};

} // namespace Plugboard

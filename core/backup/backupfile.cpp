#include "core/backup/backupfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Plugboard {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QByteArray BackupFile::kind()
{
    return QByteArrayLiteral("BKP1");
}

QByteArray BackupFile::testCostVariable()
{
    return QByteArrayLiteral("PLUGBOARD_TEST_BACKUP_LOG2N");
}

Crypto::ScryptParams BackupFile::newParams(bool* weak)
{
    Crypto::ScryptParams params = Crypto::ScryptParams::standard();
    bool numeric = false;
    const int testLog2N = qEnvironmentVariableIntValue(testCostVariable().constData(), &numeric);
    const bool cheap = numeric && testLog2N >= 1 && testLog2N <= 12;
    if (cheap)
        params.log2N = quint8(testLog2N);
    if (weak)
        *weak = cheap;
    return params;
}

Result<QByteArray> BackupFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error { ErrorCode::StorageFailed,
                       tr("There is no file %1. Check the name and try again.").arg(shown(path)) };
    if (QFileInfo(path).isDir())
        return Error {
            ErrorCode::StorageFailed,
            tr("%1 is a folder, not a backup file. Give the backup file's name.").arg(shown(path))
        };
    if (file.size() > kMaxBytes)
        return Error {
            ErrorCode::CorruptFile,
            tr("%1 is far larger than a Plugboard backup can be. Nothing was changed.").arg(shown(path))
        };
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::StorageFailed,
                       tr("Plugboard could not read %1: %2. Check the file's permissions.")
                           .arg(shown(path), file.errorString()) };
    return file.readAll();
}

Result<void> BackupFile::write(const QString& path, const QByteArray& sealed)
{
    const auto failed = [&path](const QString& why) {
        return Error {
            ErrorCode::StorageFailed,
            tr("Plugboard could not write the backup %1: %2. Choose a folder you can write to, with "
               "free space.")
                .arg(shown(path), why)
        };
    };
    if (QFileInfo(path).isDir())
        return failed(tr("that is a folder"));
    if (!QFileInfo(path).absoluteDir().exists())
        return failed(tr("its folder does not exist"));
    QSaveFile file(path);
    // The temporary file gets 0600 before a byte is written to it; the
    // finished file is that file, renamed.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());
    if (file.write(sealed) != sealed.size() || !file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace Plugboard

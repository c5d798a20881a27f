#include "core/audit/auditlog.h"

#include "core/audit/auditmac.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Plugboard {

namespace {

constexpr std::chrono::seconds kLockTimeout(10);
constexpr qint64 kTailBytes = 16 * 1024;
constexpr int kMacBytes = 32;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The last entry with a MAC among `bytes`' complete lines.
std::optional<AuditEntry> lastSignedEntry(const QByteArray& bytes)
{
    qsizetype end = bytes.lastIndexOf('\n');
    while (end > 0) {
        const qsizetype start = bytes.lastIndexOf('\n', end - 1) + 1;
        const QByteArray line = bytes.mid(start, end - start);
        if (Result<AuditEntry> entry = AuditEntry::fromLine(line);
            entry && entry.value().mac.size() == kMacBytes)
            return std::move(entry).value();
        end = start - 1;
    }
    return std::nullopt;
}

std::optional<AuditEntry> lastSignedEntryOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 size = file.size();
    if (size > kTailBytes) {
        file.seek(size - kTailBytes);
        if (std::optional<AuditEntry> found = lastSignedEntry(file.read(kTailBytes)))
            return found;
        file.seek(0);
    }
    return lastSignedEntry(file.readAll());
}

QList<AuditEntry> entriesOf(const QString& path)
{
    QFile file(path);
    QList<AuditEntry> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (Result<AuditEntry> entry = AuditEntry::fromLine(line))
            entries.append(std::move(entry).value());
    }
    return entries;
}

} // namespace

AuditLog::AuditLog(const QString& folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
    bool ok = false;
    const qint64 rotate = qEnvironmentVariableIntValue("PLUGBOARD_AUDIT_ROTATE_BYTES", &ok);
    if (ok && rotate > 0)
        m_rotateBytes = rotate;
}

AuditLog::~AuditLog() = default;

QString AuditLog::defaultFolder()
{
    // QStandardPaths::StateLocation arrived in Qt 6.7; the XDG rule is short.
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QLatin1Char('/') + QCoreApplication::applicationName();
}

QString AuditLog::currentFile() const
{
    return m_folder + QStringLiteral("/audit.jsonl");
}

QString AuditLog::pendingFile() const
{
    return m_folder + QStringLiteral("/audit-pending.jsonl");
}

QString AuditLog::rotatedName(int number) const
{
    return QStringLiteral("audit.%1.jsonl").arg(number, 6, 10, QLatin1Char('0'));
}

QStringList AuditLog::chainFiles() const
{
    QStringList files;
    const QStringList rotated
        = QDir(m_folder).entryList({ QStringLiteral("audit.??????.jsonl") }, QDir::Files, QDir::Name);
    for (const QString& name : rotated)
        files.append(m_folder + QLatin1Char('/') + name);
    if (QFileInfo::exists(currentFile()))
        files.append(currentFile());
    return files;
}

Result<std::unique_ptr<FileLock>> AuditLog::lock(const QString& name) const
{
    if (Result<void> folder = ensureFolder(); !folder)
        return folder.error();
    return FileLock::acquire(m_folder + QLatin1Char('/') + name, kLockTimeout);
}

Result<AuditEntry> AuditLog::append(AuditEntry entry, const QByteArray& key)
{
    const Result<std::unique_ptr<FileLock>> held = lock();
    if (!held)
        return held.error();
    if (Result<void> rotated = rotateIfNeeded(); !rotated)
        return rotated.error();
    Tip last = tip();
    QList<AuditEntry> batch = takePending();
    for (AuditEntry& late : batch)
        late.late = true;
    batch.append(std::move(entry));
    QByteArray bytes;
    for (AuditEntry& next : batch) {
        next.sequence = ++last.sequence;
        next.mac.clear();
        const std::optional<QByteArray> mac = AuditMac::sign(key, last.mac + next.signedBytes());
        if (!mac)
            return Error { ErrorCode::StorageFailed,
                           tr("Could not sign an audit entry (the trail's key is empty).") };
        next.mac = last.mac = *mac;
        bytes += next.toLine();
    }
    if (Result<void> written = appendBytes(currentFile(), bytes); !written)
        return written.error();
    // Only now: a crash before this leaves them pending, to be adopted again.
    if (batch.size() > 1)
        QFile::remove(pendingFile());
    return batch.last();
}

Result<void> AuditLog::appendPending(const AuditEntry& entry)
{
    const Result<std::unique_ptr<FileLock>> held = lock();
    if (!held)
        return held.error();
    AuditEntry unsigned_ = entry;
    unsigned_.sequence = 0;
    unsigned_.mac.clear();
    return appendBytes(pendingFile(), unsigned_.toLine());
}

QList<AuditEntry> AuditLog::readAll() const
{
    QList<AuditEntry> entries;
    for (const QString& file : chainFiles())
        entries.append(entriesOf(file));
    entries.append(entriesOf(pendingFile()));
    return entries;
}

Result<void> AuditLog::ensureFolder() const
{
    if (QFileInfo::exists(m_folder))
        return {};
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, kOwnerOnly | QFileDevice::ExeOwner))
        return Error { ErrorCode::StorageFailed,
                       tr("Could not create the folder %1 for the audit trail.").arg(shown(m_folder)) };
    return {};
}

AuditLog::Tip AuditLog::tip() const
{
    // Almost always in the current file: no need to list the folder.
    if (std::optional<AuditEntry> last = lastSignedEntryOf(currentFile()))
        return { last->sequence, last->mac };
    const QStringList files = chainFiles();
    for (auto file = files.crbegin(); file != files.crend(); ++file) {
        if (std::optional<AuditEntry> last = lastSignedEntryOf(*file))
            return { last->sequence, last->mac };
    }
    return { 0, QByteArray(kMacBytes, '\0') };
}

Result<void> AuditLog::rotateIfNeeded() const
{
    if (QFileInfo(currentFile()).size() < m_rotateBytes)
        return {};
    const int number = chainFiles().size(); // the rotated ones plus the current
    if (!QFile::rename(currentFile(), m_folder + QLatin1Char('/') + rotatedName(number)))
        return Error { ErrorCode::StorageFailed,
                       tr("Could not rotate the audit trail %1.").arg(shown(currentFile())) };
    return {};
}

QList<AuditEntry> AuditLog::takePending() const
{
    QList<AuditEntry> pending = entriesOf(pendingFile());
    for (AuditEntry& entry : pending)
        entry.mac.clear();
    return pending;
}

Result<void> AuditLog::appendBytes(const QString& path, const QByteArray& bytes) const
{
    QFile file(path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        return Error { ErrorCode::StorageFailed,
                       tr("Could not write the audit trail %1: %2.").arg(shown(path), file.errorString()) };
    if (!existed)
        file.setPermissions(kOwnerOnly);
    QByteArray out = bytes;
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        out.prepend('\n'); // closes a line a crash left half-written
    if (file.write(out) != out.size() || !file.flush())
        return Error { ErrorCode::StorageFailed,
                       tr("Could not write the audit trail %1: %2.").arg(shown(path), file.errorString()) };
    return {};
}

} // namespace Plugboard

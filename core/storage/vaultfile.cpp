#include "core/storage/vaultfile.h"

#include "core/crypto/cryptoprimitives.h"
#include "core/storage/connectionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace Plugboard {

namespace {

constexpr int kContentFormat = 1;
const QLatin1String kFormatField("format");
const QLatin1String kSecretsField("secrets");
// A vault is small (tokens of a few dozen connections); anything far larger
// is not ours, and reading it whole would be a way to exhaust memory.
constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QByteArray VaultFile::kind()
{
    return QByteArrayLiteral("VLT1");
}

QString VaultFile::defaultFilePath()
{
    return QFileInfo(ConnectionStore::defaultFilePath()).absolutePath() + QStringLiteral("/vault.pbv");
}

VaultFile::VaultFile(const QString& filePath)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
{ }

VaultFile::~VaultFile() = default;

bool VaultFile::exists() const
{
    return QFileInfo::exists(m_filePath);
}

Result<QByteArray> VaultFile::readBytes() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return Error { ErrorCode::StorageFailed,
                       tr("Plugboard is set to keep secrets in the vault %1, but there is no such file. Run "
                          "`plugboard-cli vault init` to create one, or put the file back.")
                           .arg(shown(m_filePath)) };
    if (file.size() > kMaxBytes)
        return Error {
            ErrorCode::CorruptFile,
            tr("%1 is far larger than a vault can be. Plugboard did not change it.").arg(shown(m_filePath))
        };
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            ErrorCode::StorageFailed,
            tr("Plugboard could not read the vault %1: %2.").arg(shown(m_filePath), file.errorString())
        };
    return file.readAll();
}

Result<Crypto::SealHeader> VaultFile::inspect() const
{
    const Result<QByteArray> bytes = readBytes();
    if (!bytes)
        return bytes.error();
    return Crypto::PassphraseSeal::inspect(bytes.value(), kind(), m_filePath);
}

Result<VaultFile::Secrets> VaultFile::read(const Crypto::SealKey& key) const
{
    const Result<QByteArray> bytes = readBytes();
    if (!bytes)
        return bytes.error();
    Result<QByteArray> opened = Crypto::PassphraseSeal::open(bytes.value(), key, kind(), m_filePath);
    if (!opened)
        return opened.error();
    const QJsonObject contents = QJsonDocument::fromJson(opened.value()).object();
    Crypto::wipe(opened.value());
    const int format = contents.value(kFormatField).toInt();
    if (format > kContentFormat)
        return Error {
            ErrorCode::UnsupportedFileVersion,
            tr("%1 was made by a newer Plugboard. Update Plugboard to open it.").arg(shown(m_filePath))
        };
    if (format < 1 || !contents.value(kSecretsField).isObject())
        return Error {
            ErrorCode::CorruptFile,
            tr("%1 opened, but what it holds is not a Plugboard vault. Plugboard did not change it.")
                .arg(shown(m_filePath))
        };
    Secrets secrets;
    const QJsonObject stored = contents.value(kSecretsField).toObject();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        secrets.insert(it.key(), it.value().toString());
    return secrets;
}

Result<void> VaultFile::write(const Secrets& secrets, const Crypto::SealKey& key) const
{
    QJsonObject stored;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        stored.insert(it.key(), it.value());
    QByteArray plaintext
        = QJsonDocument(QJsonObject { { kFormatField, kContentFormat }, { kSecretsField, stored } })
              .toJson(QJsonDocument::Compact);
    const Result<QByteArray> sealed = Crypto::PassphraseSeal::seal(plaintext, key, kind());
    Crypto::wipe(plaintext);
    if (!sealed)
        return sealed.error();

    const auto failed = [this](const QString& why) {
        return Error { ErrorCode::StorageFailed,
                       tr("Plugboard could not write the vault %1: %2. The previous contents are unchanged.")
                           .arg(shown(m_filePath), why) };
    };
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(tr("the folder cannot be created"));
    QSaveFile file(m_filePath);
    // The temporary file gets 0600 before a byte is written to it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
        return failed(file.errorString());
    if (file.write(sealed.value()) != sealed.value().size() || !file.commit())
        return failed(file.errorString());
    return {};
}

Result<std::unique_ptr<QLockFile>> VaultFile::lock(int waitMs) const
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return Error { ErrorCode::StorageFailed,
                       tr("Plugboard could not create the folder of the vault %1.").arg(shown(m_filePath)) };
    auto lock = std::make_unique<QLockFile>(m_filePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(30'000); // a write takes milliseconds; PIDs catch crashed owners at once
    if (lock->tryLock(waitMs))
        return lock;
    if (lock->error() == QLockFile::LockFailedError)
        return Error { ErrorCode::Timeout,
                       tr("Another Plugboard process has been writing the vault %1 for more than %2 s. Try "
                          "again in a moment.")
                           .arg(shown(m_filePath))
                           .arg(waitMs / 1000) };
    return Error { ErrorCode::StorageFailed,
                   tr("Plugboard could not create the lock file of the vault %1. Check the folder's "
                      "permissions.")
                       .arg(shown(m_filePath)) };
}

Result<void> VaultFile::create(const QByteArray& passphrase, const Crypto::ScryptParams& params,
                               const Secrets& secrets) const
{
    Result<std::unique_ptr<QLockFile>> held = lock();
    if (!held)
        return held.error();
    if (exists())
        return Error {
            ErrorCode::InvalidArgument,
            tr("There is a vault at %1 already. Plugboard did not change it.").arg(shown(m_filePath))
        };
    Result<Crypto::SealKey> key = Crypto::SealKey::derive(passphrase, params);
    if (!key)
        return key.error();
    return write(secrets, key.value());
}

Result<void> VaultFile::changePassphrase(const QByteArray& oldPassphrase,
                                         const QByteArray& newPassphrase) const
{
    // Both derivations (the slow part) happen before taking the lock, so
    // other processes wait only for the re-sealing.
    const Result<Crypto::SealHeader> header = inspect();
    if (!header)
        return header.error();
    Result<Crypto::SealKey> oldKey
        = Crypto::SealKey::derive(oldPassphrase, header.value().params, header.value().salt);
    if (!oldKey)
        return oldKey.error();
    if (!Crypto::equalInConstantTime(oldKey.value().keyCheck(), header.value().keyCheck))
        return Error { ErrorCode::WrongPassphrase,
                       tr("Wrong passphrase for the vault %1. Nothing was changed.").arg(shown(m_filePath)) };
    Result<Crypto::SealKey> newKey = Crypto::SealKey::derive(newPassphrase, header.value().params);
    if (!newKey)
        return newKey.error();
    Result<std::unique_ptr<QLockFile>> held = lock();
    if (!held)
        return held.error();
    Result<Secrets> secrets = read(oldKey.value());
    if (!secrets
        && secrets.error().code == ErrorCode::InvalidArgument) // another process re-sealed it meanwhile
        return Error {
            ErrorCode::StorageFailed,
            tr("Another Plugboard process changed the passphrase of %1 meanwhile. Nothing was changed; "
               "try again.")
                .arg(shown(m_filePath))
        };
    if (!secrets)
        return secrets.error();
    return write(secrets.value(), newKey.value());
}

} // namespace Plugboard

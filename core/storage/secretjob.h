#pragma once

#include "core/job.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Plugboard {

class SecretStore;

/// One asynchronous read, write or removal in a SecretStore: a Job (see
/// core/job.h) made by SecretStore::read(), write(), remove() or removeAll().
///
/// The store is the job's parent, so a job never outlives its store; a
/// store destroyed before the job finished takes the job with it and
/// finished() is never emitted.
///
/// error() is none on success. Stores report KeyringUnavailable,
/// KeyringLocked (also for a key the store wrote and can no longer read),
/// KeyringAccessDenied, SecretNotFound (read only), StorageFailed, and
/// InvalidArgument for an empty key or a value holding U+0000. The vault
/// also reports WrongPassphrase, CorruptFile, UnsupportedFileVersion,
/// Timeout (another process holds its lock) and whatever its passphrase
/// source gave (e.g. Cancelled).
class SecretJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Kind {
        Read,
        Write,
        Remove,
        RemoveAll, ///< every key under key() (a prefix); see SecretStore::isUnder()
    };
    Q_ENUM(Kind)

    ~SecretJob() override;

    Kind kind() const { return m_kind; }
    /// The key read, written or removed; for RemoveAll the prefix.
    QString key() const { return m_key; }
    /// Read: the secret once finished without error. Write: the value to
    /// write, until the job finished (then it is cleared).
    QString value() const { return m_value; }
    /// RemoveAll: the keys it deleted, sorted; keys that failed are not here.
    QStringList removedKeys() const { return m_removedKeys; }

private:
    friend class SecretStore; // creates jobs and reports their outcome

    SecretJob(Kind kind, const QString& key, const QString& value, SecretStore* store);

    void run() override;
    /// Hands the job to its store, after the jobs the store holds (see
    /// SecretStore::startOnFirstUse()).
    void dispatch();
    void finishing() override;

    const Kind m_kind;
    const QString m_key;
    QString m_value;
    QStringList m_removedKeys;
    QPointer<SecretStore> m_store;
    Error m_invalid; ///< set at creation when the arguments are unusable
    bool m_dispatched = false; ///< a held job may be dispatched before its run()
};

} // namespace Plugboard

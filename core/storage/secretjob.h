#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Plugboard {

class SecretStore;

/// One asynchronous read, write or removal in a SecretStore, shaped like a
/// QtKeychain job. Get one from SecretStore::read(), write(), remove() or
/// removeAll(), connect to finished(), then call start():
///
///     SecretJob* job = store->read(SecretStore::connectionKey(platform, account));
///     connect(job, &SecretJob::finished, this, [](SecretJob* job) { use(job->error(), job->value()); });
///     job->start();
///
/// finished() is emitted exactly once per started job, always from the event
/// loop and never from inside start(), also when the job fails at once
/// (e.g. an empty key). A job that is never started never finishes.
///
/// Ownership: the store is the job's parent, so a job never outlives its
/// store; a store destroyed before the job finished takes the job with it
/// and finished() is never emitted. After finished() the job deletes itself
/// (deleteLater) unless setAutoDelete(false) was called; then the caller
/// deletes it.
class SecretJob final : public QObject
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

    /// None on success. Stores report KeyringUnavailable, KeyringLocked,
    /// KeyringAccessDenied, SecretNotFound (read only: maybe a locked
    /// keyring, so never delete anything because of it), StorageFailed, and
    /// InvalidArgument for an empty key or a value holding U+0000.
    const Error& error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Queues the job on the event loop. Call once; later calls are ignored.
    void start();

Q_SIGNALS:
    void finished(Plugboard::SecretJob* job);

private:
    friend class SecretStore; // creates jobs and reports their outcome

    SecretJob(Kind kind, const QString& key, const QString& value, SecretStore* store);

    void run();
    void finish(Error error);

    const Kind m_kind;
    const QString m_key;
    QString m_value;
    QStringList m_removedKeys;
    QPointer<SecretStore> m_store;
    Error m_invalid; ///< set at creation when the arguments are unusable
    Error m_error;
    bool m_autoDelete = true;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Plugboard

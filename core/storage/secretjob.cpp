#include "core/storage/secretjob.h"

#include "core/storage/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecretJob, "plugboard.storage.secrets")

namespace Plugboard {

SecretJob::SecretJob(Kind kind, const QString& key, const QString& value, SecretStore* store)
    : QObject(store)
    , m_kind(kind)
    , m_key(key)
    , m_value(value)
    , m_store(store)
{
    if (kind != Kind::RemoveAll && key.isEmpty()) {
        m_invalid = { ErrorCode::InvalidArgument,
                      QCoreApplication::translate("Plugboard::SecretJob",
                                                  "Plugboard tried to use a secret without a name. This is a "
                                                  "bug in Plugboard; please report it.") };
    } else if (value.contains(QChar(0))) {
        // The keyring stores text as a C string: a NUL would silently cut it.
        m_invalid = { ErrorCode::InvalidArgument,
                      QCoreApplication::translate("Plugboard::SecretJob",
                                                  "Plugboard tried to store a secret containing a NUL "
                                                  "character, which the keyring would cut off. This is a "
                                                  "bug in Plugboard; please report it.") };
    }
}

SecretJob::~SecretJob() = default;

void SecretJob::start()
{
    if (m_started) {
        qCWarning(lcSecretJob) << "secret job for" << m_key << "started twice; ignored";
        return;
    }
    m_started = true;
    // Queued even when the outcome is already known, so finished() never
    // reaches a caller that has not returned from start() yet.
    QTimer::singleShot(0, this, &SecretJob::run);
}

void SecretJob::run()
{
    if (m_invalid.isError()) {
        finish(m_invalid);
        return;
    }
    SecretStore* store = m_store;
    if (!store) { // unreachable while the store is our parent; kept as a guard
        finish({ ErrorCode::StorageFailed,
                 QCoreApplication::translate(
                     "Plugboard::SecretJob",
                     "The secret store was closed before it could finish. Try again.") });
        return;
    }
    store->startJob(this);
}

void SecretJob::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_kind == Kind::Write)
        m_value.clear(); // no reason to keep the secret around any longer
    // Key names are ids, never secrets: safe to log. Values never are.
    qCDebug(lcSecretJob) << m_kind << m_key << "finished with" << m_error.codeName();
    const QPointer<SecretJob> self(this); // a slot may delete the job (or its store)
    Q_EMIT finished(this);
    if (self && m_autoDelete)
        deleteLater();
}

} // namespace Plugboard

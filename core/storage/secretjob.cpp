#include "core/storage/secretjob.h"

#include "core/storage/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecretJob, "plugboard.storage.secrets")

namespace Plugboard {

SecretJob::SecretJob(Kind kind, const QString& key, const QString& value, SecretStore* store)
    : Job(store)
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

void SecretJob::run()
{
    if (m_dispatched)
        return; // a held job its store ran in front of another
    if (m_store && m_store->isHeld(this))
        return; // the store dispatches it in front of the next job
    dispatch();
}

void SecretJob::dispatch()
{
    m_dispatched = true;
    if (m_invalid.isError()) {
        emitFinished(m_invalid);
        return;
    }
    SecretStore* store = m_store;
    if (!store) { // unreachable while the store is our parent; kept as a guard
        emitFinished({ ErrorCode::StorageFailed,
                       QCoreApplication::translate(
                           "Plugboard::SecretJob",
                           "The secret store was closed before it could finish. Try again.") });
        return;
    }
    store->startHeldJobs();
    store->runJob(this);
}

void SecretJob::finishing()
{
    if (m_kind == Kind::Write)
        m_value.clear(); // no reason to keep the secret around any longer
    // Key names are ids, never secrets: safe to log. Values never are.
    qCDebug(lcSecretJob) << m_kind << m_key << "finished with" << error().codeName();
}

} // namespace Plugboard

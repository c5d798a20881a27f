#include "tests/support/memorysecretstore.h"

#include "core/storage/keychainerror.h"

namespace Plugboard::Test {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore() = default;

// The errors the keychain store maps from what libsecret reports in the
// same situation, so tests see the production codes and messages.
Error MemorySecretStore::conditionError(SecretJob::Kind kind) const
{
    using KeychainError::Code;
    using KeychainError::Operation;
    const Operation operation = kind == SecretJob::Kind::Read ? Operation::Read
        : kind == SecretJob::Kind::Write                      ? Operation::Write
                                                              : Operation::Remove;
    switch (m_condition) {
    case Condition::Available:
        return {};
    case Condition::Locked:
        if (operation == Operation::Read)
            return KeychainError::toError(Code::EntryNotFound, QStringLiteral("Entry not found"), operation);
        return KeychainError::toError(
            Code::AccessDenied, QStringLiteral("Cannot create an item in a locked collection"), operation);
    case Condition::Unavailable:
        return KeychainError::toError(
            Code::OtherError,
            QStringLiteral("The name org.freedesktop.secrets was not provided by any "
                           ".service files"),
            operation);
    }
    return {};
}

void MemorySecretStore::runJob(SecretJob* job)
{
    ++m_jobsRun;
    if (const Error error = conditionError(job->kind()); error.isError()) {
        finishJob(job, error);
        return;
    }
    switch (job->kind()) {
    case SecretJob::Kind::Read:
        if (!m_secrets.contains(job->key())) {
            finishJob(job,
                      KeychainError::toError(KeychainError::Code::EntryNotFound, QString(),
                                             KeychainError::Operation::Read));
            return;
        }
        setReadValue(job, m_secrets.value(job->key()));
        break;
    case SecretJob::Kind::Write:
        m_secrets.insert(job->key(), job->value());
        break;
    case SecretJob::Kind::Remove:
        m_secrets.remove(job->key());
        break;
    case SecretJob::Kind::RemoveAll: {
        const QStringList keys = m_secrets.keys(); // sorted, like the keychain index
        for (const QString& key : keys) {
            if (isUnder(key, job->key())) {
                m_secrets.remove(key);
                addRemovedKey(job, key);
            }
        }
        break;
    }
    }
    finishJob(job, {});
}

} // namespace Plugboard::Test

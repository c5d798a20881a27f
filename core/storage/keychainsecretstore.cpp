#include "core/storage/keychainsecretstore.h"

#include "core/applicationinfo.h"
#include "core/storage/keychainerror.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "plugboard.storage.keychain")

namespace Plugboard {

namespace {

Error mapped(const QKeychain::Job& job, KeychainError::Operation operation)
{
    return KeychainError::toError(static_cast<KeychainError::Code>(job.error()), job.errorString(),
                                  operation);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(ApplicationInfo::appId(), QString(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString& service, const QString& indexSettingsFile,
                                         QObject* parent)
    : SecretStore(parent)
    , m_index(service, indexSettingsFile)
    , m_jobs([this](SecretJob* job) { dispatch(job); })
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

// One SecretJob at a time, in start order (SecretJobQueue). QtKeychain
// serialises its own jobs anyway, but a removal takes two keychain jobs and
// a removeAll many: without our own queue a write started later could slip
// in between and be deleted. The queue also keeps index updates in step with
// the keyring.
void KeychainSecretStore::runJob(SecretJob* job)
{
    m_jobs.add(job);
}

void KeychainSecretStore::dispatch(SecretJob* job)
{
    // Runs once the work is done, even if the job was deleted meanwhile.
    Done done = [this, watched = QPointer<SecretJob>(job)](const Error& error) {
        const QPointer<KeychainSecretStore> self(this);
        if (watched)
            finishJob(watched, error);
        if (self)
            m_jobs.runningDone();
    };
    switch (job->kind()) {
    case SecretJob::Kind::Read:
        startRead(job, std::move(done));
        return;
    case SecretJob::Kind::Write:
        startWrite(job->key(), job->value(), std::move(done));
        return;
    case SecretJob::Kind::Remove:
        deleteKey(job->key(), std::move(done));
        return;
    case SecretJob::Kind::RemoveAll:
        removeEach(job, m_index.keysUnder(job->key()), std::move(done));
        return;
    }
}

// Keychain jobs get no parent and keep QtKeychain's auto-delete: deleting
// one while libsecret still calls back into it would be a use-after-free.
// Their results reach us with `this` as context, so a destroyed store
// simply stops listening.

void KeychainSecretStore::startRead(SecretJob* current, Done done)
{
    auto* read = new QKeychain::ReadPasswordJob(service());
    read->setKey(current->key());
    connect(read, &QKeychain::Job::finished, this,
            [read, job = QPointer<SecretJob>(current), done = std::move(done)] {
                const Error error = mapped(*read, KeychainError::Operation::Read);
                if (job && !error.isError())
                    setReadValue(job, read->textData());
                done(error);
            });
    read->start();
}

void KeychainSecretStore::startWrite(const QString& key, const QString& value, Done done)
{
    // Index first: a crash after the keyring write must not leave a secret
    // that removeAll() cannot find.
    if (const Result<void> indexed = m_index.add(key); !indexed) {
        done(indexed.error());
        return;
    }
    auto* write = new QKeychain::WritePasswordJob(service());
    write->setKey(key);
    // Always text: QtKeychain 0.13 leaves a stale text item behind when a key
    // switches to binary, and reads would then return the old value.
    write->setTextData(value);
    connect(write, &QKeychain::Job::finished, this, [write, key, done = std::move(done)] {
        const Error error = mapped(*write, KeychainError::Operation::Write);
        if (error.isError())
            qCInfo(lcKeychain) << "write of" << key << "failed:" << error.codeName();
        done(error);
    });
    write->start();
}

// One delete after the other, stopping at the first failure: a keyring that
// failed once will fail for the rest, and what is left stays indexed. The
// chain goes on if the caller deleted its job, so a disconnect still
// removes everything.
void KeychainSecretStore::removeEach(const QPointer<SecretJob>& job, QStringList keys, Done done)
{
    if (keys.isEmpty()) {
        done({});
        return;
    }
    const QString key = keys.takeFirst();
    deleteKey(key, [this, job, keys, key, done = std::move(done)](const Error& error) mutable {
        if (error.isError()) {
            done(error);
            return;
        }
        if (job)
            addRemovedKey(job, key);
        removeEach(job, keys, std::move(done));
    });
}

// libsecret "deletes" from a locked collection without error and without
// deleting anything, so a delete alone cannot be trusted. Overwriting the
// item with an empty value first fails with AccessDenied ("locked
// collection") when the keyring is locked, and otherwise leaves nothing
// worth keeping even if the delete then went wrong.
void KeychainSecretStore::deleteKey(const QString& key, Done done)
{
    // The wipe creates the item when it did not exist: index it like any write.
    startWrite(key, QString(), [this, key, done = std::move(done)](const Error& wipeError) mutable {
        if (wipeError.isError()) {
            done(wipeError);
            return;
        }
        auto* remove = new QKeychain::DeletePasswordJob(service());
        remove->setKey(key);
        connect(remove, &QKeychain::Job::finished, this, [this, remove, key, done = std::move(done)] {
            const Error error = mapped(*remove, KeychainError::Operation::Remove);
            if (error.isError())
                qCInfo(lcKeychain) << "delete of" << key << "failed:" << error.codeName();
            else if (const Result<void> unindexed = m_index.remove(key); !unindexed)
                qCWarning(lcKeychain) << "deleted" << key << "but could not drop it from the index";
            done(error);
        });
        remove->start();
    });
}

} // namespace Plugboard

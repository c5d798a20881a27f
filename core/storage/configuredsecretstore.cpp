#include "core/storage/configuredsecretstore.h"

#include "core/storage/secretjob.h"

namespace Plugboard {

ConfiguredSecretStore::ConfiguredSecretStore(VaultPassphraseProvider* passphrases, QObject* parent)
    : SecretStore(parent)
    , m_passphrases(passphrases)
{ }

ConfiguredSecretStore::~ConfiguredSecretStore() = default;

SecretStore* ConfiguredSecretStore::current() const
{
    const SecretBackend::Kind kind = SecretBackend::configured();
    std::unique_ptr<SecretStore>& store = m_backends[kind];
    if (!store) {
        store = SecretBackend::create(kind, m_passphrases);
        connect(store.get(), &SecretStore::unlockFinished, this, &SecretStore::unlockFinished);
    }
    return store.get();
}

void ConfiguredSecretStore::runJob(SecretJob* job)
{
    SecretStore* target = current();
    SecretJob* forwarded = nullptr;
    switch (job->kind()) {
    case SecretJob::Kind::Read:
        forwarded = target->read(job->key());
        break;
    case SecretJob::Kind::Write:
        forwarded = target->write(job->key(), job->value());
        break;
    case SecretJob::Kind::Remove:
        forwarded = target->remove(job->key());
        break;
    case SecretJob::Kind::RemoveAll:
        forwarded = target->removeAll(job->key());
        break;
    }
    // The backend's job belongs to the backend store: if `job` goes away
    // first, this connection goes with it and the outcome is dropped.
    connect(forwarded, &SecretJob::finished, job, [job, forwarded] {
        if (job->kind() == SecretJob::Kind::Read)
            setReadValue(job, forwarded->value());
        for (const QString& key : forwarded->removedKeys())
            addRemovedKey(job, key);
        finishJob(job, forwarded->error());
    });
    forwarded->start();
}

} // namespace Plugboard

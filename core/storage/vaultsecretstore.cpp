#include "core/storage/vaultsecretstore.h"

#include "core/applicationinfo.h"
#include "core/crypto/cryptoprimitives.h"
#include "core/storage/vaultpassphraseprovider.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcVault, "plugboard.storage.vault")

namespace Plugboard {

VaultSecretStore::VaultSecretStore(VaultPassphraseProvider* passphrases, QObject* parent)
    : VaultSecretStore(VaultFile::defaultFilePath(), QString(), passphrases, parent)
{ }

VaultSecretStore::VaultSecretStore(const QString& filePath, const QString& indexSettingsFile,
                                   VaultPassphraseProvider* passphrases, QObject* parent)
    : SecretStore(parent)
    , m_file(filePath)
    , m_index(indexService(), indexSettingsFile)
    , m_passphrases(passphrases)
    , m_jobs([this](SecretJob* job) { process(job); })
{ }

VaultSecretStore::~VaultSecretStore() = default;

QString VaultSecretStore::indexService()
{
    return ApplicationInfo::appId() + QStringLiteral(".vault");
}

void VaultSecretStore::runJob(SecretJob* job)
{
    m_jobs.add(job);
}

void VaultSecretStore::done(SecretJob* job, const Error& error)
{
    const QPointer<VaultSecretStore> self(this);
    if (job)
        finishJob(job, error);
    if (self) // a finished() slot may delete the store
        m_jobs.runningDone();
}

void VaultSecretStore::process(SecretJob* job)
{
    const Result<Crypto::SealHeader> header = m_file.inspect();
    if (!header) {
        qCInfo(lcVault) << "the vault does not open:" << header.error().codeName();
        done(job, header.error());
        return;
    }
    if (m_key && m_key->derivedWith(header.value().salt, header.value().params)) {
        execute(job);
        return;
    }
    m_key.reset(); // another process changed the passphrase
    askPassphrase(job, header.value());
}

void VaultSecretStore::askPassphrase(SecretJob* job, const Crypto::SealHeader& header)
{
    if (!m_passphrases) {
        done(job,
             { ErrorCode::InvalidArgument,
               tr("Plugboard needs the passphrase of the vault %1, but has no way to ask for it here.")
                   .arg(QDir::toNativeSeparators(m_file.filePath())) });
        return;
    }
    const VaultPassphraseProvider::Request request { m_file.filePath(), m_lastAnswerWrong };
    m_passphrases->requestPassphrase(request,
                                     [self = QPointer<VaultSecretStore>(this),
                                      watched = QPointer<SecretJob>(job),
                                      header](Result<QByteArray> passphrase) {
                                         if (self)
                                             self->onPassphrase(watched, header, std::move(passphrase));
                                         else if (passphrase)
                                             Crypto::wipe(passphrase.value());
                                     });
}

// scrypt takes a good part of a second: it runs on a pool thread so the
// window stays responsive, and its result comes back on the event loop. A
// store destroyed meanwhile takes the watcher with it; the derivation then
// finishes unheard.
void VaultSecretStore::onPassphrase(const QPointer<SecretJob>& job, const Crypto::SealHeader& header,
                                    Result<QByteArray> passphrase)
{
    if (!passphrase) {
        done(job, passphrase.error());
        return;
    }
    auto promise = std::make_shared<QPromise<DerivedKey>>();
    auto* watcher = new QFutureWatcher<DerivedKey>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, header] {
        watcher->deleteLater();
        onDerived(job, header, watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, given = std::move(passphrase).value(),
                                          params = header.params, salt = header.salt]() mutable {
        promise->addResult(
            std::make_shared<Result<Crypto::SealKey>>(Crypto::SealKey::derive(given, params, salt)));
        Crypto::wipe(given);
        Crypto::releaseThreadState();
        promise->finish();
    });
}

void VaultSecretStore::onDerived(const QPointer<SecretJob>& job, const Crypto::SealHeader& header,
                                 const DerivedKey& key)
{
    if (!key || !*key) {
        done(job, key ? key->error() : Error { ErrorCode::StorageFailed, QString() });
        return;
    }
    m_lastAnswerWrong = !Crypto::equalInConstantTime(key->value().keyCheck(), header.keyCheck);
    if (m_lastAnswerWrong) {
        qCInfo(lcVault) << "wrong passphrase for the vault";
        const Error wrong { ErrorCode::WrongPassphrase,
                            tr("Wrong passphrase for the vault %1. Nothing was changed.")
                                .arg(QDir::toNativeSeparators(m_file.filePath())) };
        Q_EMIT unlockFinished(wrong);
        done(job, wrong);
        return;
    }
    m_key = std::move(*key).value();
    Q_EMIT unlockFinished({});
    if (!job) {
        done(job, {});
        return;
    }
    execute(job);
}

void VaultSecretStore::execute(SecretJob* job)
{
    if (job->kind() == SecretJob::Kind::Read)
        readSecret(job);
    else
        changeSecrets(job);
}

void VaultSecretStore::readSecret(SecretJob* job)
{
    const Result<VaultFile::Secrets> secrets = m_file.read(*m_key);
    if (!secrets) {
        done(job, secrets.error());
        return;
    }
    const auto found = secrets.value().constFind(job->key());
    if (found != secrets.value().constEnd()) {
        setReadValue(job, found.value());
        done(job, {});
        return;
    }
    if (m_index.contains(job->key())) {
        // The index names a secret the vault does not hold (a write that
        // failed after indexing, or an older vault put back). The vault is
        // the truth; re-read under the lock so a write in flight is seen.
        const Result<std::unique_ptr<QLockFile>> held = m_file.lock();
        const Result<VaultFile::Secrets> again
            = held ? m_file.read(*m_key) : Result<VaultFile::Secrets>(held.error());
        if (!again) {
            done(job, again.error()); // not "not found": that would read as a locked keyring
            return;
        }
        if (again.value().contains(job->key())) {
            setReadValue(job, again.value().value(job->key()));
            done(job, {});
            return;
        }
        syncIndex(again.value());
    }
    done(job,
         { ErrorCode::SecretNotFound,
           tr("The vault %1 is unlocked and holds nothing for %2.")
               .arg(QDir::toNativeSeparators(m_file.filePath()), job->key()) });
}

void VaultSecretStore::changeSecrets(SecretJob* job)
{
    const Result<std::unique_ptr<QLockFile>> held = m_file.lock();
    if (!held) {
        done(job, held.error());
        return;
    }
    // Under the lock: the file may have changed since process() looked.
    const Result<Crypto::SealHeader> header = m_file.inspect();
    if (header && !m_key->derivedWith(header.value().salt, header.value().params)) {
        m_key.reset();
        held.value()->unlock(); // the answer may come at once and lock again
        askPassphrase(job, header.value());
        return;
    }
    Result<VaultFile::Secrets> secrets
        = header ? m_file.read(*m_key) : Result<VaultFile::Secrets>(header.error());
    if (!secrets) {
        done(job, secrets.error());
        return;
    }
    const Result<QStringList> removed = apply(job, secrets.value());
    if (!removed) {
        done(job, removed.error());
        return;
    }
    if (const Result<void> written = m_file.write(secrets.value(), *m_key); !written) {
        qCInfo(lcVault) << "write of" << job->key() << "failed:" << written.error().codeName();
        done(job, written.error());
        return;
    }
    syncIndex(secrets.value());
    for (const QString& key : removed.value())
        addRemovedKey(job, key);
    done(job, {});
}

Result<QStringList> VaultSecretStore::apply(SecretJob* job, VaultFile::Secrets& secrets)
{
    switch (job->kind()) {
    case SecretJob::Kind::Write:
        // Indexed before the file holds it, as in the keychain store: the
        // index may name too much, never too little.
        if (const Result<void> indexed = m_index.add(job->key()); !indexed)
            return indexed.error();
        secrets.insert(job->key(), job->value());
        return QStringList();
    case SecretJob::Kind::Remove:
        secrets.remove(job->key());
        return QStringList();
    case SecretJob::Kind::RemoveAll: {
        QStringList removed;
        for (auto it = secrets.begin(); it != secrets.end();) {
            if (isUnder(it.key(), job->key())) {
                removed.append(it.key()); // QMap: sorted
                it = secrets.erase(it);
            } else {
                ++it;
            }
        }
        return removed;
    }
    case SecretJob::Kind::Read:
        break;
    }
    return QStringList();
}

void VaultSecretStore::syncIndex(const VaultFile::Secrets& secrets)
{
    const QStringList indexed = m_index.keys();
    for (const QString& key : indexed) {
        if (!secrets.contains(key) && !m_index.remove(key))
            qCWarning(lcVault) << "could not drop" << key << "from the index";
    }
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (!indexed.contains(it.key()) && !m_index.add(it.key()))
            qCWarning(lcVault) << "could not add" << it.key() << "to the index";
    }
}

} // namespace Plugboard

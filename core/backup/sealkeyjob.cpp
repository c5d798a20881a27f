#include "core/backup/sealkeyjob.h"

#include "core/crypto/cryptoprimitives.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace Plugboard {

SealKeyJob::SealKeyJob(QByteArray passphrase, const Crypto::ScryptParams& params, const QByteArray& salt,
                       QObject* parent)
    : Job(parent)
    , m_passphrase(std::move(passphrase))
    , m_params(params)
    , m_salt(salt)
{ }

SealKeyJob::~SealKeyJob()
{
    Crypto::wipe(m_passphrase);
}

void SealKeyJob::run()
{
    auto promise = std::make_shared<QPromise<Derived>>();
    auto* watcher = new QFutureWatcher<Derived>(this); // goes with the job: a late result is unheard
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onDerived(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QByteArray passphrase = std::exchange(m_passphrase, QByteArray());
    QThreadPool::globalInstance()->start(
        [promise, passphrase = std::move(passphrase), params = m_params, salt = m_salt]() mutable {
            promise->addResult(
                std::make_shared<Result<Crypto::SealKey>>(Crypto::SealKey::derive(passphrase, params, salt)));
            Crypto::wipe(passphrase);
            Crypto::releaseThreadState();
            promise->finish();
        });
}

void SealKeyJob::onDerived(const Derived& derived)
{
    if (!derived || !*derived) {
        emitFinished(derived ? derived->error() : Error { ErrorCode::StorageFailed, QString() });
        return;
    }
    m_key = std::move(*derived).value();
    emitFinished();
}

void SealKeyJob::finishing()
{
    Crypto::wipe(m_passphrase);
}

} // namespace Plugboard

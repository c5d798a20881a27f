#pragma once

#include "core/crypto/sealkey.h"
#include "core/job.h"

#include <memory>
#include <optional>

namespace Plugboard {

/// Derives a Crypto::SealKey from a passphrase on a QThreadPool thread, as
/// VaultSecretStore does for the vault: scrypt takes a good part of a
/// second on purpose, and the window must stay responsive meanwhile. A Job
/// (core/job.h): the key comes back on the job's thread, from the event
/// loop. Deleting the job while scrypt runs lets the derivation finish
/// unheard; its result is then dropped (and wiped).
///
/// Errors: what SealKey::derive() reports (StorageFailed when OpenSSL
/// refuses, CorruptFile for unreasonable parameters).
class SealKeyJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SealKeyJob)

public:
    /// An empty `salt` draws a fresh one (a new file). The passphrase is
    /// wiped once the key is derived.
    SealKeyJob(QByteArray passphrase, const Crypto::ScryptParams& params, const QByteArray& salt = {},
               QObject* parent = nullptr);
    ~SealKeyJob() override;

    /// The derived key, once finished without error; takes it out of the job.
    std::optional<Crypto::SealKey> takeKey() { return std::exchange(m_key, std::nullopt); }

private:
    /// Shared because QFuture copies its results.
    using Derived = std::shared_ptr<Result<Crypto::SealKey>>;

    void run() override;
    void finishing() override;
    void onDerived(const Derived& derived);

    QByteArray m_passphrase;
    Crypto::ScryptParams m_params;
    QByteArray m_salt;
    std::optional<Crypto::SealKey> m_key;
};

} // namespace Plugboard

#pragma once

#include "core/storage/secretstore.h"

namespace Plugboard {

/// A SecretStore that cannot be used: every job fails with the error given
/// (from the event loop, as the contract wants) and knownKeys() is empty.
/// Stands in when the settings name a backend this version does not know,
/// so nothing is written to a store the user did not choose.
class UnusableSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnusableSecretStore)

public:
    explicit UnusableSecretStore(Error why, QObject* parent = nullptr)
        : SecretStore(parent)
        , m_why(std::move(why))
    { }
    ~UnusableSecretStore() override;

    QStringList knownKeys() const override { return {}; }

protected:
    void runJob(SecretJob* job) override { finishJob(job, m_why); }

private:
    Error m_why;
};

} // namespace Plugboard

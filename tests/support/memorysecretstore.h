#pragma once

#include "core/storage/secretstore.h"

#include <QMap>

namespace Plugboard::Test {

/// A SecretStore in memory, for unit tests that must not touch a keyring.
/// It keeps the same contract as KeychainSecretStore (tests/support/
/// secretstorecontract.h holds both to it) and can pretend the keyring is
/// locked or missing, failing with the same codes and messages the real
/// store produces in those cases.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    enum class Condition {
        Available,
        /// Writes and removals fail with KeyringLocked; reads with
        /// SecretNotFound, as libsecret reports a locked keyring.
        Locked,
        /// Every job fails with KeyringUnavailable.
        Unavailable,
    };

    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    void setCondition(Condition condition) { m_condition = condition; }
    Condition condition() const { return m_condition; }

    /// Test inspection and set-up, without jobs.
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QStringList knownKeys() const override { return keys(); }
    QString peek(const QString& key) const { return m_secrets.value(key); }
    QStringList keys() const { return m_secrets.keys(); }
    void insert(const QString& key, const QString& value) { m_secrets.insert(key, value); }
    /// Jobs that reached the store (started, with valid arguments).
    int jobsRun() const { return m_jobsRun; }

protected:
    void runJob(SecretJob* job) override;

private:
    Error conditionError(SecretJob::Kind kind) const;

    QMap<QString, QString> m_secrets;
    Condition m_condition = Condition::Available;
    int m_jobsRun = 0;
};

} // namespace Plugboard::Test

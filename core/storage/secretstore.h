#pragma once

#include "core/error.h"
#include "core/storage/secretjob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Plugboard {

/// Where Plugboard keeps secrets: tokens and app credentials, one text value
/// per key (callers store one JSON text per key). The production stores are
/// KeychainSecretStore (the system keyring) and VaultSecretStore (an
/// encrypted file), chosen by SecretBackend; tests use an in-memory store
/// held to the same contract.
///
/// Keys are "/"-separated paths scoped per connection or per platform: use
/// connectionKey() and credentialsKey(), and removeAll() with one of them
/// to forget everything stored for it. Key names are ids, not secrets: they
/// may be logged and are kept in the settings file. Values are text: a
/// store never keeps one key as text and another time as binary.
///
/// Every call returns a SecretJob that has not started yet; see SecretJob
/// for how it reports and who deletes it. Jobs of one store run in the
/// order they were started.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    ~SecretStore() override;

    /// Reads `key`; the job's value() holds the secret. A missing key fails
    /// with SecretNotFound.
    SecretJob* read(const QString& key);
    /// Stores `value` under `key`, replacing what was there.
    SecretJob* write(const QString& key, const QString& value);
    /// Deletes `key`. Deleting a key that does not exist succeeds.
    SecretJob* remove(const QString& key);
    /// Deletes every key under `prefix` (isUnder()) that this store has
    /// written, also in an earlier run of the program. Stops at the first
    /// failure; the keys not deleted stay known, so a later call retries them.
    /// An empty prefix deletes every key the store has written.
    SecretJob* removeAll(const QString& prefix);

    /// "connection/<platform>/<account>": the key of one connection's tokens.
    /// '%' and '/' inside the ids are escaped (%25, %2F), so no account id can
    /// reach into another connection's keys.
    static QString connectionKey(const QString& platformId, const QString& accountId);
    /// "credentials/<platform>": the key of one platform's app credentials.
    static QString credentialsKey(const QString& platformId);
    /// "app/<app>/<SHA-256 of name>": the key of the secret `name` that the
    /// application `app` (AppGrant::app) keeps through the D-Bus API. Apps
    /// only ever reach keys under their own appSecretsPrefix().
    static QString appSecretKey(const QString& app, const QString& name);
    /// "app/<app>/": every secret of one application.
    static QString appSecretsPrefix(const QString& app);
    /// True when `key` is `prefix` itself or lies below it: "connection/a/1"
    /// and "connection/a/1/x" are under "connection/a/1", "connection/a/12"
    /// is not. A prefix ending in '/' matches what starts with it; the empty
    /// prefix matches every key.
    static bool isUnder(const QString& key, const QString& prefix);

    /// The keys this store has written and not removed, as far as it knows
    /// without asking the keyring (names only, never values).
    virtual QStringList knownKeys() const = 0;
    /// Whether knownKeys() holds `key`. A read that finds nothing for such a
    /// key fails with KeyringLocked, not SecretNotFound: the keyring is
    /// locked (or was cleared behind our back).
    bool hasWritten(const QString& key) const { return knownKeys().contains(key); }
    /// Whether the next job would have to ask someone for a passphrase
    /// first (a vault not unlocked in this process). Lets work that can wait,
    /// like signing the audit trail, avoid asking just for itself.
    virtual bool needsPassphrase() const { return false; }

    /// Starts `job` (made by this store, not started yet) on the store's
    /// first use instead of now: it runs in front of the next job that
    /// runs, so that job and every later one find what it did, or at
    /// startHeldJobs(). For work every later job depends on that must not
    /// touch the keyring by itself: the proxy password, since start-up reads
    /// no secret. Deleting the job before it ran cancels it.
    void startOnFirstUse(SecretJob* job);
    /// Runs the jobs startOnFirstUse() holds, now.
    void startHeldJobs();
    /// Whether `job` waits in startOnFirstUse() (it has not run yet).
    bool isHeld(const SecretJob* job) const;

Q_SIGNALS:
    /// A store that opens with a passphrase tried one: no error when it
    /// opened, WrongPassphrase when the passphrase was wrong.
    void unlockFinished(const Plugboard::Error& error);

protected:
    explicit SecretStore(QObject* parent = nullptr);

    /// Does the job's work. Called from the event loop, once per started job
    /// whose arguments are valid. The store must finally call finishJob(),
    /// synchronously or later, unless the job was destroyed meanwhile.
    virtual void runJob(SecretJob* job) = 0;

    /// Reports the outcome: emits finished() (only the first call counts).
    /// Turns "not found" for a key this store wrote into KeyringLocked.
    static void finishJob(SecretJob* job, Error error);
    /// The secret a Read job found; call before finishJob().
    static void setReadValue(SecretJob* job, const QString& value);
    /// A key a RemoveAll job deleted; call before finishJob(), in sorted
    /// key order.
    static void addRemovedKey(SecretJob* job, const QString& key);

private:
    friend class SecretJob; // calls runJob()

    SecretJob* createJob(SecretJob::Kind kind, const QString& key, const QString& value = {});
    /// "Plugboard saved the sign-in of github/12345, but the keyring returned
    /// nothing: …": KeyringLocked for a read of `key`.
    static Error unreadableError(const QString& key);

    QList<QPointer<SecretJob>> m_held; ///< startOnFirstUse(), in start order
};

} // namespace Plugboard

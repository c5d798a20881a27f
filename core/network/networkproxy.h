#pragma once

#include "core/network/proxysettings.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Plugboard {

class Job;
class SecretJob;
class SecretStore;
struct ProxyState;

/// The proxy settings in force for this process. Created by Services: it
/// installs the application-wide ProxyFactory, so every request (the shared
/// QNetworkAccessManager, a sign-in's own, discovery, the CLI) follows the
/// same settings, and loopback is never proxied.
///
/// The proxy password lives in the secret store (ProxySettings::
/// passwordKey()), never in the settings file. Reading it is a job that
/// reload() hands to the store when the settings name a proxy user, to run
/// on the store's first use (SecretStore::startOnFirstUse()): start-up
/// reads no secret. isReady() turns true (ready() is emitted) when it is
/// done. Because the store runs it in front of the first job that reads or
/// writes a secret, every operation that does so before its first request
/// (a sign-in, a renewal, a check, a revocation) sends that request with the
/// password in place. Work whose first request reads no secret before it
/// (a discovery) starts through whenReady(), which reads the password now.
///
/// Settings dialogs and `plugboard-cli config` save through save() and
/// storePassword(), which apply at once; another process's change is picked
/// up by reload().
class NetworkProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkProxy)

public:
    /// Reads the settings file and installs the factory; starts reading the
    /// password when needed (the store must outlive this object).
    explicit NetworkProxy(SecretStore* secrets, QObject* parent = nullptr);
    /// Leaves Qt's default behind (no proxy) and forgets the password.
    ~NetworkProxy() override;

    /// The settings as read from the file (valid or not).
    ProxySettings settings() const { return m_settings; }
    /// The settings requests follow: settings(), or System when they do
    /// not validate.
    ProxySettings effectiveSettings() const;
    /// "the HTTP proxy proxy.example.com:3128 (user alice)", for diagnose.
    QString describe() const;

    /// Reads the settings file again, applies it and, when the settings
    /// name a user, reads the password again.
    void reload();
    /// Validates and writes `settings` to the settings file, then applies
    /// them (the password stays as stored: see storePassword()).
    Result<void> save(const ProxySettings& settings);
    /// A job, not started, that stores `password` in the secret store (an
    /// empty one removes it) and applies it when it finishes. Start it with
    /// startJob(); it deletes itself like every SecretJob.
    SecretJob* storePassword(const QString& password);

    /// False while the password is being read.
    bool isReady() const { return m_pendingReads == 0; }
    /// Calls `action` once the password is read: at once when isReady(),
    /// else on ready() after starting the read (not at all when `context`
    /// goes first). For work whose first request reads no secret before it
    /// (discovery).
    void whenReady(QObject* context, std::function<void()> action);
    /// Starts `job` once the password is read (whenReady()); deleting the
    /// job first cancels that. For a job whose first request reads no secret
    /// before it (discovery).
    void startWhenReady(Job* job);

Q_SIGNALS:
    /// The password read that reload() held has finished (with or without a
    /// password: a failed read is logged and requests go without), or the
    /// settings no longer need one.
    void ready();

private:
    void apply();
    void readPassword();
    /// Cancels the read reload() held when it has not run yet; true if so.
    bool dropHeldRead();
    void setPassword(const QString& password);

    SecretStore* m_secrets;
    ProxySettings m_settings;
    std::shared_ptr<ProxyState> m_state;
    QPointer<SecretJob> m_heldRead; ///< the last read handed to the store
    int m_pendingReads = 0;
    quint64 m_generation = 0; ///< a read started before the last reload() is stale
};

} // namespace Plugboard

#pragma once

#include "core/access/grantregistry.h"
#include "core/audit/audittrail.h"
#include "core/lifecycle/tokenservice.h"
#include "core/network/networkproxy.h"
#include "core/storage/connectionstore.h"

#include <QNetworkAccessManager>

#include <memory>

namespace Plugboard {

class SecretStore;
class VaultPassphraseProvider;

/// The services every front end builds on (the desktop app, plugboard-cli,
/// the coming D-Bus service), owned in one place. Each member uses only the
/// ones declared before it: they are created in that order and destroyed in
/// reverse, so nothing outlives what it uses and nobody deletes by hand.
///
/// Secrets go to the store the settings name (SecretBackend), checked for
/// every job (ConfiguredSecretStore): the keyring, or the encrypted vault,
/// which asks `passphrases` for its passphrase when a job first needs it
/// (the provider must outlive the services; null where there is no way to
/// ask).
///
/// Every request in the process follows the proxy settings (proxy()): the
/// shared network() and the managers sign-ins create for themselves alike;
/// loopback is never proxied.
///
/// Creating it is cheap and reads nothing but the settings file (the secret
/// backend, the proxy): not the keyring or the vault (only a job that runs
/// does; the proxy password is one, started here when a proxy user is set,
/// and so run before any secret job started later), not connections.json
/// (call connections()->load()), not the platform records (looked up when a
/// renewal needs one). Needs ApplicationInfo::applyToApplication() first,
/// for the default paths.
class Services final
{
    Q_DISABLE_COPY_MOVE(Services)

public:
    /// A renewal parses only its platform's record
    /// (PlatformCatalog::loadOne()), which suits a short-lived process.
    explicit Services(VaultPassphraseProvider* passphrases = nullptr);
    /// `records` finds a platform's record, e.g. in a catalog the caller
    /// keeps loaded (it must outlive the services).
    explicit Services(TokenService::RecordLookup records, VaultPassphraseProvider* passphrases = nullptr);
    ~Services();

    SecretStore* secrets() const { return m_secrets.get(); }
    AuditTrail* audit() { return &m_audit; }
    ConnectionStore* connections() { return &m_connections; }
    NetworkProxy* proxy() { return &m_proxy; }
    QNetworkAccessManager* network() { return &m_network; }
    TokenService* tokens() { return &m_tokens; }
    GrantRegistry* grants() { return &m_grants; }

private:
    std::unique_ptr<SecretStore> m_secrets; ///< reads the keyring or vault only when a job runs
    NetworkProxy m_proxy; ///< installs the process's proxy factory; reads the password as a job
    AuditTrail m_audit; ///< the process's current() trail; reads its key when it first records
    ConnectionStore m_connections;
    QNetworkAccessManager m_network;
    TokenService m_tokens; ///< over all three above
    GrantRegistry m_grants; ///< over m_connections
};

} // namespace Plugboard

#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/oauth/tokenrevocation.h"

#include <QObject>

class QNetworkAccessManager;

namespace Plugboard {

class ConnectionStore;
class CredentialsJob;
class SecretJob;
class SecretStore;
class TokenRevocation;

/// Disconnects one account: revokes its tokens at the platform where the
/// record says how (refresh token first), then deletes every secret of the
/// connection and its metadata. A failed revocation does not stop the local
/// disconnect; it is reported through revocationError() ("Could not revoke
/// at GitHub: …", with the app-permissions link). A keyring that is locked
/// stops everything and changes nothing. Disconnecting twice is harmless.
///
///   read tokens ─▶ read app credentials ─▶ revoke ─▶ delete secrets ─▶ delete metadata
class DisconnectOperation final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectOperation)

public:
    DisconnectOperation(const PlatformRecord& record, const QString& accountId, SecretStore* secrets,
                        ConnectionStore* connections, QNetworkAccessManager* network,
                        QObject* parent = nullptr);
    ~DisconnectOperation() override;

    const PlatformRecord& record() const { return m_record; }
    const Error& revocationError() const { return m_revocationError; }

private:
    void onTokens(SecretJob* job);
    void onCredentials(CredentialsJob* job);
    void onRevoked(TokenRevocation* revocation);
    void onSecretsDeleted(SecretJob* job);
    void run() override;
    void finishing() override;

    PlatformRecord m_record;
    QString m_accountId;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    TokenRevocation::Tokens m_tokens;
    Error m_revocationError;
    bool m_revocationTried = false; ///< a revocation request went to the platform
};

} // namespace Plugboard

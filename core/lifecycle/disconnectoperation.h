#pragma once

#include "core/catalog/platformrecord.h"
#include "core/error.h"
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
///
/// Job shape: start(), finished() exactly once, error(); deletes itself
/// after finished() unless setAutoDelete(false).
class DisconnectOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectOperation)

public:
    DisconnectOperation(const PlatformRecord& record, const QString& accountId, SecretStore* secrets,
                        ConnectionStore* connections, QNetworkAccessManager* network,
                        QObject* parent = nullptr);
    ~DisconnectOperation() override;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void start();

    const Error& error() const { return m_error; }
    const Error& revocationError() const { return m_revocationError; }

Q_SIGNALS:
    void finished(Plugboard::DisconnectOperation* operation);

private:
    void onTokens(SecretJob* job);
    void onCredentials(CredentialsJob* job);
    void onRevoked(TokenRevocation* revocation);
    void onSecretsDeleted(SecretJob* job);
    void finish(Error error);

    PlatformRecord m_record;
    QString m_accountId;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    TokenRevocation::Tokens m_tokens;
    Error m_error;
    Error m_revocationError;
    bool m_autoDelete = true;
    bool m_finished = false;
};

} // namespace Plugboard

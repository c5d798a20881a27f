#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/storage/appcredentials.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace Plugboard {

class ConnectionStore;
class SecretJob;
class SecretStore;

/// Loads, saves or removes one platform's app credentials in the keyring,
/// for the credential form and `plugboard-cli credentials`.
///
/// Saving merges: the fields given replace the stored ones and the rest are
/// kept, so replacing only a client secret keeps the client id. The merged
/// result must pass AppCredentials::checkComplete() ("Missing required
/// credentials: Client ID, Client Secret") before anything is written.
/// A keyring that is locked or missing fails the job and changes nothing.
///
/// A save that changes the client id leaves the connections made with the
/// old one behind: the platform refuses their tokens once they are renewed
/// with the new client. With setConnections(), such a save marks them
/// NeedsReconnect (an InvalidGrant that says why) right away. Their tokens
/// stay in the keyring, and saving the old id again does not heal them:
/// only a reconnect does, as for any connection that needs one.
/// Connections made before they recorded their client are left alone.
class CredentialsJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsJob)

public:
    enum class Kind { Load, Save, Remove };

    /// Reads the platform's credentials; credentials() is empty when none are stored.
    static CredentialsJob* load(SecretStore* store, const PlatformRecord& record, QObject* parent = nullptr);
    /// Merges `values` (field key -> value) into what is stored and writes the result.
    static CredentialsJob* save(SecretStore* store, const PlatformRecord& record,
                                const QMap<QString, QString>& values, QObject* parent = nullptr);
    /// Deletes the platform's credentials.
    static CredentialsJob* remove(SecretStore* store, const PlatformRecord& record,
                                  QObject* parent = nullptr);
    ~CredentialsJob() override;

    /// Where a save that changes the client id marks the connections made
    /// with the old one (see the class comment); must outlive the job.
    void setConnections(ConnectionStore* connections) { m_connections = connections; }
    /// After a save: the ids of the connections it marked NeedsReconnect.
    QStringList connectionsLeftBehind() const { return m_connectionsLeftBehind; }

    Kind kind() const { return m_kind; }
    /// After Load or Save: what is stored now. Keep it in memory only as long as needed.
    const AppCredentials& credentials() const { return m_credentials; }
    /// Field key -> what may be shown of it: the whole value of a field that
    /// is no secret (a client ID), an empty string for stored secrets (never
    /// their value).
    QMap<QString, QString> savedFieldHints() const;

private:
    CredentialsJob(Kind kind, SecretStore* store, const PlatformRecord& record, QObject* parent);

    void onRead(SecretJob* job);
    void onWritten(SecretJob* job);
    void markConnectionsLeftBehind();
    void run() override;
    void finishing() override;

    Kind m_kind;
    SecretStore* m_store = nullptr;
    PlatformRecord m_record;
    QMap<QString, QString> m_values;
    AppCredentials m_credentials;
    ConnectionStore* m_connections = nullptr;
    QString m_storedFingerprint; ///< of the client id stored before a save
    bool m_hadStored = false; ///< a save found credentials it replaces
    QStringList m_connectionsLeftBehind;
};

} // namespace Plugboard

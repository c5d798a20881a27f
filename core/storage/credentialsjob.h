#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/storage/appcredentials.h"

#include <QMap>
#include <QObject>

namespace Plugboard {

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
    void run() override;
    void finishing() override;

    Kind m_kind;
    SecretStore* m_store = nullptr;
    PlatformRecord m_record;
    QMap<QString, QString> m_values;
    AppCredentials m_credentials;
};

} // namespace Plugboard

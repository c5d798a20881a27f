#pragma once

#include "core/catalog/platformtemplate.h"
#include "core/job.h"

#include <QObject>

class QNetworkAccessManager;

namespace Plugboard {

class CredentialsJob;
class MastodonAppRegistration;
class PlatformCatalog;
class SecretStore;

/// Adds one self-hosted server as a platform of its own, from a template:
/// fills in the template, registers Plugboard with the server where the
/// template says the server allows it (Mastodon) and keeps the credentials
/// it issued, then saves the platform. Nothing is saved when a step fails,
/// so a wrong address leaves no half-made platform behind.
///
///   fill in ─▶ [register ─▶ save app credentials] ─▶ save the platform
class AddServerOperation final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddServerOperation)

public:
    /// `catalog`, `secrets` and `network` must outlive the operation.
    AddServerOperation(const PlatformTemplate& from, const QString& id, const QMap<QString, QString>& values,
                       PlatformCatalog* catalog, SecretStore* secrets, QNetworkAccessManager* network,
                       QObject* parent = nullptr);
    ~AddServerOperation() override;

    /// The server's platform; meaningful once finished without an error.
    const PlatformRecord& record() const { return m_record; }
    /// True when Plugboard registered itself and holds the app credentials.
    bool registeredApp() const { return m_registered; }

private:
    void onRegistered(MastodonAppRegistration* registration);
    void onCredentialsSaved(CredentialsJob* job);
    void savePlatform();
    void run() override;

    PlatformTemplate m_template;
    QString m_id;
    QMap<QString, QString> m_values;
    PlatformCatalog* m_catalog = nullptr;
    SecretStore* m_secrets = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformRecord m_record;
    bool m_registered = false;
};

} // namespace Plugboard

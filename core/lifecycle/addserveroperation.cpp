#include "core/lifecycle/addserveroperation.h"

#include "core/catalog/platformcatalog.h"
#include "core/oauth/mastodonappregistration.h"
#include "core/storage/credentialsjob.h"

namespace Plugboard {

AddServerOperation::AddServerOperation(const PlatformTemplate& from, const QString& id,
                                       const QMap<QString, QString>& values, PlatformCatalog* catalog,
                                       SecretStore* secrets, QNetworkAccessManager* network, QObject* parent)
    : Job(parent)
    , m_template(from)
    , m_id(id)
    , m_values(values)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_network(network)
{ }

AddServerOperation::~AddServerOperation() = default;

void AddServerOperation::run()
{
    Result<PlatformRecord> record = m_template.instantiate(m_id, m_values);
    if (!record) {
        emitFinished(record.error());
        return;
    }
    m_record = std::move(record).value();
    // Before registering anywhere: the id must be free.
    if (m_catalog->platform(m_id) || PlatformCatalog::shippedIds().contains(m_id)) {
        emitFinished({ ErrorCode::InvalidArgument,
                       tr("There is a platform called \"%1\" already. Choose another id for %2.")
                           .arg(m_id, m_record.name) });
        return;
    }
    if (m_template.registration() == AppRegistration::Mastodon) {
        const QUrl server(m_record.templateParameters.value(QStringLiteral("instance_url")));
        startJob(new MastodonAppRegistration(m_record, server, m_network, this), this,
                 &AddServerOperation::onRegistered);
        return;
    }
    savePlatform();
}

void AddServerOperation::onRegistered(MastodonAppRegistration* registration)
{
    if (registration->error().isError()) {
        emitFinished(registration->error());
        return;
    }
    const QMap<QString, QString> issued { { QStringLiteral("client_id"), registration->clientId() },
                                          { QStringLiteral("client_secret"), registration->clientSecret() } };
    startJob(CredentialsJob::save(m_secrets, m_record, issued, this), this,
             &AddServerOperation::onCredentialsSaved);
}

void AddServerOperation::onCredentialsSaved(CredentialsJob* job)
{
    if (job->error().isError()) {
        emitFinished(job->error());
        return;
    }
    m_registered = true;
    savePlatform();
}

void AddServerOperation::savePlatform()
{
    emitFinished(m_catalog->addCustom(m_record).error());
}

} // namespace Plugboard

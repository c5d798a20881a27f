#include "app/gui/credentialsflow.h"

#include "core/catalog/platformcatalog.h"
#include "core/oauth/redirecturi.h"
#include "core/platformsettings.h"
#include "core/storage/credentialsjob.h"
#include "ui/credentialdialog.h"
#include "ui/credentialform.h"

namespace Plugboard {

CredentialsFlow::CredentialsFlow(PlatformCatalog* catalog, SecretStore* secrets, ConnectionStore* connections,
                                 QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_connections(connections)
{ }

CredentialsFlow::~CredentialsFlow() = default;

void CredentialsFlow::open(const QString& platformId, QWidget* window)
{
    const PlatformRecord* record = m_catalog->platform(platformId);
    if (!record)
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CredentialDialog(window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPlatform(*record, RedirectUri::forRegistration(record->redirect));
    m_dialog->form()->setTokenExchangeProxy(PlatformSettings::tokenExchangeProxy(platformId));
    connect(m_dialog, &CredentialDialog::saveRequested, this, &CredentialsFlow::save);
    m_dialog->setBusy(true);
    m_dialog->show();

    // Only hints come back to the form: saved secrets are never shown again.
    CredentialsJob* load = CredentialsJob::load(m_secrets, *record, this);
    startJob(load, this, [this](CredentialsJob* job) {
        if (!m_dialog)
            return;
        m_dialog->setBusy(false);
        if (job->error().isError())
            m_dialog->showError(job->error().message);
        else
            m_dialog->setSavedFields(job->savedFieldHints());
    });
}

void CredentialsFlow::save(const QString& platformId, const QMap<QString, QString>& values)
{
    const PlatformRecord* record = m_catalog->platform(platformId);
    if (!record || !m_dialog)
        return;
    // The proxy first: whether the client secret is required depends on it.
    const QUrl previousProxy = PlatformSettings::tokenExchangeProxy(platformId);
    if (m_dialog->form()->offersTokenExchangeProxy()) {
        if (Result<void> set
            = PlatformSettings::setTokenExchangeProxy(platformId, m_dialog->form()->tokenExchangeProxy());
            !set) {
            m_dialog->showError(set.error().message);
            return;
        }
    }
    m_dialog->setBusy(true);
    CredentialsJob* job = CredentialsJob::save(m_secrets, *record, values, this);
    job->setConnections(m_connections); // their cards follow the store's change
    startJob(job, this, [this, name = record->name, platformId, previousProxy](CredentialsJob* done) {
        if (done->error().isError()) {
            (void)PlatformSettings::setTokenExchangeProxy(platformId, previousProxy); // nothing changed
            if (m_dialog)
                m_dialog->showError(done->error().message);
            return;
        }
        if (m_dialog)
            m_dialog->accept();
        Q_EMIT saved(platformId, name, done->credentials().clientIdHint());
    });
}

} // namespace Plugboard

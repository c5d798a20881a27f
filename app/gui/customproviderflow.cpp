#include "app/gui/customproviderflow.h"

#include "core/catalog/platformcatalog.h"
#include "core/catalog/providerdiscovery.h"
#include "core/network/networkproxy.h"
#include "core/services.h"
#include "ui/customproviderdialog.h"

namespace Plugboard {

CustomProviderFlow::CustomProviderFlow(PlatformCatalog* catalog, Services* services, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_services(services)
{ }

CustomProviderFlow::~CustomProviderFlow()
{
    cancelDiscovery();
}

void CustomProviderFlow::open(QWidget* window)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new CustomProviderDialog(window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CustomProviderDialog::discoverRequested, this, &CustomProviderFlow::discover);
    connect(m_dialog, &CustomProviderDialog::saveRequested, this, &CustomProviderFlow::save);
    connect(m_dialog, &QObject::destroyed, this, &CustomProviderFlow::cancelDiscovery);
    m_dialog->show();
}

void CustomProviderFlow::discover(const QUrl& issuer)
{
    if (!m_dialog)
        return;
    cancelDiscovery(); // the user asked again, maybe for another URL
    ProviderDiscovery* discovery = new ProviderDiscovery(
        m_services->network(), issuer, m_dialog->platformId(), m_dialog->displayName(), this);
    m_discovery = discovery;
    onFinished(discovery, this, &CustomProviderFlow::onDiscovered);
    m_services->proxy()->startWhenReady(discovery); // after the proxy password, which start-up did not read
}

void CustomProviderFlow::onDiscovered(ProviderDiscovery* discovery)
{
    if (!m_dialog || discovery->error().code == ErrorCode::Cancelled)
        return;
    if (discovery->error().isError())
        m_dialog->setDiscoveryError(discovery->error().message);
    else
        m_dialog->setDiscoveredRecord(discovery->record());
}

void CustomProviderFlow::save(const PlatformRecord& record)
{
    if (!m_dialog)
        return;
    // Refuse, not Replace: saving over another custom provider by accident
    // would silently change where its accounts sign in.
    if (Result<void> added = m_catalog->addCustom(record, PlatformCatalog::ExistingCustom::Refuse); !added) {
        m_dialog->showError(added.error().message);
        return;
    }
    m_dialog->accept();
    Q_EMIT added(record.id, record.name);
}

void CustomProviderFlow::cancelDiscovery()
{
    // Deleting a running job cancels its request without finishing it.
    if (m_discovery && !m_discovery->isFinished())
        delete m_discovery;
}

} // namespace Plugboard

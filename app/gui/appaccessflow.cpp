#include "app/gui/appaccessflow.h"

#include "app/dbus/busservice.h"
#include "app/gui/desktopconsentprompter.h"
#include "core/catalog/platformcatalog.h"
#include "core/services.h"
#include "ui/grantpresentation.h"
#include "ui/mainwindow.h"

namespace Plugboard {

AppAccessFlow::AppAccessFlow(PlatformCatalog* catalog, Services* services, MainWindow* window,
                             QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_services(services)
    , m_window(window)
    , m_prompter(std::make_unique<DesktopConsentPrompter>(window))
{
    connect(m_window, &MainWindow::appAccessRequested, this, &AppAccessFlow::showAppAccess);
    connect(m_window, &MainWindow::revokeGrantRequested, this, &AppAccessFlow::revoke);
}

AppAccessFlow::~AppAccessFlow() = default;

Result<void> AppAccessFlow::serve()
{
    if (!m_bus)
        m_bus = std::make_unique<BusService>(m_services, m_prompter.get());
    return m_bus->isServing() ? Result<void>() : m_bus->start();
}

void AppAccessFlow::announceChanges()
{
    if (m_bus)
        m_bus->announceChanges();
}

void AppAccessFlow::revoke(const QString& connectionId, const QString& app)
{
    const Result<int> revoked = m_services->grants()->revoke(app, connectionId);
    // The store's change re-shows the cards and the App access view.
    m_window->showStatus(
        revoked ? tr("%1 can no longer use %2.").arg(GrantPresentation::appName(app), connectionId)
                : revoked.error().message);
}

void AppAccessFlow::showAppAccess()
{
    m_window->showAppAccess(
        GrantPresentation::entries(m_catalog->platforms(), m_services->connections()->connections()));
}

} // namespace Plugboard

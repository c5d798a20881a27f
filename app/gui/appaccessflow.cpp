#include "app/gui/appaccessflow.h"

#include "app/dbus/busservice.h"
#include "app/dbus/consentprompter.h"
#include "core/services.h"
#include "ui/mainwindow.h"

namespace Plugboard {

AppAccessFlow::AppAccessFlow(Services* services, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{ }

AppAccessFlow::~AppAccessFlow() = default;

Result<void> AppAccessFlow::serve()
{
    if (!m_bus) {
        m_bus = std::make_unique<BusService>(m_services, nullptr);
    }
    return m_bus->isServing() ? Result<void>() : m_bus->start();
}

void AppAccessFlow::announceChanges()
{
    if (m_bus)
        m_bus->announceChanges();
}

} // namespace Plugboard

#pragma once

#include "core/result.h"

#include <QObject>

#include <memory>

namespace Plugboard {

class BusService;
class DesktopConsentPrompter;
class MainWindow;
class PlatformCatalog;
class Services;

/// Other applications' access to connections, in the desktop app: serves
/// the D-Bus API (org.plugboard.Plugboard1) with the window asking the
/// user, shows who has access (the cards, View ▸ App access) and revokes it
/// when asked.
class AppAccessFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppAccessFlow)

public:
    /// `catalog`, `services` and `window` must outlive the flow.
    AppAccessFlow(PlatformCatalog* catalog, Services* services, MainWindow* window,
                  QObject* parent = nullptr);
    ~AppAccessFlow() override;

    /// Starts serving on the session bus; fails (and says why in the
    /// status line) when another process serves it.
    Result<void> serve();
    /// Tells bus clients when what ListConnections answers has changed
    /// (e.g. a token expired while nothing was stored).
    void announceChanges();
    BusService* busService() const { return m_bus.get(); }
    DesktopConsentPrompter* prompter() const { return m_prompter.get(); }

private:
    void revoke(const QString& connectionId, const QString& app);
    void showAppAccess();

    PlatformCatalog* m_catalog = nullptr;
    Services* m_services = nullptr;
    MainWindow* m_window = nullptr;
    std::unique_ptr<DesktopConsentPrompter> m_prompter;
    std::unique_ptr<BusService> m_bus;
};

} // namespace Plugboard

#pragma once

#include <QObject>
#include <QPointer>

class QUrl;
class QWidget;

namespace Plugboard {

class CustomProviderDialog;
class PlatformCatalog;
class ProviderDiscovery;
class Services;
struct PlatformRecord;

/// Answers the "Add custom provider" dialog with core: ProviderDiscovery
/// finds the endpoints (unless the user types them in the dialog), and
/// PlatformCatalog::addCustom() checks and saves the reviewed record, however
/// it was filled. One dialog and at most one discovery at a time; closing the
/// dialog cancels a discovery still running.
class CustomProviderFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomProviderFlow)

public:
    /// `catalog` and `services` must outlive the flow.
    CustomProviderFlow(PlatformCatalog* catalog, Services* services, QObject* parent = nullptr);
    ~CustomProviderFlow() override;

    /// Opens the dialog over `window`, or brings the open one forward.
    void open(QWidget* window);

Q_SIGNALS:
    /// The platform is in the catalog (and its file is written).
    void added(const QString& platformId, const QString& name);

private:
    void discover(const QUrl& issuer);
    void onDiscovered(ProviderDiscovery* discovery);
    void save(const PlatformRecord& record);
    void cancelDiscovery();

    PlatformCatalog* m_catalog = nullptr;
    Services* m_services = nullptr;
    QPointer<CustomProviderDialog> m_dialog;
    QPointer<ProviderDiscovery> m_discovery;
};

} // namespace Plugboard

#include "app/gui/serverflow.h"

#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecordparser.h"
#include "core/lifecycle/addserveroperation.h"
#include "core/services.h"
#include "ui/serverdialog.h"

#include <QRegularExpression>

namespace Plugboard {

ServerFlow::ServerFlow(PlatformCatalog* catalog, Services* services, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_services(services)
{ }

ServerFlow::~ServerFlow() = default;

void ServerFlow::open(QWidget* window)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QList<PlatformTemplate> templates;
    const QStringList ids = PlatformTemplate::shippedIds();
    for (const QString& id : ids) {
        if (Result<PlatformTemplate> loaded = PlatformTemplate::loadShipped(id))
            templates.append(loaded.value());
    }
    m_dialog = new ServerDialog(window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setTemplates(templates);
    connect(m_dialog, &ServerDialog::addRequested, this, &ServerFlow::add);
    m_dialog->show();
}

QString ServerFlow::freeIdFor(const QMap<QString, QString>& values) const
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts.append(it.key().endsWith(QLatin1String("_url")) ? QUrl(it.value()).host() : it.value());
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    QString base = parts.join(QLatin1Char('-')).toLower().replace(notAllowed, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    if (!PlatformRecordParser::isValidId(base))
        base = QStringLiteral("server");
    QString id = base;
    for (int n = 2; m_catalog->platform(id) || PlatformCatalog::shippedIds().contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void ServerFlow::add(const QString& templateId, const QMap<QString, QString>& values)
{
    if (!m_dialog || m_adding)
        return;
    const Result<PlatformTemplate> from = PlatformTemplate::loadShipped(templateId);
    if (!from) {
        m_dialog->showError(from.error().message);
        return;
    }
    m_dialog->setBusy(true);
    m_adding = new AddServerOperation(from.value(), freeIdFor(values), values, m_catalog,
                                      m_services->secrets(), m_services->network(), this);
    startJob(m_adding.data(), this, &ServerFlow::onAdded);
}

void ServerFlow::onAdded(AddServerOperation* operation)
{
    if (operation->error().isError()) {
        if (m_dialog)
            m_dialog->showError(operation->error().message);
        return;
    }
    if (m_dialog)
        m_dialog->accept();
    Q_EMIT added(operation->record().id, operation->record().name, operation->registeredApp());
}

} // namespace Plugboard

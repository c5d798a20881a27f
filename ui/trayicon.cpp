#include "ui/trayicon.h"

#include "core/applicationinfo.h"
#include "core/storage/connection.h"
#include "ui/statepresentation.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Plugboard {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_trayIcon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_connectionsEnd = m_menu->addSeparator();
    m_connectionsEnd->setVisible(false);
    QAction* checkAll = m_menu->addAction(tr("Check all now"));
    checkAll->setObjectName(QStringLiteral("trayCheckAllAction"));
    connect(checkAll, &QAction::triggered, this, &TrayIcon::checkAllRequested);
    QAction* open = m_menu->addAction(tr("Open Plugboard"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &TrayIcon::openWindowRequested);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_trayIcon->setIcon(QIcon(QStringLiteral(":/icons/app/plugboard.svg")));
    m_trayIcon->setToolTip(ApplicationInfo::displayName());
    m_trayIcon->setContextMenu(m_menu);
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT openWindowRequested();
    });
}

// QSystemTrayIcon does not own its context menu.
TrayIcon::~TrayIcon()
{
    delete m_menu;
}

namespace {

// The app icon with a dot in the corner: green, amber or red.
QIcon iconFor(StateSeverity severity, bool hasConnections)
{
    const QIcon base(QStringLiteral(":/icons/app/plugboard.svg"));
    if (!hasConnections)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = severity == StateSeverity::Broken ? QColor(0xd9, 0x30, 0x25)
        : severity == StateSeverity::Attention             ? QColor(0xf2, 0xa9, 0x00)
                                                           : QColor(0x2e, 0xa0, 0x5a);
    painter.setPen(QPen(Qt::white, 4));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(36, 36, 26, 26));
    return QIcon(pixmap);
}

} // namespace

void TrayIcon::setConnections(const QList<Connection>& connections)
{
    QMap<ConnectionState, int> counts;
    m_worst = StateSeverity::Healthy;
    for (const Connection& connection : connections) {
        ++counts[connection.state];
        m_worst = std::max(m_worst, severity(connection.state));
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(tr("%1 %2").arg(it.value()).arg(stateLabel(it.key()).toLower()));
    m_trayIcon->setToolTip(parts.isEmpty() ? tr("Plugboard: no connections yet")
                                           : tr("Plugboard: %1").arg(parts.join(QStringLiteral(", "))));
    m_trayIcon->setIcon(iconFor(m_worst, !connections.isEmpty()));
    rebuildConnectionEntries(connections);
    for (const TrayAlerts::Alert& alert : m_alerts.update(connections, m_platformNames))
        notify(alert.title, alert.message);
}

void TrayIcon::rebuildConnectionEntries(const QList<Connection>& connections)
{
    qDeleteAll(m_connectionEntries);
    m_connectionEntries.clear();
    for (const Connection& connection : connections) {
        const QString platform = platformName(connection.platformId);
        const QString account
            = connection.accountName.isEmpty() ? connection.accountId : connection.accountName;
        auto* entry
            = new QAction(tr("%1 (%2) — %3").arg(account, platform, stateLabel(connection.state)), m_menu);
        entry->setObjectName(QStringLiteral("trayConnectionAction"));
        entry->setData(connection.id());
        connect(entry, &QAction::triggered, this, &TrayIcon::openWindowRequested);
        m_connectionEntries.append(entry);

        const ConnectionCard::Actions actions = StatePresentation::actions(connection.state);
        if (actions.testAnyFlags(ConnectionCard::Action::Reconnect | ConnectionCard::Action::Connect)) {
            auto* reconnect = new QAction(tr("Reconnect %1").arg(account), m_menu);
            reconnect->setObjectName(QStringLiteral("trayReconnectAction"));
            reconnect->setData(connection.id());
            connect(reconnect, &QAction::triggered, this,
                    [this, id = connection.id()] { Q_EMIT connectRequested(id); });
            m_connectionEntries.append(reconnect);
        }
    }
    m_menu->insertActions(m_connectionsEnd, m_connectionEntries);
    m_connectionsEnd->setVisible(!connections.isEmpty());
}

QString TrayIcon::platformName(const QString& platformId) const
{
    return m_platformNames.value(platformId, platformId);
}

QString TrayIcon::toolTip() const
{
    return m_trayIcon->toolTip();
}

void TrayIcon::show()
{
    m_trayIcon->show();
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    if (!m_notificationsEnabled)
        return;
    m_trayIcon->showMessage(title, message, QIcon(QStringLiteral(":/icons/app/plugboard.svg")));
    Q_EMIT notified(title, message);
}

} // namespace Plugboard

#include "trayicon.h"

#include "applicationinfo.h"
#include "storage/connection.h"

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
    m_trayIcon->showMessage(title, message, QIcon(QStringLiteral(":/icons/app/plugboard.svg")));
}

} // namespace Plugboard

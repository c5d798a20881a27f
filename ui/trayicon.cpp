#include "trayicon.h"

#include "applicationinfo.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
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

void TrayIcon::show()
{
    m_trayIcon->show();
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    m_trayIcon->showMessage(title, message, QIcon(QStringLiteral(":/icons/app/plugboard.svg")));
}

} // namespace Plugboard

#include "mainwindow.h"

#include "applicationinfo.h"
#include "cardgrid.h"
#include "catalog/platformrecord.h"
#include "connectioncard.h"
#include "connectionstate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Plugboard {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(ApplicationInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/app/plugboard.svg")));
    resize(880, 620);

    createActions();
    createMenus();

    m_contentStack = new QStackedWidget(this);
    m_contentStack->setObjectName(QStringLiteral("contentStackedWidget"));
    m_contentStack->addWidget(createEmptyState());
    m_cardGrid = new CardGrid(this);
    m_contentStack->addWidget(m_cardGrid);
    setCentralWidget(m_contentStack);

    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    m_aboutAction = new QAction(tr("&About Plugboard"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_quitAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyStateWidget"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();

    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app/plugboard.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    m_emptyStateLabel = new QLabel(page);
    m_emptyStateLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyStateLabel->setAlignment(Qt::AlignCenter);
    m_emptyStateLabel->setWordWrap(true);
    m_emptyStateLabel->setTextFormat(Qt::PlainText);
    m_emptyStateLabel->setText(tr("No connections yet.\nPlatforms you can connect to will appear here."));
    m_emptyStateLabel->setAccessibleName(tr("No connections"));
    layout->addWidget(m_emptyStateLabel);

    layout->addStretch();
    return page;
}

void MainWindow::setPlatforms(const QList<PlatformRecord>& platforms)
{
    m_cardGrid->clear();
    for (const PlatformRecord& record : platforms) {
        auto* card = new ConnectionCard(record.id);
        card->setPlatform(record.name, QStringLiteral(":/icons/platforms/") + record.icon);
        card->setStatus(stateLabel(ConnectionState::NotSetUp), StatusBadge::Tone::Neutral);
        card->setAccountName(QString());
        QMap<QString, QString> descriptions;
        for (const ScopeInfo& scope : record.scopes)
            descriptions.insert(scope.name, scope.description);
        card->setScopes(record.defaultScopes(), descriptions);
        card->setActions(ConnectionCard::Action::SetUpCredentials | ConnectionCard::Action::CopyRedirectUri);
        connect(card, &ConnectionCard::actionRequested, this, &MainWindow::cardActionRequested);
        m_cardGrid->addCard(card);
    }
    m_contentStack->setCurrentWidget(platforms.isEmpty() ? m_contentStack->widget(0) : m_cardGrid);
    statusBar()->showMessage(tr("%n platform(s) available", nullptr, int(platforms.size())));
}

void MainWindow::setCredentialsSaved(const QString& platformId, const QString& clientIdHint)
{
    ConnectionCard* card = m_cardGrid->card(platformId);
    if (!card)
        return;
    card->setStatus(stateLabel(ConnectionState::Ready), StatusBadge::Tone::Neutral);
    card->setProblem(QString());
    card->setDetail(clientIdHint.isEmpty() ? tr("App credentials saved")
                                           : tr("App credentials saved (client ID %1)").arg(clientIdHint));
    card->setActions(ConnectionCard::Action::EditCredentials | ConnectionCard::Action::CopyRedirectUri);
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeToTray) {
        QMainWindow::closeEvent(event);
        Q_EMIT quitRequested();
        return;
    }
    event->ignore();
    hide();
    Q_EMIT hiddenToTray();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Plugboard"),
                       tr("<h3>Plugboard %1</h3>"
                          "<p>Keeps your connections to online platforms in one place, "
                          "with every secret in your system keyring.</p>")
                           .arg(ApplicationInfo::version().toHtmlEscaped()));
}

} // namespace Plugboard

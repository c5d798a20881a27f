#include "mainwindow.h"

#include "applicationinfo.h"
#include "cardgrid.h"
#include "catalog/platformrecord.h"
#include "connectioncard.h"
#include "connectionstate.h"
#include "statepresentation.h"
#include "storage/connection.h"

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
    showConnections(platforms, {}, {});
}

void MainWindow::showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                                 const QSet<QString>& platformsWithCredentials)
{
    // Accounts first, then platforms ready to connect, then the rest of the catalog.
    m_cardGrid->clear();
    QSet<QString> withAccount;
    for (const PlatformRecord& record : platforms) {
        for (const Connection& connection : connections) {
            if (connection.platformId == record.id) {
                addConnectionCard(record, connection);
                withAccount.insert(record.id);
            }
        }
    }
    for (const bool ready : { true, false }) {
        for (const PlatformRecord& record : platforms) {
            if (!withAccount.contains(record.id) && platformsWithCredentials.contains(record.id) == ready)
                addPlatformCard(record, ready);
        }
    }
    m_contentStack->setCurrentWidget(platforms.isEmpty() ? m_contentStack->widget(0) : m_cardGrid);
    statusBar()->showMessage(tr("%n platform(s) available", nullptr, int(platforms.size())));
}

static QMap<QString, QString> scopeDescriptions(const PlatformRecord& record)
{
    QMap<QString, QString> descriptions;
    for (const ScopeInfo& scope : record.scopes)
        descriptions.insert(scope.name, scope.description);
    return descriptions;
}

ConnectionCard* MainWindow::addPlatformCard(const PlatformRecord& record, bool credentialsSaved)
{
    auto* card = new ConnectionCard(record.id);
    card->setPlatform(record.name, QStringLiteral(":/icons/platforms/") + record.icon);
    const ConnectionState state = credentialsSaved ? ConnectionState::Ready : ConnectionState::NotSetUp;
    card->setStatus(stateLabel(state), StatePresentation::tone(state));
    card->setActions(StatePresentation::actions(state));
    if (credentialsSaved)
        card->setDetail(tr("App credentials saved"));
    else
        card->setAccountName(QString());
    card->setScopes(record.defaultScopes(), scopeDescriptions(record));
    connect(card, &ConnectionCard::actionRequested, this, &MainWindow::cardActionRequested);
    m_cardGrid->addCard(card);
    return card;
}

ConnectionCard* MainWindow::addConnectionCard(const PlatformRecord& record, const Connection& connection)
{
    auto* card = new ConnectionCard(connection.id());
    card->setPlatform(record.name, QStringLiteral(":/icons/platforms/") + record.icon);
    card->setStatus(stateLabel(connection.state), StatePresentation::tone(connection.state));
    card->setActions(StatePresentation::actions(connection.state));
    card->setAccountName(connection.accountName);
    card->setScopes(connection.grantedScopes, scopeDescriptions(record));
    // Refreshing arrives with the token lifecycle; until then say only when it expires.
    card->setTimes(connection.expiresAt, false, connection.lastChecked);
    card->setProblem(connection.lastErrorMessage);
    connect(card, &ConnectionCard::actionRequested, this, &MainWindow::cardActionRequested);
    m_cardGrid->addCard(card);
    return card;
}

void MainWindow::setCredentialsSaved(const QString& platformId, const QString& clientIdHint)
{
    ConnectionCard* card = m_cardGrid->card(platformId);
    if (!card)
        return;
    card->setStatus(stateLabel(ConnectionState::Ready), StatePresentation::tone(ConnectionState::Ready));
    card->setProblem(QString());
    card->setDetail(clientIdHint.isEmpty() ? tr("App credentials saved")
                                           : tr("App credentials saved (client ID %1)").arg(clientIdHint));
    card->setActions(StatePresentation::actions(ConnectionState::Ready));
}

void MainWindow::setConnecting(const QString& platformId, int secondsLeft)
{
    ConnectionCard* card = m_cardGrid->card(platformId);
    if (!card)
        return;
    card->setStatus(stateLabel(ConnectionState::Connecting),
                    StatePresentation::tone(ConnectionState::Connecting));
    card->setActions(StatePresentation::actions(ConnectionState::Connecting));
    card->setProblem(QString());
    card->setCountdown(secondsLeft);
}

void MainWindow::setCardProblem(const QString& cardId, const QString& message)
{
    if (ConnectionCard* card = m_cardGrid->card(cardId))
        card->setProblem(message);
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

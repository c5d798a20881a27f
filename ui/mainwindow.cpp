#include "ui/mainwindow.h"

#include "core/applicationinfo.h"
#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/cardboard.h"
#include "ui/cardgrid.h"
#include "ui/connectioncard.h"
#include "ui/grantsdialog.h"
#include "ui/registrationhelp.h"
#include "ui/statusmessages.h"
#include "ui/welcomepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

const QString kCardViewKey = QStringLiteral("ui/cardView");
const QString kListView = QStringLiteral("list");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(ApplicationInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/app/plugboard.svg")));
    // The default size, or the screen's when that is smaller (800×600):
    // a window wider than the screen cuts its own cards off.
    const QSize preferred(880, 620);
    const QScreen* screen = QGuiApplication::primaryScreen();
    resize(screen ? preferred.boundedTo(screen->availableSize()) : preferred);

    createActions();
    createMenus();

    auto* central = new QWidget(this);
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    // The welcome panel and the empty-state page are made when first shown:
    // a window with connections never shows either, and each costs its
    // first frame a rich-text layout or an icon rendering.
    m_contentStack = new QStackedWidget(central);
    m_contentStack->setObjectName(QStringLiteral("contentStackedWidget"));
    m_board = new CardBoard(m_activityAction, m_addProviderAction, this);
    m_contentStack->addWidget(m_board);
    m_centralLayout->addWidget(m_contentStack);
    connect(m_board, &CardBoard::cardActionRequested, this, &MainWindow::cardActionRequested);
    connect(m_board, &CardBoard::revokeGrantRequested, this, &MainWindow::revokeGrantRequested);
    connect(m_board, &CardBoard::activityRequested, this, &MainWindow::activityRequested);
    setCentralWidget(central);

    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    m_status = new StatusMessages(statusBar());

    // The view choice is the person's, kept across runs in the one settings file.
    const QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    const bool listView = settings.value(kCardViewKey).toString() == kListView;
    (listView ? m_listViewAction : m_gridViewAction)->setChecked(true);
    m_board->setListMode(listView);
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

    m_addProviderAction = new QAction(tr("Add &custom provider…"), this);
    m_addProviderAction->setObjectName(QStringLiteral("addCustomProviderAction"));
    m_addProviderAction->setToolTip(tr("Add an OAuth or OpenID Connect server by its issuer URL"));
    connect(m_addProviderAction, &QAction::triggered, this, &MainWindow::addCustomProviderRequested);

    m_addServerAction = new QAction(tr("Add self-hosted &server…"), this);
    m_addServerAction->setObjectName(QStringLiteral("addServerAction"));
    m_addServerAction->setToolTip(tr("Add your GitLab, Gitea or Forgejo, Keycloak or Mastodon server"));
    connect(m_addServerAction, &QAction::triggered, this, &MainWindow::addServerRequested);

    createStorageActions();

    m_filterAction = new QAction(tr("&Filter…"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] { m_board->focusFilter(); });

    auto* viewGroup = new QActionGroup(this);
    m_gridViewAction = new QAction(tr("As a &grid"), viewGroup);
    m_gridViewAction->setObjectName(QStringLiteral("gridViewAction"));
    m_gridViewAction->setCheckable(true);
    m_listViewAction = new QAction(tr("As a &list"), viewGroup);
    m_listViewAction->setObjectName(QStringLiteral("listViewAction"));
    m_listViewAction->setCheckable(true);
    connect(m_listViewAction, &QAction::toggled, this, &MainWindow::setListView);

    m_appAccessAction = new QAction(tr("App &access…"), this);
    m_appAccessAction->setObjectName(QStringLiteral("appAccessAction"));
    m_appAccessAction->setToolTip(tr("Which apps may use your connections, and revoking their access"));
    connect(m_appAccessAction, &QAction::triggered, this, &MainWindow::appAccessRequested);

    m_activityAction = new QAction(tr("Ac&tivity…"), this);
    m_activityAction->setObjectName(QStringLiteral("activityAction"));
    m_activityAction->setToolTip(
        tr("What happened to your secrets: sign-ins, renewals, tokens handed out and who took them"));
    connect(m_activityAction, &QAction::triggered, this, [this] { Q_EMIT activityRequested(QString()); });
}

void MainWindow::createStorageActions()
{
    m_secretStorageAction = new QAction(tr("Keep secrets in an encrypted &vault…"), this);
    m_secretStorageAction->setObjectName(QStringLiteral("secretStorageAction"));
    m_secretStorageAction->setToolTip(
        tr("For a computer without a keyring: every token and secret in one file, locked by a passphrase"));
    connect(m_secretStorageAction, &QAction::triggered, this, &MainWindow::secretStorageRequested);

    m_exportBackupAction = new QAction(tr("&Export backup…"), this);
    m_exportBackupAction->setObjectName(QStringLiteral("exportBackupAction"));
    m_exportBackupAction->setToolTip(tr(
        "Save providers, credentials, connections and settings in one encrypted file, for another computer"));
    connect(m_exportBackupAction, &QAction::triggered, this, &MainWindow::exportBackupRequested);
    m_importBackupAction = new QAction(tr("&Import backup…"), this);
    m_importBackupAction->setObjectName(QStringLiteral("importBackupAction"));
    m_importBackupAction->setToolTip(tr("Restore what an encrypted backup holds"));
    connect(m_importBackupAction, &QAction::triggered, this, &MainWindow::importBackupRequested);

    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // QKeySequence::Preferences is bound on macOS only; elsewhere Ctrl+, is
    // the convention GNOME apps and editors share.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma);
    if (!settingsKeys.contains(ctrlComma))
        settingsKeys.append(ctrlComma);
    m_settingsAction->setShortcuts(settingsKeys);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("Starting with your session, notifications, where secrets are kept"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
}

void MainWindow::setListView(bool listView)
{
    m_board->setListMode(listView);
    QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    settings.setValue(kCardViewKey, listView ? kListView : QStringLiteral("grid"));
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_addServerAction);
    fileMenu->addAction(m_addProviderAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_secretStorageAction);
    fileMenu->addAction(m_exportBackupAction);
    fileMenu->addAction(m_importBackupAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_filterAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_gridViewAction);
    viewMenu->addAction(m_listViewAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_appAccessAction);
    viewMenu->addAction(m_activityAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* why = helpMenu->addAction(tr("&Why do I need to register an app?"));
    why->setObjectName(QStringLiteral("registrationHelpAction"));
    connect(why, &QAction::triggered, this, [this] { RegistrationHelp::show(this); });
    QAction* diagnose = helpMenu->addAction(tr("&Diagnose problems…"));
    diagnose->setObjectName(QStringLiteral("diagnoseAction"));
    connect(diagnose, &QAction::triggered, this, &MainWindow::diagnoseRequested);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

WelcomePanel* MainWindow::welcomePanel()
{
    if (m_welcome)
        return m_welcome;
    m_welcome = new WelcomePanel(centralWidget());
    connect(m_welcome, &WelcomePanel::setUpRequested, this, [this](const QString& platformId) {
        Q_EMIT cardActionRequested(platformId, ConnectionCard::Action::SetUpCredentials);
    });
    connect(m_welcome, &WelcomePanel::addCustomProviderRequested, this,
            &MainWindow::addCustomProviderRequested);
    connect(m_welcome, &WelcomePanel::registrationHelpRequested, this,
            [this] { RegistrationHelp::show(this); });
    m_centralLayout->insertWidget(0, m_welcome);
    return m_welcome;
}

QWidget* MainWindow::emptyState()
{
    if (m_emptyState)
        return m_emptyState;
    auto* page = new QWidget(this);
    m_emptyState = page;
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
    m_contentStack->addWidget(page);
    return page;
}

void MainWindow::setPlatforms(const QList<PlatformRecord>& platforms)
{
    showConnections(platforms, {}, {});
}

void MainWindow::showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                                 const QSet<QString>& platformsWithCredentials)
{
    m_board->showConnections(platforms, connections, platformsWithCredentials);
    // Until something is connected, say what Plugboard is for and where to start.
    QMap<QString, QString> names;
    for (const PlatformRecord& record : platforms)
        names.insert(record.id, record.name);
    const bool welcome = connections.isEmpty() && !platforms.isEmpty();
    if (welcome || m_welcome) {
        welcomePanel()->setPlatforms(names);
        m_welcome->setVisible(welcome);
    }
    m_contentStack->setCurrentWidget(platforms.isEmpty() ? emptyState() : m_board);
    m_status->setSummary(tr("%n platform(s) available", nullptr, int(platforms.size())));
    if (m_grantsDialog && m_grantsDialog->isVisible())
        m_grantsDialog->setGrants(GrantPresentation::entries(platforms, connections));
}

void MainWindow::showAppAccess(const QList<GrantEntry>& grants)
{
    if (!m_grantsDialog) {
        m_grantsDialog = new GrantsDialog(this);
        connect(m_grantsDialog, &GrantsDialog::revokeRequested, this, &MainWindow::revokeGrantRequested);
    }
    m_grantsDialog->setGrants(grants);
    m_grantsDialog->show();
    m_grantsDialog->raise();
    m_grantsDialog->activateWindow();
}

ConnectionCard* MainWindow::card(const QString& cardId) const
{
    return m_board->card(cardId);
}

CardGrid* MainWindow::cardGrid() const
{
    return m_board->mainGrid();
}

void MainWindow::revealCard(const QString& cardId)
{
    m_board->reveal(cardId);
}

void MainWindow::setRecentActivity(const QMap<QString, QList<AuditEntry>>& recent)
{
    m_board->setRecentActivity(recent);
}

void MainWindow::setCredentialsSaved(const QString& platformId, const QString& clientIdHint)
{
    m_board->setCredentialsSaved(platformId, clientIdHint);
}

void MainWindow::setConnecting(const QString& cardId, int secondsLeft)
{
    m_board->setConnecting(cardId, secondsLeft);
}

void MainWindow::setCardProblem(const QString& cardId, const QString& message)
{
    m_board->setCardProblem(cardId, message);
}

void MainWindow::showStatus(const QString& message)
{
    m_status->show(message);
}

StatusMessages* MainWindow::statusMessages() const
{
    return m_status;
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

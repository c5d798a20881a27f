#include "ui/mainwindow.h"

#include "core/applicationinfo.h"
#include "core/catalog/platformrecord.h"
#include "core/connectionstate.h"
#include "core/lifecycle/staterules.h"
#include "core/storage/connection.h"
#include "ui/cardboard.h"
#include "ui/cardfacts.h"
#include "ui/cardgrid.h"
#include "ui/collapsiblesection.h"
#include "ui/connectioncard.h"
#include "ui/registrationhelp.h"
#include "ui/statepresentation.h"
#include "ui/statusmessages.h"
#include "ui/visualtaborder.h"
#include "ui/welcomepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace Plugboard {

namespace {

const QString kCardViewKey = QStringLiteral("ui/cardView");
const QString kListView = QStringLiteral("list");
/// A little more than the window shows at its default size (two columns,
/// three rows): built before the window first shows.
constexpr qsizetype kFirstScreenCards = 8;

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
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_welcome = new WelcomePanel(central);
    m_welcome->hide();
    connect(m_welcome, &WelcomePanel::setUpRequested, this, [this](const QString& platformId) {
        Q_EMIT cardActionRequested(platformId, ConnectionCard::Action::SetUpCredentials);
    });
    connect(m_welcome, &WelcomePanel::addCustomProviderRequested, this,
            &MainWindow::addCustomProviderRequested);
    connect(m_welcome, &WelcomePanel::registrationHelpRequested, this,
            [this] { RegistrationHelp::show(this); });
    centralLayout->addWidget(m_welcome);
    m_contentStack = new QStackedWidget(central);
    m_contentStack->setObjectName(QStringLiteral("contentStackedWidget"));
    m_contentStack->addWidget(createEmptyState());
    m_board = new CardBoard(m_addProviderAction, this);
    m_contentStack->addWidget(m_board);
    centralLayout->addWidget(m_contentStack);
    setCentralWidget(central);
    // Expanding "More platforms" brings cards into the Tab chain.
    for (CollapsibleSection* section : m_board->findChildren<CollapsibleSection*>())
        connect(section, &CollapsibleSection::expandedByUser, this, &MainWindow::scheduleTabOrder);

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
    fileMenu->addAction(m_addProviderAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_filterAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_gridViewAction);
    viewMenu->addAction(m_listViewAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* why = helpMenu->addAction(tr("&Why do I need to register an app?"));
    why->setObjectName(QStringLiteral("registrationHelpAction"));
    connect(why, &QAction::triggered, this, [this] { RegistrationHelp::show(this); });
    helpMenu->addSeparator();
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
    rememberCards();
    m_board->clear();
    m_laterCards.clear();
    QList<PendingCard> pending;
    QSet<QString> withAccount;
    for (const PlatformRecord& record : platforms) {
        for (const Connection& connection : connections) {
            if (connection.platformId == record.id) {
                pending.append({ &record, connection, true });
                withAccount.insert(record.id);
            }
        }
    }
    for (const PlatformRecord& record : platforms) {
        if (!withAccount.contains(record.id))
            pending.append({ &record, std::nullopt, platformsWithCredentials.contains(record.id) });
    }
    m_board->setMoreExpandedByDefault(connections.isEmpty());
    // Until something is connected, say what Plugboard is for and where to start.
    QMap<QString, QString> names;
    for (const PlatformRecord& record : platforms)
        names.insert(record.id, record.name);
    m_welcome->setPlatforms(names);
    m_welcome->setVisible(connections.isEmpty() && !platforms.isEmpty());
    m_contentStack->setCurrentWidget(platforms.isEmpty() ? m_contentStack->widget(0) : m_board);
    m_status->setSummary(tr("%n platform(s) available", nullptr, int(platforms.size())));

    // Before the window first shows, create the cards the user sees first
    // and the rest right after the first paint: with many accounts, building
    // and laying out every card is what keeps the window from appearing.
    // Later updates (the window is up) replace every card at once.
    const bool firstShow = !isVisible() && pending.size() > kFirstScreenCards;
    if (firstShow) {
        std::stable_sort(pending.begin(), pending.end(), [this](const PendingCard& a, const PendingCard& b) {
            return m_board->order().lessThan(factsOf(a), factsOf(b));
        });
    }
    const qsizetype now = firstShow ? kFirstScreenCards : pending.size();
    addCards(pending.mid(0, now));
    // The records live in the caller's list: keep copies for later.
    m_laterCards.clear();
    for (const PendingCard& card : pending.mid(now))
        m_laterCards.append({ *card.record, card });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The window exists now; its first expose paints it synchronously, so
    // cards built after that expose come after the first frame.
    if (!m_laterCards.isEmpty() && windowHandle())
        windowHandle()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::addLaterCards);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::addLaterCards()
{
    QList<PendingCard> rest;
    for (const auto& [record, card] : std::as_const(m_laterCards))
        rest.append({ &record, card.connection, card.credentialsSaved });
    addCards(rest);
    m_laterCards.clear();
}

CardFacts MainWindow::factsOf(const PendingCard& card)
{
    const ConnectionState state = card.connection ? card.connection->state
        : card.credentialsSaved                   ? ConnectionState::Ready
                                                  : ConnectionState::NotSetUp;
    CardFacts facts;
    facts.cardId = card.connection ? card.connection->id() : card.record->id;
    facts.platformName = card.record->name;
    facts.accountName = card.connection ? card.connection->accountName : QString();
    facts.stateLabel = stateLabel(state);
    facts.tone = StatePresentation::tone(state);
    facts.expiresAt = card.connection ? card.connection->expiresAt : QDateTime();
    return facts;
}

void MainWindow::addCards(const QList<PendingCard>& cards)
{
    for (const PendingCard& card : cards) {
        ConnectionCard* added = card.connection ? addConnectionCard(*card.record, *card.connection)
                                                : addPlatformCard(*card.record, card.credentialsSaved);
        restoreCard(added);
    }
    m_board->arrange();
    scheduleTabOrder();
}

void MainWindow::rememberCards()
{
    // Rebuilding the cards (a renewal, a change from the command line) must
    // not close what the person opened or take the keyboard focus away.
    m_memory = {};
    for (ConnectionCard* card : findChildren<ConnectionCard*>(QStringLiteral("connectionCardFrame"))) {
        if (card->showsScopeDetails())
            m_memory.detailsOpen.insert(card->cardId());
    }
    QWidget* focused = QApplication::focusWidget();
    for (QWidget* w = focused; w; w = w->parentWidget()) {
        if (auto* card = qobject_cast<ConnectionCard*>(w)) {
            m_memory.focusedCard = card->cardId();
            m_memory.focusedChild = focused->objectName();
            break;
        }
    }
}

void MainWindow::restoreCard(ConnectionCard* card)
{
    if (m_memory.detailsOpen.contains(card->cardId()))
        card->setShowsScopeDetails(true);
    // The focused card may now be an account's card (after Connect) whose
    // id starts with the platform's.
    const bool same = card->cardId() == m_memory.focusedCard
        || (!m_memory.focusedCard.contains(QLatin1Char('/'))
            && card->cardId().startsWith(m_memory.focusedCard + QLatin1Char('/')));
    if (!same || m_memory.focusedCard.isEmpty())
        return;
    QWidget* target = card->findChild<QWidget*>(m_memory.focusedChild);
    if (!target || !target->isVisibleTo(card)) {
        // The button pressed is gone (Connect became Disconnect): the card's
        // first visible button takes the focus.
        target = nullptr;
        for (QPushButton* button : card->findChildren<QPushButton*>()) {
            if (button->isVisibleTo(card)) {
                target = button;
                break;
            }
        }
    }
    if (target)
        QTimer::singleShot(0, target, [target] { target->setFocus(Qt::OtherFocusReason); });
    m_memory.focusedCard.clear();
}

void MainWindow::scheduleTabOrder()
{
    // Once the cards are laid out (positions decide the order), and once
    // however many changes came in this turn of the event loop.
    if (m_tabOrderPending)
        return;
    m_tabOrderPending = true;
    QTimer::singleShot(0, this, [this] {
        m_tabOrderPending = false;
        VisualTabOrder::apply(this);
    });
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
    card->showState({ .state = credentialsSaved ? ConnectionState::Ready : ConnectionState::NotSetUp,
                      .removableProvider = record.custom });
    if (credentialsSaved)
        card->setDetail(tr("App credentials saved"));
    else
        card->setAccountName(QString());
    card->setScopes(record.defaultScopes(), scopeDescriptions(record));
    connect(card, &ConnectionCard::actionRequested, this, &MainWindow::cardActionRequested);
    m_board->addCard(card, credentialsSaved ? CardBoard::Section::Main : CardBoard::Section::More);
    return card;
}

ConnectionCard* MainWindow::addConnectionCard(const PlatformRecord& record, const Connection& connection)
{
    auto* card = new ConnectionCard(connection.id());
    card->setPlatform(record.name, QStringLiteral(":/icons/platforms/") + record.icon);
    card->setAccountName(connection.accountName);
    card->setScopes(connection.grantedScopes, scopeDescriptions(record));
    card->setTimes(connection.expiresAt, connection.refreshable, connection.lastChecked);
    QString problem = connection.lastErrorMessage;
    if (problem.isEmpty() && connection.state == ConnectionState::NeedsReconsent) {
        const QStringList missing
            = StateRules::missingScopes(connection, StateRules::wantedScopes(connection, &record), &record);
        problem = tr("Not granted yet: %1. Reconnect to approve.").arg(missing.join(QStringLiteral(", ")));
    }
    card->showState({ .state = connection.state, .problem = problem });
    connect(card, &ConnectionCard::actionRequested, this, &MainWindow::cardActionRequested);
    m_board->addCard(card, CardBoard::Section::Main);
    return card;
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

void MainWindow::setCredentialsSaved(const QString& platformId, const QString& clientIdHint)
{
    ConnectionCard* card = m_board->card(platformId);
    if (!card)
        return;
    card->showState({ .state = ConnectionState::Ready });
    card->setDetail(clientIdHint.isEmpty() ? tr("App credentials saved")
                                           : tr("App credentials saved (client ID %1)").arg(clientIdHint));
}

void MainWindow::setConnecting(const QString& cardId, int secondsLeft)
{
    ConnectionCard* card = m_board->card(cardId);
    if (!card)
        return;
    card->showState({ .state = ConnectionState::Connecting, .secondsLeft = secondsLeft });
}

void MainWindow::setCardProblem(const QString& cardId, const QString& message)
{
    if (ConnectionCard* found = m_board->card(cardId))
        found->setProblem(message);
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

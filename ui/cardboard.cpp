#include "ui/cardboard.h"

#include "core/connectionstate.h"
#include "core/lifecycle/refreshtokenlifetime.h"
#include "core/lifecycle/staterules.h"
#include "ui/cardgrid.h"
#include "ui/cardscrollarea.h"
#include "ui/collapsiblesection.h"
#include "ui/connectioncard.h"
#include "ui/connectiontable.h"
#include "ui/problemtext.h"
#include "ui/statepresentation.h"
#include "ui/visualtaborder.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <utility>

namespace Plugboard {

namespace {

/// A little more than the window shows at its default size (two columns,
/// three rows): built before the window first shows.
constexpr qsizetype kFirstScreenCards = 8;

QMap<QString, QString> scopeDescriptions(const PlatformRecord& record)
{
    QMap<QString, QString> descriptions;
    for (const ScopeInfo& scope : record.scopes)
        descriptions.insert(scope.name, scope.description);
    return descriptions;
}

/// The sign-in works today, but its platform will end it on a date
/// (RefreshTokenLifetime): said while there is time to act, empty before.
QString refreshTokenWarning(const PlatformRecord& record, const Connection& connection)
{
    const RefreshTokenLifetime end = RefreshTokenLifetime::of(connection, &record);
    if (!end.warnsAt(QDateTime::currentDateTimeUtc()))
        return {};
    const QString date = QLocale().toString(end.endsAt.toLocalTime().date(), QLocale::LongFormat);
    QString warning = end.limit == RefreshTokenLifetime::Limit::Lifetime
        ? CardBoard::tr("%1 will end this sign-in on %2. Reconnect before then.").arg(record.name, date)
        : CardBoard::tr(
              "%1 ends sign-ins unused for %2 days: this one on %3. Use it or check it before then.")
              .arg(record.name)
              .arg(record.refreshToken.idleDays)
              .arg(date);
    if (!record.refreshToken.note.isEmpty())
        warning += QLatin1Char(' ') + record.refreshToken.note;
    return warning;
}

} // namespace

CardBoard::CardBoard(QAction* activityAction, QAction* addProviderAction, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardBoardWidget"));
    QWidget* filterRow = createFilterRow(activityAction, addProviderAction);

    m_mainGrid = new CardGrid;
    m_noMatch = new QLabel;
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();
    m_moreGrid = new CardGrid;
    m_moreGrid->setObjectName(QStringLiteral("moreCardGridWidget"));
    m_moreSection = new CollapsibleSection(m_moreGrid);
    m_moreSection->setObjectName(QStringLiteral("morePlatformsSection"));
    m_moreSection->header()->setObjectName(QStringLiteral("morePlatformsToolButton"));
    connect(m_moreSection, &CollapsibleSection::expandedByUser, this, [this](bool expanded) {
        m_userChoseMore = true;
        m_moreExpanded = expanded;
    });
    // Expanding "More platforms" brings cards into the Tab chain.
    connect(m_moreSection, &CollapsibleSection::expandedByUser, this, &CardBoard::scheduleTabOrder);

    m_scrollArea = new CardScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("cardScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setParts(m_mainGrid, { m_noMatch, m_moreSection });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(filterRow);
    layout->addWidget(m_scrollArea, 1);
    // The list view's table is made when the list is first chosen.
}

ConnectionTable* CardBoard::table()
{
    if (!m_table) {
        m_table = new ConnectionTable(this);
        m_table->hide();
        static_cast<QVBoxLayout*>(layout())->addWidget(m_table, 1);
    }
    return m_table;
}

CardBoard::~CardBoard() = default;

QWidget* CardBoard::createFilterRow(QAction* activityAction, QAction* addProviderAction)
{
    auto* row = new QWidget(this);
    m_filterEdit = new QLineEdit(row);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by platform, account or state (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter connections"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter.setText(text);
        arrange();
    });
    // Esc in the filter box empties it, as in a browser's find bar.
    auto* clear
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_filterEdit, &QLineEdit::clear);

    m_sortCombo = new QComboBox(row);
    m_sortCombo->setObjectName(QStringLiteral("sortComboBox"));
    m_sortCombo->setAccessibleName(tr("Sort connections"));
    m_sortCombo->addItem(tr("Needs attention first"), int(CardOrder::Sort::NeedsAttention));
    m_sortCombo->addItem(tr("Name"), int(CardOrder::Sort::Name));
    m_sortCombo->addItem(tr("Expiry"), int(CardOrder::Sort::Expiry));
    connect(m_sortCombo, &QComboBox::currentIndexChanged, this, &CardBoard::onSortChosen);
    auto* sortLabel = new QLabel(tr("&Sort:"), row);
    sortLabel->setBuddy(m_sortCombo);

    const auto actionButton = [row](QAction* action, const QString& objectName) {
        auto* button = new QToolButton(row);
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        return button;
    };
    m_activityButton = actionButton(activityAction, QStringLiteral("activityToolButton"));
    m_addProviderButton = actionButton(addProviderAction, QStringLiteral("addProviderToolButton"));

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(16, 12, 16, 4);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sortCombo);
    layout->addWidget(m_activityButton);
    layout->addWidget(m_addProviderButton);
    setTabOrder(m_filterEdit, m_sortCombo);
    setTabOrder(m_sortCombo, m_activityButton);
    setTabOrder(m_activityButton, m_addProviderButton);
    return row;
}

void CardBoard::showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                                const QSet<QString>& platformsWithCredentials)
{
    m_memory.remember(this);
    clear();
    m_laterCards.clear();
    m_laterRecords.clear();
    QList<PendingCard> pending = pendingCards(platforms, connections, platformsWithCredentials);
    setMoreExpandedByDefault(connections.isEmpty());

    // Before the window first shows, create the cards the user sees first
    // and the rest right after the first paint: with many accounts, building
    // and laying out every card is what keeps the window from appearing.
    // Later updates (the window is up) replace every card at once.
    const bool firstShow = !window()->isVisible() && pending.size() > kFirstScreenCards;
    if (firstShow)
        pending = inOrder(pending);
    const qsizetype now = firstShow ? kFirstScreenCards : pending.size();
    addCards(pending.mid(0, now));
    // The records live in the caller's list: sharing it (no copy) keeps
    // them where the later cards point, whatever the caller does with it.
    m_laterRecords = platforms;
    m_laterCards = pending.mid(now);
}

QList<CardBoard::PendingCard> CardBoard::inOrder(const QList<PendingCard>& pending) const
{
    // The facts once per card, not once per comparison: with 500 accounts
    // that is 500 instead of some 9,000, before the first frame.
    QList<std::pair<CardFacts, qsizetype>> keyed;
    keyed.reserve(pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i)
        keyed.append({ factsOf(pending.at(i)), i });
    std::stable_sort(keyed.begin(), keyed.end(),
                     [this](const auto& a, const auto& b) { return m_order.lessThan(a.first, b.first); });
    QList<PendingCard> sorted;
    sorted.reserve(pending.size());
    for (const auto& [facts, index] : std::as_const(keyed))
        sorted.append(pending.at(index));
    return sorted;
}

QList<CardBoard::PendingCard> CardBoard::pendingCards(const QList<PlatformRecord>& platforms,
                                                      const QList<Connection>& connections,
                                                      const QSet<QString>& platformsWithCredentials)
{
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
    return pending;
}

void CardBoard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The window exists now; its first expose paints it synchronously, so
    // cards built after that expose come after the first frame.
    if (!m_laterCards.isEmpty() && window()->windowHandle())
        window()->windowHandle()->installEventFilter(this);
}

bool CardBoard::eventFilter(QObject* watched, QEvent* event)
{
    QWindow* handle = window()->windowHandle();
    if (watched == handle && event->type() == QEvent::Expose && handle->isExposed()) {
        handle->removeEventFilter(this);
        QTimer::singleShot(0, this, &CardBoard::addLaterCards);
    }
    return QWidget::eventFilter(watched, event);
}

void CardBoard::addLaterCards()
{
    const QList<PendingCard> rest = std::exchange(m_laterCards, {});
    addCards(rest);
    m_laterRecords.clear();
}

CardFacts CardBoard::factsOf(const PendingCard& card)
{
    // What the card will show (ConnectionCard::showState), known before it exists.
    const bool ready = card.credentialsSaved || card.record->authKind == AuthKind::Token;
    const ConnectionState state = card.connection ? card.connection->state
        : ready                                   ? ConnectionState::Ready
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

void CardBoard::addCards(const QList<PendingCard>& cards)
{
    for (const PendingCard& card : cards) {
        ConnectionCard* added = card.connection ? addConnectionCard(*card.record, *card.connection)
                                                : addPlatformCard(*card.record, card.credentialsSaved);
        m_memory.restore(added);
    }
    arrange();
    scheduleTabOrder();
}

ConnectionCard* CardBoard::addPlatformCard(const PlatformRecord& record, bool credentialsSaved)
{
    auto* card = new ConnectionCard(record.id);
    card->setPlatform(record.name, QStringLiteral(":/icons/platforms/") + record.icon);
    const bool apiKey = record.authKind == AuthKind::Token;
    card->showState(
        { .state = credentialsSaved || apiKey ? ConnectionState::Ready : ConnectionState::NotSetUp,
          .removableProvider = record.custom,
          .usesApiKey = apiKey,
          .offersDevice = record.deviceAuthorizationEndpoint.isValid() });
    if (apiKey)
        card->setDetail(tr("Connects with an API key"));
    else if (credentialsSaved)
        card->setDetail(tr("App credentials saved"));
    else
        card->setAccountName(QString());
    card->setScopes(record.defaultScopes(), scopeDescriptions(record));
    connect(card, &ConnectionCard::actionRequested, this, &CardBoard::cardActionRequested);
    addCard(card, credentialsSaved ? Section::Main : Section::More);
    return card;
}

ConnectionCard* CardBoard::addConnectionCard(const PlatformRecord& record, const Connection& connection)
{
    QString problem = ProblemText::shown(connection, record.name);
    if (problem.isEmpty() && connection.state == ConnectionState::NeedsReconsent) {
        const QStringList missing
            = StateRules::missingScopes(connection, StateRules::wantedScopes(connection, &record), &record);
        problem = tr("Not granted yet: %1. Reconnect to approve.").arg(missing.join(QStringLiteral(", ")));
    }
    if (problem.isEmpty())
        problem = refreshTokenWarning(record, connection);
    auto* card = new ConnectionCard(connection.id());
    card->setPlatform(record.name, QStringLiteral(":/icons/platforms/") + record.icon);
    card->showState({ .state = connection.state,
                      .problem = problem,
                      .usesApiKey = record.authKind == AuthKind::Token,
                      .offersDevice = record.deviceAuthorizationEndpoint.isValid() });
    card->setAccountName(connection.accountName);
    card->setScopes(connection.grantedScopes, scopeDescriptions(record));
    card->setTimes(connection.expiresAt, connection.refreshable, connection.lastChecked);
    card->setGrants(connection.grants);
    card->setRecentActivity(m_recentActivity.value(connection.id()));
    connect(card, &ConnectionCard::actionRequested, this, &CardBoard::cardActionRequested);
    connect(card, &ConnectionCard::revokeGrantRequested, this, &CardBoard::revokeGrantRequested);
    connect(card, &ConnectionCard::activityRequested, this, &CardBoard::activityRequested);
    addCard(card, Section::Main);
    return card;
}

void CardBoard::scheduleTabOrder()
{
    // Once the cards are laid out (positions decide the order), and once
    // however many changes came in this turn of the event loop. The whole
    // window's order: the cards come after what sits above the board.
    if (m_tabOrderPending)
        return;
    m_tabOrderPending = true;
    QTimer::singleShot(0, this, [this] {
        m_tabOrderPending = false;
        VisualTabOrder::apply(window());
    });
}

void CardBoard::setConnecting(const QString& cardId, int secondsLeft)
{
    if (ConnectionCard* found = card(cardId))
        found->showState({ .state = ConnectionState::Connecting, .secondsLeft = secondsLeft });
}

void CardBoard::setCardProblem(const QString& cardId, const QString& message)
{
    if (ConnectionCard* found = card(cardId))
        found->setProblem(message);
}

void CardBoard::setCredentialsSaved(const QString& platformId, const QString& clientIdHint)
{
    ConnectionCard* found = card(platformId);
    if (!found)
        return;
    CardState state = found->shownState(); // keeps "Remove provider…" of a custom provider
    state.state = ConnectionState::Ready;
    state.problem.clear();
    state.secondsLeft = -1;
    found->showState(state);
    found->setDetail(clientIdHint.isEmpty() ? tr("App credentials saved")
                                            : tr("App credentials saved (client ID %1)").arg(clientIdHint));
}

void CardBoard::setRecentActivity(const QMap<QString, QList<AuditEntry>>& recent)
{
    m_recentActivity = recent;
    for (ConnectionCard* shown : m_mainGrid->cards()) {
        if (shown->cardId().contains(QLatin1Char('/'))) // an account's card
            shown->setRecentActivity(recent.value(shown->cardId()));
    }
    scheduleTabOrder(); // a card's new section takes its place in the Tab chain
}

void CardBoard::clear()
{
    m_mainGrid->clear();
    m_moreGrid->clear();
}

void CardBoard::addCard(ConnectionCard* card, Section section)
{
    (section == Section::Main ? m_mainGrid : m_moreGrid)->addCard(card);
}

ConnectionCard* CardBoard::card(const QString& cardId) const
{
    if (ConnectionCard* found = m_mainGrid->card(cardId))
        return found;
    return m_moreGrid->card(cardId);
}

QStringList CardBoard::arrangeGrid(CardGrid* grid) const
{
    QList<CardFacts> shown;
    for (const ConnectionCard* card : grid->cards()) {
        CardFacts facts = card->facts();
        if (m_filter.matches(facts))
            shown.append(std::move(facts));
    }
    m_order.apply(shown);
    QStringList ids;
    ids.reserve(shown.size());
    for (const CardFacts& facts : std::as_const(shown))
        ids.append(facts.cardId);
    grid->arrange(ids);
    return ids;
}

void CardBoard::arrange()
{
    const QStringList mainIds = arrangeGrid(m_mainGrid);
    const QStringList moreIds = arrangeGrid(m_moreGrid);
    const qsizetype mainCount = mainIds.size();
    const qsizetype moreCount = moreIds.size();
    if (m_listMode) {
        // The list shows what the grids would, filtered and in order.
        QList<ConnectionCard*> rows;
        for (const QString& id : mainIds + moreIds)
            rows.append(card(id));
        table()->setCards(rows);
    }

    m_moreSection->setTitle(tr("More platforms (%1)").arg(moreCount));
    m_moreSection->setVisible(moreCount > 0);
    // While filtering, matches must not hide in a closed section.
    m_moreSection->setExpanded(m_filter.isActive() ? moreCount > 0 : m_moreExpanded);
    m_noMatch->setText(tr("No connection matches '%1'").arg(m_filter.text().trimmed()));
    m_noMatch->setVisible(m_filter.isActive() && mainCount + moreCount == 0);

    // Keyboard order follows what is on screen: accounts, then the section.
    if (!m_mainGrid->shownCards().isEmpty())
        setTabOrder(m_mainGrid->shownCards().constLast(), m_moreSection->header());
}

void CardBoard::onSortChosen()
{
    m_order.setSort(CardOrder::Sort(m_sortCombo->currentData().toInt()));
    arrange();
}

void CardBoard::setListMode(bool listMode)
{
    m_listMode = listMode;
    m_scrollArea->setVisible(!listMode);
    if (listMode || m_table)
        table()->setVisible(listMode);
    arrange();
}

void CardBoard::setMoreExpandedByDefault(bool expanded)
{
    if (m_userChoseMore)
        return;
    m_moreExpanded = expanded;
    arrange();
}

void CardBoard::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void CardBoard::reveal(const QString& cardId)
{
    ConnectionCard* target = card(cardId);
    if (!target)
        return;
    if (!m_filter.matches(target->facts()))
        m_filterEdit->clear(); // arranges again
    if (m_moreGrid->card(cardId)) {
        m_moreExpanded = true;
        arrange();
    }
    // The layout places the card on the next pass; scroll once it has.
    QTimer::singleShot(0, target, [this, target] { m_scrollArea->ensureWidgetVisible(target); });
}

} // namespace Plugboard

#include "ui/connectiontable.h"

#include "ui/relativetime.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QPointer>

namespace Plugboard {

namespace {

constexpr int kCardIdRole = Qt::UserRole;
constexpr int kSortRole = Qt::UserRole + 1;

/// Sorts by each column's sort key (expiry as a time, state by urgency),
/// not by the text shown.
class Row final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        return data(column, kSortRole).toString() < other.data(column, kSortRole).toString();
    }
};

/// The action that moves a card forward, for Enter and double click; never
/// one that removes or revokes something.
std::optional<ConnectionCard::Action> primaryAction(ConnectionCard::Actions actions)
{
    for (const ConnectionCard::Action action :
         { ConnectionCard::Action::SetUpCredentials, ConnectionCard::Action::Connect,
           ConnectionCard::Action::Reconnect, ConnectionCard::Action::CheckNow }) {
        if (actions.testFlag(action))
            return action;
    }
    return std::nullopt;
}

} // namespace

ConnectionTable::ConnectionTable(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("connectionTableTreeWidget"));
    setAccessibleName(tr("Connections"));
    setHeaderLabels({ tr("Platform"), tr("Account"), tr("State"), tr("Expires") });
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setIconSize(QSize(20, 20));
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(AccountColumn, QHeaderView::Stretch);
    // In the board's order (attention first) until a header is clicked,
    // then sorted by that column.
    header()->setSortIndicatorShown(true);
    header()->setSectionsClickable(true);
    connect(header(), &QHeaderView::sectionClicked, this, [this] {
        if (!isSortingEnabled())
            setSortingEnabled(true);
    });
    connect(this, &QWidget::customContextMenuRequested, this, &ConnectionTable::showActions);
    connect(this, &QTreeWidget::itemActivated, this, &ConnectionTable::runPrimaryAction);
}

ConnectionTable::~ConnectionTable() = default;

void ConnectionTable::setCards(const QList<ConnectionCard*>& cards)
{
    const QString current = currentItem() ? currentItem()->data(0, kCardIdRole).toString() : QString();
    // Rows go in unsorted, then sort once. (Turning sorting off also makes
    // the headers unclickable, so only when it was on.)
    const bool sorted = isSortingEnabled();
    if (sorted)
        setSortingEnabled(false);
    clear();
    m_cards = cards;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int position = 0;
    for (ConnectionCard* card : cards) {
        const CardFacts facts = card->facts();
        auto* row = new Row(this);
        row->setData(0, kCardIdRole, facts.cardId);
        row->setText(PlatformColumn, facts.platformName);
        row->setIcon(PlatformColumn, QIcon(card->platformIcon()));
        row->setText(AccountColumn, facts.accountName);
        row->setText(StateColumn, facts.stateLabel);
        row->setText(ExpiresColumn,
                     facts.expiresAt.isValid() ? RelativeTime::describe(facts.expiresAt, now) : QString());
        row->setToolTip(StateColumn, card->problem());
        // Sort keys; ties keep the board's order (attention first).
        const QString tie = QStringLiteral("%1").arg(position++, 6, 10, QLatin1Char('0'));
        const auto key
            = [&row](Column column, const QString& value) { row->setData(column, kSortRole, value); };
        key(PlatformColumn, facts.platformName.toLower() + facts.accountName.toLower());
        key(AccountColumn, facts.accountName.toLower() + tie);
        // Broken first, then attention, busy, good, neutral (ascending order).
        key(StateColumn, QString::number(int(StatusBadge::Tone::Broken) - int(facts.tone)) + tie);
        key(ExpiresColumn,
            facts.expiresAt.isValid() ? facts.expiresAt.toString(Qt::ISODate) : QStringLiteral("~") + tie);
        if (facts.cardId == current)
            setCurrentItem(row);
    }
    if (sorted)
        setSortingEnabled(true);
}

ConnectionCard* ConnectionTable::cardOf(const QTreeWidgetItem* item) const
{
    if (!item)
        return nullptr;
    const QString id = item->data(0, kCardIdRole).toString();
    for (ConnectionCard* card : m_cards) {
        if (card->cardId() == id)
            return card;
    }
    return nullptr;
}

void ConnectionTable::showActions(const QPoint& position)
{
    ConnectionCard* card = cardOf(itemAt(position));
    if (!card)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("connectionActionsMenu"));
    const QPointer<ConnectionCard> target(card);
    for (const auto& [action, label] : card->actionLabels()) {
        if (!card->actions().testFlag(action))
            continue;
        QAction* entry = menu.addAction(label);
        connect(entry, &QAction::triggered, this, [target, action = action] {
            if (target)
                target->requestAction(action);
        });
    }
    if (!menu.isEmpty())
        menu.exec(viewport()->mapToGlobal(position));
}

void ConnectionTable::runPrimaryAction(QTreeWidgetItem* item)
{
    ConnectionCard* card = cardOf(item);
    if (!card)
        return;
    if (const std::optional<ConnectionCard::Action> action = primaryAction(card->actions()))
        card->requestAction(*action);
}

} // namespace Plugboard

#include "ui/cardboard.h"

#include "ui/cardgrid.h"
#include "ui/collapsiblesection.h"
#include "ui/connectioncard.h"
#include "ui/connectiontable.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Plugboard {

CardBoard::CardBoard(QAction* addProviderAction, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardBoardWidget"));
    QWidget* filterRow = createFilterRow(addProviderAction);

    auto* canvas = new QWidget;
    m_mainGrid = new CardGrid(canvas);
    m_noMatch = new QLabel(canvas);
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();
    m_moreGrid = new CardGrid;
    m_moreGrid->setObjectName(QStringLiteral("moreCardGridWidget"));
    m_moreSection = new CollapsibleSection(m_moreGrid, canvas);
    m_moreSection->setObjectName(QStringLiteral("morePlatformsSection"));
    m_moreSection->header()->setObjectName(QStringLiteral("morePlatformsToolButton"));
    connect(m_moreSection, &CollapsibleSection::expandedByUser, this, [this](bool expanded) {
        m_userChoseMore = true;
        m_moreExpanded = expanded;
    });

    auto* canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(16, 8, 16, 16);
    canvasLayout->setSpacing(16);
    canvasLayout->addWidget(m_mainGrid);
    canvasLayout->addWidget(m_noMatch);
    canvasLayout->addWidget(m_moreSection);
    canvasLayout->addStretch();

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("cardScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(canvas);

    m_table = new ConnectionTable(this);
    m_table->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(filterRow);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(m_table, 1);
}

CardBoard::~CardBoard() = default;

QWidget* CardBoard::createFilterRow(QAction* addProviderAction)
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

    m_addProviderButton = new QToolButton(row);
    m_addProviderButton->setObjectName(QStringLiteral("addProviderToolButton"));
    m_addProviderButton->setDefaultAction(addProviderAction);
    m_addProviderButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addProviderButton->setAccessibleName(addProviderAction->text().remove(QLatin1Char('&')));

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(16, 12, 16, 4);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sortCombo);
    layout->addWidget(m_addProviderButton);
    setTabOrder(m_filterEdit, m_sortCombo);
    setTabOrder(m_sortCombo, m_addProviderButton);
    return row;
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
        m_table->setCards(rows);
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
    m_table->setVisible(listMode);
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

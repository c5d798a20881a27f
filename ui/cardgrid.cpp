#include "ui/cardgrid.h"

#include "ui/connectioncard.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace Plugboard {

CardGrid::CardGrid(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("cardGridWidget"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_grid->setAlignment(Qt::AlignTop);
    // Never taller than its cards need: extra height in a big window goes
    // below the grid, not into the cards (a lone card would fill the screen).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

CardGrid::~CardGrid() = default;

void CardGrid::addCard(ConnectionCard* card)
{
    card->setParent(this);
    m_cards.append(card);
    m_shown.append(card);
    const int index = int(m_shown.size()) - 1;
    const int columns = qMax(1, m_columns);
    m_grid->addWidget(card, index / columns, index % columns);
    // A layout shows a widget added to a visible parent only on the next
    // event loop pass; show it now so the card is complete when we return.
    // Not before the grid is visible: showing lays the card out, and the
    // window's first show does that for every card anyway.
    if (isVisible())
        card->show();
}

void CardGrid::clear()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_shown.clear();
    relayout();
}

ConnectionCard* CardGrid::card(const QString& cardId) const
{
    for (ConnectionCard* card : m_cards) {
        if (card->cardId() == cardId)
            return card;
    }
    return nullptr;
}

void CardGrid::arrange(const QStringList& cardIds)
{
    m_shown.clear();
    for (const QString& id : cardIds) {
        if (ConnectionCard* shown = card(id))
            m_shown.append(shown);
    }
    for (ConnectionCard* each : std::as_const(m_cards)) {
        const bool shown = m_shown.contains(each);
        // Touch only what changes: showing a card costs a layout pass.
        if (!shown && !each->isHidden())
            each->hide();
        else if (shown && (isVisible() || each->testAttribute(Qt::WA_WState_ExplicitShowHide))
                 && each->isHidden())
            each->show();
    }
    relayout();
}

void CardGrid::setListMode(bool listMode)
{
    if (m_listMode == listMode)
        return;
    m_listMode = listMode;
    relayout();
}

int CardGrid::columnCount() const
{
    if (m_listMode)
        return 1;
    return qMax(1, (width() + m_grid->spacing()) / (kCardWidth + m_grid->spacing()));
}

void CardGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (columnCount() != m_columns)
        relayout();
}

void CardGrid::relayout()
{
    m_columns = columnCount();
    for (ConnectionCard* card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (qsizetype i = 0; i < m_shown.size(); ++i)
        m_grid->addWidget(m_shown.at(i), int(i / m_columns), int(i % m_columns));
    for (int column = 0; column < m_columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

} // namespace Plugboard

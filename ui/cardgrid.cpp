#include "cardgrid.h"

#include "connectioncard.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace Plugboard {

CardGrid::CardGrid(QWidget* parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget)
    , m_grid(new QGridLayout(m_canvas))
{
    setObjectName(QStringLiteral("cardGridScrollArea"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_grid->setContentsMargins(16, 16, 16, 16);
    m_grid->setSpacing(12);
    m_grid->setAlignment(Qt::AlignTop);
    setWidget(m_canvas);
}

CardGrid::~CardGrid() = default;

void CardGrid::addCard(ConnectionCard* card)
{
    card->setParent(m_canvas);
    m_cards.append(card);
    relayout();
    // A layout shows a widget added to a visible parent only on the next
    // event loop pass; show it now so the card is complete when we return.
    card->show();
}

void CardGrid::clear()
{
    qDeleteAll(m_cards);
    m_cards.clear();
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

int CardGrid::columnCount() const
{
    const int available = viewport()->width() - 32;
    return qMax(1, available / (kCardWidth + m_grid->spacing()));
}

void CardGrid::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
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
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), int(i / m_columns), int(i % m_columns));
    for (int column = 0; column < m_columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

} // namespace Plugboard

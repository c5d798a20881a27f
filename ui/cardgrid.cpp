#include "ui/cardgrid.h"

#include "ui/connectioncard.h"

#include <QEvent>
#include <QResizeEvent>

namespace Plugboard {

namespace {

int cardHeight(const ConnectionCard* card, int width)
{
    const int height = card->hasHeightForWidth() ? card->heightForWidth(width) : card->sizeHint().height();
    return qMax(height, card->minimumSizeHint().height());
}

} // namespace

CardGrid::CardGrid(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardGridWidget"));
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
    // Shown now so the card is complete when we return. Not before the grid
    // is visible: the window's first show does that for every card anyway.
    if (isVisible())
        card->show();
    m_rowsWidth = -1; // arrange() places it, once for all the cards added
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

int CardGrid::columnsFor(int width) const
{
    if (m_listMode)
        return 1;
    return qMax(1, (width + kSpacing) / (kCardWidth + kSpacing));
}

int CardGrid::columnCount() const
{
    return columnsFor(width());
}

const QList<int>& CardGrid::rowTops(int width) const
{
    if (m_rowsWidth == width)
        return m_rowTops;
    const int columns = columnsFor(width);
    const int cellWidth = qMax(0, (width - kSpacing * (columns - 1)) / columns);
    m_rowTops.clear();
    int top = 0;
    for (qsizetype first = 0; first < m_shown.size(); first += columns) {
        int rowHeight = 0;
        for (qsizetype i = first; i < qMin(first + columns, m_shown.size()); ++i)
            rowHeight = qMax(rowHeight, cardHeight(m_shown.at(i), cellWidth));
        m_rowTops.append(top);
        top += rowHeight + kSpacing;
    }
    m_rowTops.append(m_shown.isEmpty() ? 0 : top - kSpacing);
    m_rowsWidth = width;
    return m_rowTops;
}

int CardGrid::heightForWidth(int width) const
{
    return rowTops(width).constLast();
}

QSize CardGrid::sizeHint() const
{
    return { kCardWidth, heightForWidth(kCardWidth) };
}

QSize CardGrid::minimumSizeHint() const
{
    int width = 0;
    for (const ConnectionCard* card : m_shown)
        width = qMax(width, card->minimumSizeHint().width());
    return { width, 0 };
}

void CardGrid::placeBand(const QRect& whole, const QRect& viewport)
{
    // The band starts at a multiple of kBand above what the viewport sees,
    // so scrolling inside it moves only the grid, not each card.
    const int seenTop = qMax(0, viewport.top() - whole.top());
    const int bandTop = qMin(seenTop / kBand * kBand, qMax(0, whole.height()));
    const int bandHeight = qMin(whole.height() - bandTop, 2 * kBand);
    const bool moved = bandTop != m_bandTop;
    m_bandTop = bandTop;
    setGeometry(whole.x(), whole.top() + bandTop, whole.width(), bandHeight);
    if (moved)
        relayout();
}

bool CardGrid::event(QEvent* event)
{
    // A card's size hint changed (details opened, a problem shown).
    if (event->type() == QEvent::LayoutRequest)
        relayout();
    return QWidget::event(event);
}

void CardGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        relayout();
}

void CardGrid::relayout()
{
    m_rowsWidth = -1;
    const int columns = columnCount();
    const int cellWidth = qMax(0, (width() - kSpacing * (columns - 1)) / columns);
    const QList<int>& tops = rowTops(width());
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        const qsizetype row = i / columns;
        const int x = int(i % columns) * (cellWidth + kSpacing);
        const int height = tops.at(row + 1) - tops.at(row) - (row + 1 < tops.size() - 1 ? kSpacing : 0);
        m_shown.at(i)->setGeometry(x, tops.at(row) - m_bandTop, cellWidth, height);
    }
    updateGeometry();
}

} // namespace Plugboard

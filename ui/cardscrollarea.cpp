#include "ui/cardscrollarea.h"

#include "ui/cardgrid.h"

#include <QEvent>
#include <QScrollBar>

namespace Plugboard {

namespace {

constexpr int kSide = 16; ///< left and right margin of the board
constexpr int kTop = 8;
constexpr int kBottom = 16;
constexpr int kSpacing = 16; ///< between the grid and each part below it
constexpr int kVisibleMargin = 50; ///< around a widget scrolled into view, as QScrollArea

} // namespace

CardScrollArea::CardScrollArea(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    // The window's colour behind the cards, as QScrollArea (not the Base white).
    viewport()->setBackgroundRole(QPalette::NoRole);
    viewport()->installEventFilter(this);
    verticalScrollBar()->setSingleStep(20);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

CardScrollArea::~CardScrollArea() = default;

void CardScrollArea::setParts(CardGrid* grid, const QList<QWidget*>& below)
{
    m_grid = grid;
    m_below = below;
    grid->setParent(viewport());
    for (QWidget* part : below)
        part->setParent(viewport());
    relayout();
}

QSize CardScrollArea::sizeHint() const
{
    return { CardGrid::kCardWidth + 2 * kSide, 400 };
}

int CardScrollArea::heightOf(QWidget* part, int width) const
{
    const int height = part->hasHeightForWidth() ? part->heightForWidth(width) : part->sizeHint().height();
    return qBound(part->minimumSizeHint().height(), height, part->maximumHeight());
}

void CardScrollArea::relayout()
{
    if (!m_grid || m_placing)
        return;
    m_placing = true; // placing the parts makes them ask for another layout
    const int width = qMax(0, viewport()->width() - 2 * kSide);
    const int gridHeight = m_grid->isHidden() ? 0 : m_grid->heightForWidth(width);
    QList<int> heights;
    int total = kTop + gridHeight;
    for (QWidget* part : std::as_const(m_below)) {
        heights.append(part->isHidden() ? 0 : heightOf(part, width));
        if (!part->isHidden())
            total += kSpacing + heights.constLast();
    }
    total += kBottom;
    QScrollBar* bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, qMax(0, total - viewport()->height()));
    const int offset = bar->value();

    m_grid->placeBand(QRect(kSide, kTop - offset, width, gridHeight), viewport()->rect());
    int top = kTop + gridHeight;
    for (qsizetype i = 0; i < m_below.size(); ++i) {
        if (m_below.at(i)->isHidden())
            continue;
        top += kSpacing;
        m_below.at(i)->setGeometry(kSide, top - offset, width, heights.at(i));
        top += heights.at(i);
    }
    m_placing = false;
}

void CardScrollArea::ensureWidgetVisible(QWidget* widget)
{
    if (!widget || !viewport()->isAncestorOf(widget))
        return;
    relayout();
    const QRect at(widget->mapTo(viewport(), QPoint(0, 0)), widget->size());
    const int margin = qMin(kVisibleMargin, qMax(0, (viewport()->height() - at.height()) / 2));
    QScrollBar* bar = verticalScrollBar();
    if (at.top() - margin < 0)
        bar->setValue(bar->value() + at.top() - margin);
    else if (at.bottom() + margin > viewport()->height())
        bar->setValue(bar->value() + qMin(at.top() - margin, at.bottom() + margin - viewport()->height()));
}

bool CardScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // A part changed its size hint, or showed or hid: the board below it moves.
    if (watched == viewport() && event->type() == QEvent::LayoutRequest)
        relayout();
    return QAbstractScrollArea::eventFilter(watched, event);
}

bool CardScrollArea::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::Resize)
        relayout();
    return QAbstractScrollArea::viewportEvent(event);
}

void CardScrollArea::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    relayout();
}

bool CardScrollArea::focusNextPrevChild(bool next)
{
    // As QScrollArea: Tab onto a card out of view scrolls to it.
    if (!QWidget::focusNextPrevChild(next))
        return false;
    if (QWidget* focused = focusWidget())
        ensureWidgetVisible(focused);
    return true;
}

} // namespace Plugboard

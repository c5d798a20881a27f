#pragma once

#include <QAbstractScrollArea>
#include <QList>

namespace Plugboard {

class CardGrid;

/// Scrolls the board: a card grid and the widgets stacked below it, one
/// under the other with the board's margins. Unlike a QScrollArea it never
/// holds them in one widget as tall as the whole board: with a few hundred
/// accounts that widget passes the 32,767 pixels a window system allows
/// and the board goes blank. Each part sits at its place minus the scroll
/// offset instead, and the grid shows only a band of its rows (CardGrid).
class CardScrollArea final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardScrollArea)

public:
    explicit CardScrollArea(QWidget* parent = nullptr);
    ~CardScrollArea() override;

    /// Takes the parts, top to bottom; `grid` comes first.
    void setParts(CardGrid* grid, const QList<QWidget*>& below);
    /// Scrolls so that `widget`, inside the board, is in view with a margin.
    void ensureWidgetVisible(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool focusNextPrevChild(bool next) override;
    QSize sizeHint() const override;

private:
    int heightOf(QWidget* part, int width) const;
    void relayout();

    CardGrid* m_grid = nullptr;
    QList<QWidget*> m_below;
    bool m_placing = false;
};

} // namespace Plugboard

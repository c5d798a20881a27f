#pragma once

#include <QStringList>
#include <QWidget>

namespace Plugboard {

class ConnectionCard;

/// Lays connection cards out in as many columns as fit (or one column in
/// list mode) and shows the ones arrange() names, in that order. Owns the
/// cards. It does not scroll: the board around it does (CardScrollArea),
/// and may show only a band of its rows (placeBand()): no widget can be
/// taller than 32,767 pixels, and a few hundred cards are.
class CardGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGrid)

public:
    static constexpr int kCardWidth = 360;

    explicit CardGrid(QWidget* parent = nullptr);
    ~CardGrid() override;

    /// Takes the card and shows it after the others; arrange() orders them.
    void addCard(ConnectionCard* card);
    void clear();
    QList<ConnectionCard*> cards() const { return m_cards; }
    ConnectionCard* card(const QString& cardId) const;
    bool isEmpty() const { return m_cards.isEmpty(); }

    /// Shows only the cards `cardIds` names, in that order; hides the rest.
    void arrange(const QStringList& cardIds);
    /// The cards arrange() shows, in order.
    QList<ConnectionCard*> shownCards() const { return m_shown; }

    /// One card per row, full width, instead of a grid.
    void setListMode(bool listMode);
    bool isListMode() const { return m_listMode; }
    int columnCount() const;

    bool hasHeightForWidth() const override { return true; }
    /// The height of all the shown cards' rows, however tall.
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Shows the part of the rows that `viewport` sees when the whole grid
    /// would sit at `whole` (both in the parent's coordinates): the grid
    /// becomes a band of at most 2 * kBand pixels around it, and the
    /// cards sit in it where the whole grid would put them.
    void placeBand(const QRect& whole, const QRect& viewport);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int kSpacing = 12;
    static constexpr int kBand = 8192;

    int columnsFor(int width) const;
    /// Where each row starts, and after the last where the grid ends.
    const QList<int>& rowTops(int width) const;
    void relayout();

    QList<ConnectionCard*> m_cards;
    QList<ConnectionCard*> m_shown;
    bool m_listMode = false;
    int m_bandTop = 0; ///< the grid's top, in the whole grid's coordinates
    mutable int m_rowsWidth = -1; ///< what m_rowTops was measured at; -1: measure again
    mutable QList<int> m_rowTops;
};

} // namespace Plugboard

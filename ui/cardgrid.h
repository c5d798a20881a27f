#pragma once

#include <QStringList>
#include <QWidget>

class QGridLayout;

namespace Plugboard {

class ConnectionCard;

/// Lays connection cards out in as many columns as fit (or one column in
/// list mode) and shows the ones arrange() names, in that order. Owns the
/// cards. It does not scroll: the board around it does.
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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    QGridLayout* m_grid = nullptr;
    QList<ConnectionCard*> m_cards;
    QList<ConnectionCard*> m_shown;
    int m_columns = 0;
    bool m_listMode = false;
};

} // namespace Plugboard

#pragma once

#include <QScrollArea>

class QGridLayout;

namespace Plugboard {

class ConnectionCard;

/// Lays connection cards out in as many columns as fit, and keeps them in
/// the order they were added. Owns the cards.
class CardGrid final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGrid)

public:
    static constexpr int kCardWidth = 360;

    explicit CardGrid(QWidget* parent = nullptr);
    ~CardGrid() override;

    void addCard(ConnectionCard* card);
    void clear();
    QList<ConnectionCard*> cards() const { return m_cards; }
    ConnectionCard* card(const QString& cardId) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();
    int columnCount() const;

    QWidget* m_canvas = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<ConnectionCard*> m_cards;
    int m_columns = 0;
};

} // namespace Plugboard

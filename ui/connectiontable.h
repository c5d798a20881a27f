#pragma once

#include "ui/connectioncard.h"

#include <QTreeWidget>

namespace Plugboard {

/// The list view: one line per connection or platform, with columns that
/// sort when their header is clicked (platform, account, state, expiry).
/// It shows the cards' facts and offers the cards' own actions (right
/// click, or Enter/double click for the one that moves things forward), so
/// everything a card can do works from here too, through the card.
class ConnectionTable final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTable)

public:
    enum Column { PlatformColumn, AccountColumn, StateColumn, ExpiresColumn };

    explicit ConnectionTable(QWidget* parent = nullptr);
    ~ConnectionTable() override;

    /// One row per card, in the given order until a header is clicked.
    void setCards(const QList<ConnectionCard*>& cards);

private:
    void showActions(const QPoint& position);
    void runPrimaryAction(QTreeWidgetItem* item);
    ConnectionCard* cardOf(const QTreeWidgetItem* item) const;

    QList<ConnectionCard*> m_cards;
};

} // namespace Plugboard

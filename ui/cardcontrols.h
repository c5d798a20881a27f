#pragma once

#include "ui/connectioncard.h"

#include <QList>
#include <QPair>
#include <QString>

class QButtonGroup;
class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace Plugboard {

/// A card's buttons and its "⋯" menu. Each button is made the first time
/// the card offers its action, then kept and hidden when no longer offered:
/// a card offers one or two of its six buttons, and every control it never
/// shows would be memory a window of hundreds of cards holds for nothing.
/// Made ones take their place in the card's fixed order, on screen and in
/// the Tab order. The menu's entries exist only while the menu is open
/// (made when "⋯" is pressed, by mouse, key or assistive technology): they
/// were some 5 KB a card.
class CardControls final
{
    Q_DISABLE_COPY_MOVE(CardControls)

public:
    using Action = ConnectionCard::Action;
    using Actions = ConnectionCard::Actions;

    /// Fills `row` (in `card`'s layout) with the buttons and the "⋯"
    /// button; what they are used for reaches the card's requestAction().
    CardControls(ConnectionCard* card, QHBoxLayout* row);
    ~CardControls();

    /// Shows the controls of `actions` and hides the others.
    void offer(Actions actions);
    /// An API key is renewed by entering a new one: "New key…", not "Reconnect".
    void setUsesApiKey(bool usesApiKey);

    /// Every action with its label, in the card's order: buttons left to
    /// right, then the menu's entries.
    static QList<QPair<Action, QString>> labels(bool usesApiKey);

private:
    static QString labelOf(Action action, bool usesApiKey);
    QPushButton* buttonFor(Action action);
    /// The button when it was made, else null.
    QPushButton* madeButton(Action action) const;
    /// Opens the "⋯" menu with an entry per offered menu action; returns
    /// when it closed (the chosen entry's request may have deleted the card).
    void showMenu();

    ConnectionCard* m_card;
    QHBoxLayout* m_row;
    bool m_usesApiKey = false;
    QButtonGroup* m_group = nullptr; ///< the buttons, by their Action
    QList<std::pair<Action, QPushButton*>> m_buttons; ///< made so far, in their order
    Actions m_inMenu; ///< the offered actions the ⋯ menu shows
    QToolButton* m_moreButton = nullptr;
};

} // namespace Plugboard

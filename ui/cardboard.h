#pragma once

#include "ui/cardfilter.h"
#include "ui/cardorder.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace Plugboard {

class ConnectionTable;

class CardGrid;
class CollapsibleSection;
class ConnectionCard;

/// The cards and what narrows them down: a filter box, a sort choice and,
/// below the accounts, the catalog's platforms not set up yet in a section
/// that opens and closes ("More platforms (12)"). Filtering and ordering are
/// CardFilter's and CardOrder's; this widget only shows their answer.
class CardBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardBoard)

public:
    enum class Section {
        Main, ///< accounts and platforms ready to connect
        More, ///< platforms not set up yet
    };

    /// `addProviderAction` gets a button beside the filter.
    explicit CardBoard(QAction* addProviderAction, QWidget* parent = nullptr);
    ~CardBoard() override;

    void clear();
    /// Takes the card; call arrange() once all are added.
    void addCard(ConnectionCard* card, Section section);
    /// Applies the filter and the order to every card.
    void arrange();
    ConnectionCard* card(const QString& cardId) const;
    /// The order the user chose, for callers that add cards in batches.
    const CardOrder& order() const { return m_order; }
    CardGrid* mainGrid() const { return m_mainGrid; }
    CardGrid* moreGrid() const { return m_moreGrid; }

    void setListMode(bool listMode);
    /// Opens or closes "More platforms" unless the user already chose.
    void setMoreExpandedByDefault(bool expanded);
    /// Ctrl+F: puts the cursor in the filter box.
    void focusFilter();
    /// Makes `cardId` visible: opens its section, clears a filter that hides
    /// it and scrolls to it.
    void reveal(const QString& cardId);

private:
    QWidget* createFilterRow(QAction* addProviderAction);
    QStringList arrangeGrid(CardGrid* grid) const;
    void onSortChosen();

    CardFilter m_filter;
    CardOrder m_order;
    bool m_moreExpanded = false;
    bool m_userChoseMore = false;

    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_sortCombo = nullptr;
    QToolButton* m_addProviderButton = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    ConnectionTable* m_table = nullptr;
    bool m_listMode = false;
    CardGrid* m_mainGrid = nullptr;
    QLabel* m_noMatch = nullptr;
    CardGrid* m_moreGrid = nullptr;
    CollapsibleSection* m_moreSection = nullptr;
};

} // namespace Plugboard

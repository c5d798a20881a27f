#pragma once

#include "core/audit/auditentry.h"
#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/cardfilter.h"
#include "ui/cardmemory.h"
#include "ui/cardorder.h"
#include "ui/connectioncard.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Plugboard {

class CardGrid;
class CardScrollArea;
class CollapsibleSection;
class ConnectionTable;

/// The cards and what narrows them down: a filter box, a sort choice and,
/// below the accounts, the catalog's platforms not set up yet in a section
/// that opens and closes ("More platforms (12)"). Filtering and ordering are
/// CardFilter's and CardOrder's; this widget only shows their answer. It
/// builds the cards from the catalog and the connections, the first
/// screenful before the window's first frame and the rest right after it.
class CardBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardBoard)

public:
    enum class Section {
        Main, ///< accounts and platforms ready to connect
        More, ///< platforms not set up yet
    };

    /// `activityAction` and `addProviderAction` get buttons beside the filter.
    CardBoard(QAction* activityAction, QAction* addProviderAction, QWidget* parent = nullptr);
    ~CardBoard() override;

    /// One card per connected account and per platform ready to connect;
    /// the platforms not set up yet go into "More platforms", open when
    /// there is no connection at all. From metadata only: nothing here
    /// reads the keyring. Keeps open details and the focus across rebuilds.
    void showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                         const QSet<QString>& platformsWithCredentials);
    /// The card shows the running sign-in: Cancel and a countdown.
    void setConnecting(const QString& cardId, int secondsLeft);
    /// Puts a problem in plain words on a card, with what to do next.
    void setCardProblem(const QString& cardId, const QString& message);
    /// A platform's app credentials are stored: its card shows "Ready to
    /// connect" and the client id hint.
    void setCredentialsSaved(const QString& platformId, const QString& clientIdHint);
    /// The latest audit entries of each connection (by its id, newest
    /// first), on its card now and on the cards of later rebuilds.
    void setRecentActivity(const QMap<QString, QList<AuditEntry>>& recent);

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

Q_SIGNALS:
    /// A card's button or menu item was used.
    void cardActionRequested(const QString& cardId, Plugboard::ConnectionCard::Action action);
    /// Revoke was pressed in an account card's "Apps with access".
    void revokeGrantRequested(const QString& connectionId, const QString& app);
    /// "All activity…" on a card.
    void activityRequested(const QString& cardId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// One card to build: an account, or a platform without one.
    struct PendingCard
    {
        const PlatformRecord* record = nullptr;
        std::optional<Connection> connection;
        bool credentialsSaved = false;
    };
    static QList<PendingCard> pendingCards(const QList<PlatformRecord>& platforms,
                                           const QList<Connection>& connections,
                                           const QSet<QString>& platformsWithCredentials);
    static CardFacts factsOf(const PendingCard& card);
    /// In the order the user chose.
    QList<PendingCard> inOrder(const QList<PendingCard>& pending) const;
    void addCards(const QList<PendingCard>& cards);
    void addLaterCards();
    ConnectionCard* addPlatformCard(const PlatformRecord& record, bool credentialsSaved);
    ConnectionCard* addConnectionCard(const PlatformRecord& record, const Connection& connection);
    void scheduleTabOrder();
    QWidget* createFilterRow(QAction* activityAction, QAction* addProviderAction);
    /// The list view's table, made on first use.
    ConnectionTable* table();
    QStringList arrangeGrid(CardGrid* grid) const;
    void onSortChosen();

    CardFilter m_filter;
    CardOrder m_order;
    bool m_moreExpanded = false;
    bool m_userChoseMore = false;

    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_sortCombo = nullptr;
    QToolButton* m_activityButton = nullptr;
    QToolButton* m_addProviderButton = nullptr;
    CardScrollArea* m_scrollArea = nullptr;
    ConnectionTable* m_table = nullptr; // see table()
    bool m_listMode = false;
    CardGrid* m_mainGrid = nullptr;
    QLabel* m_noMatch = nullptr;
    CardGrid* m_moreGrid = nullptr;
    CollapsibleSection* m_moreSection = nullptr;

    CardMemory m_memory; ///< what a rebuild of the cards must keep
    QMap<QString, QList<AuditEntry>> m_recentActivity; ///< by connection id
    bool m_tabOrderPending = false;
    /// Cards to build once the window's first frame is up; their records
    /// point into m_laterRecords.
    QList<PendingCard> m_laterCards;
    QList<PlatformRecord> m_laterRecords; ///< shares the caller's list, never written
};

} // namespace Plugboard

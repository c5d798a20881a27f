#pragma once

#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/cardfacts.h"
#include "ui/connectioncard.h"

#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace Plugboard {

class CardBoard;
class CardGrid;
class StatusMessages;
class WelcomePanel;
struct Connection;
struct PlatformRecord;

/// The window of connection cards. It shows an empty state until the
/// catalog has platforms to show, and stays small: the board of cards, its
/// filter and order, forms and the tray live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* quitAction() const { return m_quitAction; }
    QAction* addCustomProviderAction() const { return m_addProviderAction; }

    /// Shows one card per platform the catalog offers (or the empty state
    /// when there is none). Reads no secret: cards come from metadata.
    void setPlatforms(const QList<PlatformRecord>& platforms);
    /// One card per connected account and per platform ready to connect;
    /// the platforms not set up yet go into "More platforms", open when
    /// there is no connection at all. From metadata only: nothing here
    /// reads the keyring.
    void showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                         const QSet<QString>& platformsWithCredentials);
    /// The card shows the running sign-in: Cancel and a countdown.
    void setConnecting(const QString& cardId, int secondsLeft);
    /// Puts a problem in plain words on a card, with what to do next.
    void setCardProblem(const QString& cardId, const QString& message);
    /// The card `cardId` in either section, or nullptr.
    ConnectionCard* card(const QString& cardId) const;
    /// Accounts and platforms ready to connect.
    CardGrid* cardGrid() const;
    CardBoard* board() const { return m_board; }
    /// Opens the card's section, clears a filter hiding it and scrolls to it.
    void revealCard(const QString& cardId);
    /// A platform's app credentials are stored: its card moves to "Ready to
    /// connect" and shows the client id hint.
    void setCredentialsSaved(const QString& platformId, const QString& clientIdHint);

    /// With a tray, closing the window hides it and Plugboard keeps running.
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    /// Shows, un-minimises and raises the window (tray click, second launch).
    void bringToFront();
    /// A short, passing message in the status bar ("Copied …").
    /// Shows the outcome of what the user did; it stays readable until the
    /// next action (StatusMessages).
    void showStatus(const QString& message);
    StatusMessages* statusMessages() const;

Q_SIGNALS:
    /// The user asked to leave Plugboard entirely (not just close the window).
    void quitRequested();
    /// The window was closed while a tray icon keeps Plugboard running.
    void hiddenToTray();
    /// A card's button or menu item was used.
    void cardActionRequested(const QString& cardId, Plugboard::ConnectionCard::Action action);
    /// File ▸ Add custom provider… or the button beside the filter.
    void addCustomProviderRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createEmptyState();
    void showAbout();
    void setListView(bool listView);
    /// One card to create: an account, or a platform without one.
    struct PendingCard
    {
        const PlatformRecord* record = nullptr;
        std::optional<Connection> connection;
        bool credentialsSaved = false;
    };
    void addCards(const QList<PendingCard>& cards);
    static CardFacts factsOf(const PendingCard& card);
    void addLaterCards();
    void scheduleTabOrder();
    void rememberCards();
    void restoreCard(ConnectionCard* card);
    ConnectionCard* addPlatformCard(const PlatformRecord& record, bool credentialsSaved);
    ConnectionCard* addConnectionCard(const PlatformRecord& record, const Connection& connection);

    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_addProviderAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_gridViewAction = nullptr;
    QAction* m_listViewAction = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    CardBoard* m_board = nullptr;
    bool m_closeToTray = false;
    StatusMessages* m_status = nullptr;
    WelcomePanel* m_welcome = nullptr;
    bool m_tabOrderPending = false;
    struct CardMemory
    {
        QSet<QString> detailsOpen;
        QString focusedCard;
        QString focusedChild;
    };
    CardMemory m_memory; ///< what a rebuild of the cards must keep
    QLabel* m_emptyStateLabel = nullptr;
    /// Cards to build once the window's first frame is up (with their records).
    QList<std::pair<PlatformRecord, PendingCard>> m_laterCards;
};

} // namespace Plugboard

#pragma once

#include "core/audit/auditentry.h"
#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/connectioncard.h"
#include "ui/grantpresentation.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace Plugboard {

class CardBoard;
class CardGrid;
class GrantsDialog;
class StatusMessages;
class WelcomePanel;
struct Connection;
struct PlatformRecord;

/// The window of connection cards. It shows an empty state until the
/// catalog has platforms to show, and stays small: menus, the status bar and
/// the empty state are its own; building the cards, their filter and order
/// are the board's (CardBoard), forms and the tray live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* quitAction() const { return m_quitAction; }
    QAction* addCustomProviderAction() const { return m_addProviderAction; }
    QAction* addServerAction() const { return m_addServerAction; }
    /// File ▸ Keep secrets in an encrypted vault…; the owner hides it once
    /// the vault is in use.
    QAction* secretStorageAction() const { return m_secretStorageAction; }
    /// File ▸ Export backup… and Import backup…
    QAction* exportBackupAction() const { return m_exportBackupAction; }
    QAction* importBackupAction() const { return m_importBackupAction; }
    /// View ▸ Activity…, also beside the filter.
    QAction* activityAction() const { return m_activityAction; }
    /// File ▸ Settings… (the platform's Preferences shortcut, and Ctrl+,).
    QAction* settingsAction() const { return m_settingsAction; }

    /// Shows one card per platform the catalog offers (or the empty state
    /// when there is none). Reads no secret: cards come from metadata.
    void setPlatforms(const QList<PlatformRecord>& platforms);
    /// The cards (CardBoard::showConnections), the welcome panel until
    /// something is connected, and the number of platforms in the status bar.
    void showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                         const QSet<QString>& platformsWithCredentials);

    // The board's, here for the application and the tests: see CardBoard.
    CardBoard* board() const { return m_board; }
    void setConnecting(const QString& cardId, int secondsLeft);
    void setCardProblem(const QString& cardId, const QString& message);
    void setCredentialsSaved(const QString& platformId, const QString& clientIdHint);
    ConnectionCard* card(const QString& cardId) const;
    CardGrid* cardGrid() const;
    void revealCard(const QString& cardId);
    /// Each connection's latest audit entries, for its card (CardBoard::setRecentActivity).
    void setRecentActivity(const QMap<QString, QList<AuditEntry>>& recent);

    /// With a tray, closing the window hides it and Plugboard keeps running.
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    /// Shows, un-minimises and raises the window (tray click, second launch).
    void bringToFront();
    /// A short, passing message in the status bar ("Copied …").
    /// Shows the outcome of what the user did; it stays readable until the
    /// next action (StatusMessages).
    void showStatus(const QString& message);
    StatusMessages* statusMessages() const;
    /// Opens (or raises) View ▸ App access with `grants`
    /// (GrantPresentation::entries()); showConnections() keeps it current.
    void showAppAccess(const QList<GrantEntry>& grants);
    /// Null until showAppAccess() first opens it.
    GrantsDialog* appAccessDialog() const { return m_grantsDialog; }

Q_SIGNALS:
    /// The user asked to leave Plugboard entirely (not just close the window).
    void quitRequested();
    /// The window was closed while a tray icon keeps Plugboard running.
    void hiddenToTray();
    /// A card's button or menu item was used.
    void cardActionRequested(const QString& cardId, Plugboard::ConnectionCard::Action action);
    /// File ▸ Add custom provider… or the button beside the filter.
    void addCustomProviderRequested();
    /// File ▸ Add self-hosted server…
    void addServerRequested();
    /// File ▸ Keep secrets in an encrypted vault…
    void secretStorageRequested();
    /// File ▸ Export backup…
    void exportBackupRequested();
    /// File ▸ Import backup…
    void importBackupRequested();
    /// File ▸ Settings…
    void settingsRequested();
    /// View ▸ App access…: answer with showAppAccess().
    void appAccessRequested();
    /// View ▸ Activity… (`subject` empty) or a card's "All activity…"
    /// (`subject` the card's connection).
    void activityRequested(const QString& subject);
    /// Revoke on a card's "Apps with access" or in App access.
    void revokeGrantRequested(const QString& connectionId, const QString& app);
    /// Help ▸ Diagnose problems…
    void diagnoseRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    /// File ▸ the vault, Export backup…, Import backup…
    void createStorageActions();
    void createMenus();
    /// Made on first use: a window with connections shows neither.
    WelcomePanel* welcomePanel();
    /// The page shown when no platform is known, made on first use.
    QWidget* emptyState();
    void showAbout();
    void setListView(bool listView);

    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_addProviderAction = nullptr;
    QAction* m_addServerAction = nullptr;
    QAction* m_secretStorageAction = nullptr;
    QAction* m_exportBackupAction = nullptr;
    QAction* m_importBackupAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_gridViewAction = nullptr;
    QAction* m_listViewAction = nullptr;
    QAction* m_appAccessAction = nullptr;
    QAction* m_activityAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QVBoxLayout* m_centralLayout = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    CardBoard* m_board = nullptr;
    bool m_closeToTray = false;
    StatusMessages* m_status = nullptr;
    WelcomePanel* m_welcome = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_emptyStateLabel = nullptr;
    GrantsDialog* m_grantsDialog = nullptr;
};

} // namespace Plugboard

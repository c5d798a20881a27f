#pragma once

#include "connectioncard.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QStackedWidget;

namespace Plugboard {

class CardGrid;
struct Connection;
struct PlatformRecord;

/// The window of connection cards. It shows an empty state until the
/// catalog has platforms to show, and stays small: cards, forms and the tray
/// live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* quitAction() const { return m_quitAction; }

    /// Shows one card per platform the catalog offers (or the empty state
    /// when there is none). Reads no secret: cards come from metadata.
    void setPlatforms(const QList<PlatformRecord>& platforms);
    /// One card per connected account, then one per platform without an
    /// account ("Ready to connect" when its credentials are saved, else
    /// "Not set up"). From metadata only: nothing here reads the keyring.
    void showConnections(const QList<PlatformRecord>& platforms, const QList<Connection>& connections,
                         const QSet<QString>& platformsWithCredentials);
    /// The platform's card shows the running sign-in: Cancel and a countdown.
    void setConnecting(const QString& platformId, int secondsLeft);
    /// Puts a problem in plain words on a card, with what to do next.
    void setCardProblem(const QString& cardId, const QString& message);
    CardGrid* cardGrid() const { return m_cardGrid; }
    /// A platform's app credentials are stored: its card moves to "Ready to
    /// connect" and shows the client id hint.
    void setCredentialsSaved(const QString& platformId, const QString& clientIdHint);

    /// With a tray, closing the window hides it and Plugboard keeps running.
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    /// Shows, un-minimises and raises the window (tray click, second launch).
    void bringToFront();
    /// A short, passing message in the status bar ("Copied …").
    void showStatus(const QString& message);

Q_SIGNALS:
    /// The user asked to leave Plugboard entirely (not just close the window).
    void quitRequested();
    /// The window was closed while a tray icon keeps Plugboard running.
    void hiddenToTray();
    /// A card's button or menu item was used.
    void cardActionRequested(const QString& cardId, Plugboard::ConnectionCard::Action action);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createEmptyState();
    void showAbout();
    ConnectionCard* addPlatformCard(const PlatformRecord& record, bool credentialsSaved);
    ConnectionCard* addConnectionCard(const PlatformRecord& record, const Connection& connection);

    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    CardGrid* m_cardGrid = nullptr;
    bool m_closeToTray = false;
    QLabel* m_emptyStateLabel = nullptr;
};

} // namespace Plugboard

#pragma once

#include "core/audit/auditentry.h"
#include "core/storage/appgrant.h"
#include "ui/cardfacts.h"
#include "ui/cardstate.h"
#include "ui/statusbadge.h"

#include <QDateTime>
#include <QFrame>
#include <QMap>
#include <QPixmap>

#include <memory>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QSpacerItem;
class QToolButton;
class QVBoxLayout;

namespace Plugboard {

class CardControls;
class CollapsibleSection;
class ElidedLabel;
class GrantList;
class RecentActivityList;

/// One platform or one account on the main window: icon and name, a status
/// badge, the account, its scopes, expiry and last check, an error line
/// that says what to do, and the buttons that fit the state. State comes in
/// through setters; what the user asks for leaves through signals. The card
/// never talks to the network or the keyring.
class ConnectionCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCard)

public:
    /// What the user can do from the card in its current state.
    enum class Action {
        SetUpCredentials = 0x001,
        Connect = 0x002,
        Reconnect = 0x004,
        Disconnect = 0x008,
        Cancel = 0x010,
        CheckNow = 0x020,
        CopyRedirectUri = 0x040,
        EditCredentials = 0x080,
        RemoveAccount = 0x100,
        AddAccount = 0x200,
        CopySignInLink = 0x400, ///< while waiting for the browser: for one that did not open
        RemoveProvider = 0x800, ///< a custom provider without accounts
        /// Sign in on a phone or another computer (the device flow), where
        /// the platform offers it and a sign-in is what the card offers
        ConnectOnOtherDevice = 0x1000,
    };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit ConnectionCard(const QString& cardId, QWidget* parent = nullptr);
    ~ConnectionCard() override;

    /// The connection id ("github/octocat") or, before connecting, the platform id.
    QString cardId() const { return m_cardId; }

    void setPlatform(const QString& name, const QString& iconPath);
    /// Shows where the connection stands: the badge, the buttons and menu
    /// entries that fit the state, the problem line and the countdown. The
    /// one place a state becomes what the card shows.
    void showState(const CardState& state);
    /// What showState() was last given: a caller that changes one part
    /// (the state) keeps the others (a removable provider).
    const CardState& shownState() const { return m_shownState; }
    void setAccountName(const QString& name);
    /// Replaces the account line with another fact ("App credentials saved …").
    void setDetail(const QString& text);
    /// Granted scopes with their descriptions (empty description: name only).
    void setScopes(const QStringList& scopes, const QMap<QString, QString>& descriptions);
    void setTimes(const QDateTime& expiresAt, bool refreshesAutomatically, const QDateTime& lastChecked);
    /// Whether the scope descriptions are open (kept when the cards are rebuilt).
    void setShowsScopeDetails(bool shown);
    bool showsScopeDetails() const;
    /// The applications that may take this account's tokens, in a section
    /// that opens and closes ("Apps with access (2)"); hidden without any.
    void setGrants(const QList<AppGrant>& grants);
    /// Whether the grants section is open (kept when the cards are rebuilt).
    void setShowsGrants(bool shown);
    bool showsGrants() const;
    /// The connection's latest audit entries, newest first, in a section
    /// that opens and closes ("Recent activity") with "All activity…";
    /// hidden without any.
    void setRecentActivity(const QList<AuditEntry>& entries);
    /// Whether the recent activity is open (kept when the cards are rebuilt).
    void setShowsRecentActivity(bool shown);
    bool showsRecentActivity() const;
    /// A plain-words problem and its next step; empty hides the line.
    void setProblem(const QString& message);
    /// "Waiting for the browser… 4:32 left" while connecting; negative hides it.
    void setCountdown(int secondsLeft);
    void setActions(Actions actions);
    Actions actions() const { return m_actions; }
    /// What the filter and the sort order look at.
    CardFacts facts() const;
    /// The problem line, empty when none is shown.
    QString problem() const;
    /// The sign-in countdown, empty when none is shown.
    QString countdown() const;
    QPixmap platformIcon() const;
    /// Every action the card can offer with its label, in the card's order
    /// (buttons, then the ⋯ menu); actions() says which are offered now.
    QList<QPair<Action, QString>> actionLabels() const;
    /// Does what pressing the action's button or menu entry does.
    void requestAction(Action action) { Q_EMIT actionRequested(m_cardId, action); }

    /// Refreshes relative times ("in 42 min") against `now`.
    void updateTimes(const QDateTime& now);

Q_SIGNALS:
    void actionRequested(const QString& cardId, Plugboard::ConnectionCard::Action action);
    /// Revoke was pressed for `app` (an AppGrant::app) in the grants section.
    void revokeGrantRequested(const QString& cardId, const QString& app);
    /// "All activity…" in the recent activity: the Activity view for this card.
    void activityRequested(const QString& cardId);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QHBoxLayout* createHeader();
    void addFacts(QBoxLayout* layout);
    void addGrants();
    void addRecentActivity();
    /// What a card shows only some of the time, made when first shown, in
    /// this order below the scopes.
    enum class Part { ScopeDetails, Grants, Activity, Problem, Countdown };
    void insertPart(Part part, QWidget* widget);
    /// A wrapping line of text, as the part.
    QLabel* addLine(Part part, const QString& objectName);
    void toggleScopeDetails();

    QString m_cardId;
    QString m_platformName;
    QString m_accountName;
    Actions m_actions;
    CardState m_shownState;
    QDateTime m_expiresAt;
    QDateTime m_lastChecked;
    bool m_refreshesAutomatically = false;

    QSpacerItem* m_iconSpace = nullptr; ///< where paintEvent() draws the icon
    QString m_iconPath;
    mutable QPixmap m_iconPixmap; // see platformIcon()
    QLabel* m_name = nullptr;
    StatusBadge* m_badge = nullptr;
    ElidedLabel* m_account = nullptr;
    QLabel* m_times = nullptr;
    ElidedLabel* m_scopes = nullptr;
    QToolButton* m_scopeToggle = nullptr;
    QHBoxLayout* m_scopeRow = nullptr;
    QLabel* m_scopeDetails = nullptr; ///< made when the details first open
    QString m_scopeDetailsHtml; ///< set on the label when the details open
    CollapsibleSection* m_grantsSection = nullptr;
    GrantList* m_grantList = nullptr;
    CollapsibleSection* m_activitySection = nullptr;
    RecentActivityList* m_activityList = nullptr;
    QLabel* m_problem = nullptr; ///< made with the first problem
    QLabel* m_countdown = nullptr; ///< made with the first countdown
    std::unique_ptr<CardControls> m_controls; ///< the buttons and the ⋯ menu
};

} // namespace Plugboard

Q_DECLARE_OPERATORS_FOR_FLAGS(Plugboard::ConnectionCard::Actions)

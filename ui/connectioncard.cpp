#include "ui/connectioncard.h"

#include "ui/cardcontrols.h"
#include "ui/collapsiblesection.h"
#include "ui/elidedlabel.h"
#include "ui/grantlist.h"
#include "ui/platformmonogram.h"
#include "ui/problemcolor.h"
#include "ui/recentactivity.h"
#include "ui/relativetime.h"
#include "ui/statepresentation.h"

#include <QBoxLayout>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmapCache>
#include <QSpacerItem>
#include <QStyle>
#include <QToolButton>

namespace Plugboard {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

constexpr int kIconSize = 40;

// Fifty accounts on a handful of platforms share a few icons: render each
// SVG once, not once per card (this is most of a card's start-up cost).
QPixmap iconFor(const QString& iconPath, const QString& name)
{
    const QString key = QStringLiteral("plugboard-card-icon:") + iconPath + QLatin1Char('|') + name;
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        // Custom providers have no icon file: a monogram, not an empty gap.
        pixmap = QFileInfo(iconPath).isFile() ? QIcon(iconPath).pixmap(kIconSize, kIconSize)
                                              : PlatformMonogram::pixmap(name, kIconSize);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

} // namespace

ConnectionCard::ConnectionCard(const QString& cardId, QWidget* parent)
    : QFrame(parent)
    , m_cardId(cardId)
{
    setObjectName(QStringLiteral("connectionCardFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(createHeader());
    addFacts(layout);
    // Cards in a row share a height: the extra space goes above the
    // buttons, not between the facts.
    layout->addStretch(1);
    auto* buttonRow = new QHBoxLayout;
    layout->addLayout(buttonRow);
    m_controls = std::make_unique<CardControls>(this, buttonRow);

    setScopes({}, {});
    setActions({});
}

ConnectionCard::~ConnectionCard() = default;

QHBoxLayout* ConnectionCard::createHeader()
{
    // Painted by the card (paintEvent()) in a space the header keeps for
    // it: a label of its own was 2.5 KB a card, for a picture that says
    // nothing the platform's name beside it does not.
    // A layout puts no spacing beside a spacer: it holds the gap itself.
    const int gap = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    m_iconSpace
        = new QSpacerItem(kIconSize + qMax(gap, 0), kIconSize, QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("platformNameLabel"));
    m_name->setTextFormat(Qt::PlainText);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_badge = new StatusBadge(this);
    m_badge->setObjectName(QStringLiteral("statusBadgeLabel"));

    auto* header = new QHBoxLayout;
    header->addItem(m_iconSpace);
    header->addWidget(m_name, 1);
    header->addWidget(m_badge, 0, Qt::AlignVCenter);
    return header;
}

void ConnectionCard::addFacts(QBoxLayout* layout)
{
    // One-line facts, elided with the whole text as tooltip: word wrap made
    // every layout pass lay the text out as a document, which was most of
    // the window's start-up time with many cards. Not selectable either (a
    // selectable label is a document too); what is worth copying is on the
    // card's menu or in `plugboard-cli list`.
    m_account = new ElidedLabel(this);
    m_account->setObjectName(QStringLiteral("accountNameLabel"));
    layout->addWidget(m_account);
    // The times line wraps instead: every part of it matters ("checked 1 min
    // ago" cut to "checked 1 mi" read as nonsense), and it is one label.
    m_times = makeLabel(this, QStringLiteral("timesLabel"));
    m_times->setForegroundRole(QPalette::PlaceholderText);
    m_times->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(m_times);

    m_scopes = new ElidedLabel(this); // Details shows them all
    m_scopes->setObjectName(QStringLiteral("scopesLabel"));
    m_scopeToggle = new QToolButton(this);
    m_scopeToggle->setObjectName(QStringLiteral("scopeDetailsToolButton"));
    m_scopeToggle->setText(tr("Details"));
    m_scopeToggle->setCheckable(true);
    m_scopeToggle->setAutoRaise(true);
    // A disclosure arrow, so "Details" reads as something to open.
    m_scopeToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scopeToggle->setArrowType(Qt::RightArrow);
    m_scopeToggle->setAccessibleName(tr("Show scope descriptions"));
    connect(m_scopeToggle, &QToolButton::toggled, this, &ConnectionCard::toggleScopeDetails);
    m_scopeRow = new QHBoxLayout;
    m_scopeRow->addWidget(m_scopes, 1);
    m_scopeRow->addWidget(m_scopeToggle);
    layout->addLayout(m_scopeRow);
    // The rest (Part) is made when first shown: most cards never show it.
}

void ConnectionCard::insertPart(Part part, QWidget* widget)
{
    // Below the scopes, after the parts made so far that come before it.
    const QWidget* const parts[]
        = { m_scopeDetails, m_grantsSection, m_activitySection, m_problem, m_countdown };
    int index = layout()->indexOf(m_scopeRow) + 1;
    for (int i = 0; i < int(part); ++i)
        index += parts[i] ? 1 : 0;
    static_cast<QVBoxLayout*>(layout())->insertWidget(index, widget);
}

QLabel* ConnectionCard::addLine(Part part, const QString& objectName)
{
    QLabel* label = makeLabel(this, objectName);
    insertPart(part, label);
    return label;
}

void ConnectionCard::addGrants()
{
    // Built on the first grant: most cards never have one, and a window
    // of fifty cards starts faster without fifty hidden sections.
    m_grantList = new GrantList;
    m_grantList->setContentsMargins(18, 0, 0, 0); // under the header's text, past its arrow
    m_grantsSection = new CollapsibleSection(m_grantList, this);
    m_grantsSection->setObjectName(QStringLiteral("grantsSection"));
    m_grantsSection->header()->setObjectName(QStringLiteral("grantsToolButton"));
    m_grantsSection->header()->setToolTip(
        tr("Applications on this computer that may use this account's access tokens"));
    // A card's sections read as part of the card, not as headings.
    QFont font = m_grantsSection->header()->font();
    font.setBold(false);
    m_grantsSection->header()->setFont(font);
    connect(m_grantList, &GrantList::revokeRequested, this, [this](const QString& app) {
        const QString cardId = m_cardId; // the receiver may delete this card
        Q_EMIT revokeGrantRequested(cardId, app);
    });
    insertPart(Part::Grants, m_grantsSection);
}

void ConnectionCard::addRecentActivity()
{
    // Built on the first entry, as the grants are.
    m_activityList = new RecentActivityList;
    m_activityList->setContentsMargins(18, 0, 0, 0); // under the header's text, past its arrow
    m_activitySection = new CollapsibleSection(m_activityList, this);
    m_activitySection->setObjectName(QStringLiteral("recentActivitySection"));
    m_activitySection->header()->setObjectName(QStringLiteral("recentActivityToolButton"));
    m_activitySection->header()->setToolTip(tr("What happened to this account's secrets lately, and who "
                                               "took its tokens"));
    m_activitySection->setTitle(tr("Recent activity"));
    QFont font = m_activitySection->header()->font();
    font.setBold(false);
    m_activitySection->header()->setFont(font);
    connect(m_activityList, &RecentActivityList::allActivityRequested, this, [this] {
        const QString cardId = m_cardId; // the receiver may rebuild the cards
        Q_EMIT activityRequested(cardId);
    });
    insertPart(Part::Activity, m_activitySection);
}

void ConnectionCard::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    const QPixmap pixmap = platformIcon();
    if (pixmap.isNull())
        return;
    const QRect space = m_iconSpace->geometry();
    const QRect icon(space.left(), space.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
    QPainter(this).drawPixmap(icon, pixmap);
}

QPixmap ConnectionCard::platformIcon() const
{
    // Rendered when first painted: of fifty cards, the first frame paints
    // the few on screen, and each platform's icon is rendered once.
    if (m_iconPixmap.isNull() && !m_platformName.isEmpty())
        m_iconPixmap = iconFor(m_iconPath, m_platformName);
    return m_iconPixmap;
}

QString ConnectionCard::problem() const
{
    return m_problem && m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString ConnectionCard::countdown() const
{
    return m_countdown && m_countdown->isVisibleTo(this) ? m_countdown->text() : QString();
}

void ConnectionCard::setPlatform(const QString& name, const QString& iconPath)
{
    m_platformName = name;
    m_name->setText(name);
    m_iconPath = iconPath;
    m_iconPixmap = QPixmap();
    update();
    setAccessibleName(name);
}

void ConnectionCard::showState(const CardState& state)
{
    m_shownState = state;
    m_badge->setStatus(stateLabel(state.state), StatePresentation::tone(state.state));
    Actions actions = StatePresentation::actions(state.state)
        | (state.removableProvider ? Actions(Action::RemoveProvider) : Actions());
    if (state.usesApiKey)
        actions &= ~Actions(Action::SetUpCredentials | Action::EditCredentials | Action::CopyRedirectUri);
    if (state.offersDevice && !state.usesApiKey && actions.testAnyFlags(Action::Connect | Action::Reconnect))
        actions |= Action::ConnectOnOtherDevice;
    m_controls->setUsesApiKey(state.usesApiKey);
    setActions(actions);
    setProblem(state.problem);
    setCountdown(state.secondsLeft);
}

void ConnectionCard::setAccountName(const QString& name)
{
    m_accountName = name;
    m_account->setFullText(name.isEmpty() ? tr("Not connected") : tr("Connected as %1").arg(name));
}

void ConnectionCard::setDetail(const QString& text)
{
    m_account->setFullText(text);
}

void ConnectionCard::setScopes(const QStringList& scopes, const QMap<QString, QString>& descriptions)
{
    m_scopes->setFullText(scopes.isEmpty() ? QString()
                                           : tr("Scopes: %1").arg(scopes.join(QStringLiteral(", "))));
    QString details;
    for (const QString& scope : scopes) {
        const QString description = descriptions.value(scope);
        details += QStringLiteral("<b>%1</b>%2<br>")
                       .arg(scope.toHtmlEscaped(),
                            description.isEmpty() ? QString()
                                                  : QStringLiteral(" — ") + description.toHtmlEscaped());
    }
    // A rich-text label lays its document out on every setText: keep the
    // text until the details are opened (most never are).
    m_scopeDetailsHtml = details;
    if (m_scopeDetails && m_scopeToggle->isChecked())
        m_scopeDetails->setText(details);
    m_scopes->setVisible(!scopes.isEmpty());
    m_scopeToggle->setVisible(!scopes.isEmpty());
    if (scopes.isEmpty())
        m_scopeToggle->setChecked(false);
}

void ConnectionCard::setShowsScopeDetails(bool shown)
{
    m_scopeToggle->setChecked(shown && m_scopeToggle->isVisibleTo(this));
}

bool ConnectionCard::showsScopeDetails() const
{
    return m_scopeToggle->isChecked();
}

void ConnectionCard::setGrants(const QList<AppGrant>& grants)
{
    if (!m_grantsSection && grants.isEmpty())
        return;
    if (!m_grantsSection)
        addGrants();
    m_grantList->setGrants(grants);
    m_grantsSection->setTitle(tr("Apps with access (%1)").arg(grants.size()));
    m_grantsSection->setVisible(!grants.isEmpty());
    if (grants.isEmpty())
        m_grantsSection->setExpanded(false);
}

void ConnectionCard::setShowsGrants(bool shown)
{
    if (m_grantsSection)
        m_grantsSection->setExpanded(shown && !m_grantList->grants().isEmpty());
}

bool ConnectionCard::showsGrants() const
{
    return m_grantsSection && m_grantsSection->isExpanded();
}

void ConnectionCard::setRecentActivity(const QList<AuditEntry>& entries)
{
    if (!m_activitySection && entries.isEmpty())
        return;
    if (!m_activitySection)
        addRecentActivity();
    m_activityList->setEntries(entries);
    m_activitySection->setVisible(!entries.isEmpty());
    if (entries.isEmpty())
        m_activitySection->setExpanded(false);
}

void ConnectionCard::setShowsRecentActivity(bool shown)
{
    if (m_activitySection)
        m_activitySection->setExpanded(shown && !m_activityList->entries().isEmpty());
}

bool ConnectionCard::showsRecentActivity() const
{
    return m_activitySection && m_activitySection->isExpanded();
}

void ConnectionCard::toggleScopeDetails()
{
    m_scopeToggle->setArrowType(m_scopeToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    if (!m_scopeDetails && !m_scopeToggle->isChecked())
        return;
    if (!m_scopeDetails) {
        m_scopeDetails = addLine(Part::ScopeDetails, QStringLiteral("scopeDetailsLabel"));
        m_scopeDetails->setTextFormat(Qt::RichText); // built from escaped text in setScopes()
    }
    if (m_scopeToggle->isChecked())
        m_scopeDetails->setText(m_scopeDetailsHtml);
    m_scopeDetails->setVisible(m_scopeToggle->isChecked());
}

void ConnectionCard::setTimes(const QDateTime& expiresAt, bool refreshesAutomatically,
                              const QDateTime& lastChecked)
{
    m_expiresAt = expiresAt;
    m_refreshesAutomatically = refreshesAutomatically;
    m_lastChecked = lastChecked;
    updateTimes(QDateTime::currentDateTimeUtc());
}

void ConnectionCard::updateTimes(const QDateTime& now)
{
    QStringList parts;
    if (m_expiresAt.isValid())
        parts.append(RelativeTime::expiryLine(m_expiresAt, now, m_refreshesAutomatically));
    if (m_lastChecked.isValid())
        parts.append(tr("checked %1").arg(RelativeTime::describe(m_lastChecked, now)));
    m_times->setText(parts.join(QStringLiteral(" · ")));
    m_times->setVisible(!parts.isEmpty());
    if (m_grantList)
        m_grantList->updateTimes(now);
    if (m_activityList)
        m_activityList->updateTimes(now);
}

void ConnectionCard::setProblem(const QString& message)
{
    if (message.isEmpty() && !m_problem)
        return;
    if (!m_problem) {
        m_problem = addLine(Part::Problem, QStringLiteral("problemLabel"));
        // A palette colour, not a style sheet per card (costly at start-up),
        // and only on cards with a problem: a palette of its own is some
        // 2.5 KB per label. Both roles: on the card's Base background a
        // label draws in Text.
        QPalette problemPalette = m_problem->palette();
        problemPalette.setColor(QPalette::WindowText, ProblemColor::on(problemPalette));
        problemPalette.setColor(QPalette::Text, ProblemColor::on(problemPalette));
        m_problem->setPalette(problemPalette);
    }
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ConnectionCard::setCountdown(int secondsLeft)
{
    if (secondsLeft < 0) {
        if (m_countdown)
            m_countdown->hide();
        return;
    }
    if (!m_countdown)
        m_countdown = addLine(Part::Countdown, QStringLiteral("countdownLabel"));
    m_countdown->setText(tr("Waiting for the browser… %1:%2 left\nIf the browser shows an error instead of a "
                            "sign-in page, check the client ID and the redirect URI.")
                             .arg(secondsLeft / 60)
                             .arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
    m_countdown->show();
}

void ConnectionCard::setActions(Actions actions)
{
    m_actions = actions;
    m_controls->offer(actions);
}

QList<QPair<ConnectionCard::Action, QString>> ConnectionCard::actionLabels() const
{
    return CardControls::labels(m_shownState.usesApiKey);
}

CardFacts ConnectionCard::facts() const
{
    return { m_cardId, m_platformName, m_accountName, m_badge->text(), m_badge->tone(), m_expiresAt };
}

} // namespace Plugboard

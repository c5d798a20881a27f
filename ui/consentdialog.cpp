#include "ui/consentdialog.h"

#include "core/access/callerapplication.h"
#include "ui/platformmonogram.h"
#include "ui/visualtaborder.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Plugboard {

namespace {

constexpr int kPreferredWidth = 560;
constexpr int kIconSize = 48;
constexpr int kButtonGap = 6; ///< between the texts and the buttons, beyond the layout's spacing

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names and ids come from other programs
    label->setWordWrap(true);
    return label;
}

QString callerDetail(const CallerApplication& caller)
{
    switch (caller.kind) {
    case CallerApplication::Kind::Flatpak:
        return ConsentDialog::tr("Flatpak app %1").arg(caller.id.section(QLatin1Char(':'), 1));
    case CallerApplication::Kind::Snap:
        return ConsentDialog::tr("Snap %1").arg(caller.id.section(QLatin1Char(':'), 1));
    case CallerApplication::Kind::Script:
        return ConsentDialog::tr("%1, run by %2").arg(caller.id, caller.executable);
    case CallerApplication::Kind::Executable:
        break;
    }
    return caller.executable.isEmpty() ? caller.id : caller.executable;
}

} // namespace

ConsentDialog::ConsentDialog(QWidget* parent)
    : QDialog(parent)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    // Other programs' text goes into it: a scroll area, not a dialog taller
    // than the screen.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("consentScrollArea"));
    m_scroll->setWidget(createBody());
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addSpacing(kButtonGap);
    layout->addLayout(createButtons());

    m_tick->setInterval(250); // a second's change shows within a quarter of it
    connect(m_tick, &QTimer::timeout, this, &ConsentDialog::updateCountdown);
    updateTexts();
    updateCountdown();
}

ConsentDialog::~ConsentDialog() = default;

QWidget* ConsentDialog::createBody()
{
    auto* body = new QWidget;
    m_icon = new QLabel(body);
    m_icon->setObjectName(QStringLiteral("platformIconLabel"));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_headline = makeLabel(body, QStringLiteral("headlineLabel"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_appDetail = makeLabel(body, QStringLiteral("appDetailLabel"));
    QFont detailFont = m_appDetail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
    m_appDetail->setFont(detailFont);
    m_appDetail->setForegroundRole(QPalette::PlaceholderText);
    // A path to compare with what one started, or to paste into a terminal.
    m_appDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_scopesIntro = makeLabel(body, QStringLiteral("scopesIntroLabel"));
    m_scopes = makeLabel(body, QStringLiteral("scopesLabel"));
    m_scopes->setContentsMargins(12, 0, 0, 0);
    m_explanation = makeLabel(body, QStringLiteral("explanationLabel"));

    auto* who = new QVBoxLayout;
    who->setSpacing(4);
    who->addWidget(m_headline);
    who->addWidget(m_appDetail);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(who, 1);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_scopesIntro);
    layout->addWidget(m_scopes);
    layout->addSpacing(4);
    layout->addWidget(m_explanation);
    layout->addStretch();
    return body;
}

QLayout* ConsentDialog::createButtons()
{
    m_countdown = makeLabel(this, QStringLiteral("countdownLabel"));
    m_countdown->setWordWrap(false);
    m_countdown->setForegroundRole(QPalette::PlaceholderText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_countdown, 1);
    m_deny = addButton(tr("Deny"), QStringLiteral("denyPushButton"), Answer::Deny);
    row->addWidget(m_deny);
    row->addWidget(addButton(tr("Allow once"), QStringLiteral("allowOncePushButton"), Answer::AllowOnce));
    row->addWidget(
        addButton(tr("Always allow"), QStringLiteral("alwaysAllowPushButton"), Answer::AlwaysAllow));
    // Enter without a choice refuses: saying yes takes a deliberate click.
    m_deny->setDefault(true);
    return row;
}

QPushButton* ConsentDialog::addButton(const QString& text, const QString& objectName, Answer answer)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    connect(button, &QPushButton::clicked, this, [this, answer] { this->answer(answer); });
    return button;
}

void ConsentDialog::setApplication(const QString& name, const QString& detail)
{
    m_appName = name;
    m_appDetail->setText(detail);
    m_appDetail->setVisible(!detail.isEmpty() && detail != name);
    updateTexts();
}

void ConsentDialog::setApplication(const CallerApplication& caller)
{
    setApplication(caller.name.isEmpty() ? caller.id : caller.name, callerDetail(caller));
}

void ConsentDialog::setConnection(const QString& platformName, const QString& accountName,
                                  const QString& iconPath)
{
    m_platformName = platformName;
    m_accountName = accountName;
    m_icon->setPixmap(QFileInfo(iconPath).isFile()
                          ? QIcon(iconPath).pixmap(kIconSize, kIconSize)
                          : PlatformMonogram::pixmap(platformName, kIconSize, devicePixelRatioF()));
    m_icon->setAccessibleName(tr("%1 icon").arg(platformName));
    updateTexts();
}

void ConsentDialog::setScopes(const QStringList& scopes, const QMap<QString, QString>& descriptions)
{
    QStringList lines;
    for (const QString& scope : scopes) {
        const QString description = descriptions.value(scope);
        lines.append(description.isEmpty() ? QStringLiteral("• %1").arg(scope)
                                           : QStringLiteral("• %1 — %2").arg(scope, description));
    }
    m_scopes->setText(lines.join(QLatin1Char('\n')));
    m_scopes->setVisible(!scopes.isEmpty());
    updateTexts();
}

void ConsentDialog::updateTexts()
{
    const bool signIn = m_accountName.isEmpty();
    const QString app = m_appName.isEmpty() ? tr("An application") : m_appName;
    setWindowTitle(signIn ? tr("Sign in to %1 for an app?").arg(m_platformName)
                          : tr("Allow access to %1?").arg(m_platformName));
    m_headline->setText(
        signIn ? tr("“%1” wants you to sign in to %2").arg(app, m_platformName)
               : tr("“%1” wants to use your %2 account %3").arg(app, m_platformName, m_accountName));
    const bool scopes = !m_scopes->text().isEmpty();
    m_scopesIntro->setText(scopes ? tr("With these permissions:")
                               : signIn
                               ? tr("With the permissions %1 gives apps by default.").arg(m_platformName)
                               : tr("With the permissions this account was given."));
    const QString what = signIn
        ? tr("If you allow it, your browser opens to sign in to %1, and the app then gets access tokens "
             "for the new account. It never gets the refresh token or your password.")
              .arg(m_platformName)
        : tr("If you allow it, the app gets access tokens for this account and can act as %1 on %2 "
             "within these permissions. It never gets the refresh token or your password.")
              .arg(m_accountName, m_platformName);
    const QString choices
        = tr("“Allow once” answers this request only. “Always allow” lets the app take tokens again "
             "without asking, until you revoke its access on the account's card or in View ▸ App access.");
    m_explanation->setText(what + QStringLiteral("\n\n") + choices);
    m_deny->setToolTip(tr("%1 gets nothing and is told that you refused").arg(app));
    if (!isVisible()) // a shown dialog keeps the size the person gave it
        fitContents();
}

void ConsentDialog::setDeadline(const QDateTime& deadline)
{
    m_deadline = deadline;
    updateCountdown();
}

void ConsentDialog::updateCountdown()
{
    if (!m_deadline.isValid()) {
        m_tick->stop();
        m_countdown->hide();
        return;
    }
    const qint64 msecs = QDateTime::currentDateTimeUtc().msecsTo(m_deadline);
    const int seconds = int(std::clamp<qint64>((msecs + 999) / 1000, 0, 24 * 3600));
    m_countdown->setText(tr("Refused automatically in %n s", nullptr, seconds));
    m_countdown->show();
    if (seconds > 0 && !m_tick->isActive())
        m_tick->start();
    else if (seconds == 0)
        m_tick->stop();
}

void ConsentDialog::answer(Answer answer)
{
    if (m_answered)
        return;
    m_answered = true;
    m_tick->stop();
    const QPointer<ConsentDialog> alive(this);
    Q_EMIT answered(answer); // a receiver may delete the dialog
    if (!alive)
        return;
    if (answer == Answer::Deny)
        QDialog::reject();
    else
        QDialog::accept();
}

void ConsentDialog::reject()
{
    if (m_answered) {
        QDialog::reject();
        return;
    }
    answer(Answer::Deny);
}

void ConsentDialog::dismiss()
{
    m_answered = true;
    m_tick->stop();
    QDialog::reject();
}

void ConsentDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitContents();
    layout()->activate();
    VisualTabOrder::apply(this);
    m_deny->setFocus(Qt::OtherFocusReason);
}

void ConsentDialog::fitContents()
{
    // The texts wrap: the narrower the dialog, the taller it must be, and a
    // window does not grow by itself when its content does.
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() * 9 / 10 : QSize(kPreferredWidth, 2000);
    const int width = std::min(std::max(kPreferredWidth, minimumSizeHint().width()), available.width());
    const QMargins margins = layout()->contentsMargins();
    // Measured as if the scroll bar were there: at the full width the body
    // then fits with room to spare, instead of needing the scroll bar that
    // narrows it into needing one.
    const int bodyWidth
        = width - margins.left() - margins.right() - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int needed = m_scroll->widget()->heightForWidth(bodyWidth) + m_deny->sizeHint().height()
        + kButtonGap + 2 * layout()->spacing() + margins.top() + margins.bottom();
    resize(width, std::min(needed, available.height()));
}

} // namespace Plugboard

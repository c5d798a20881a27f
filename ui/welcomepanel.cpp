#include "ui/welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

namespace Plugboard {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("welcomePanelFrame"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Welcome to Plugboard"), this);
    heading->setObjectName(QStringLiteral("welcomeHeadingLabel"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);

    auto* intro = new QLabel(
        tr("Plugboard keeps your sign-ins to online platforms in your system keyring and hands working "
           "tokens to the programs you allow. To start, pick a platform and set up its app credentials: "
           "you register Plugboard as an app with the platform once, then connect your account."),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);

    auto* why = new QLabel(QStringLiteral("<a href=\"#why\">%1</a>")
                               .arg(tr("Why do I need to register an app?").toHtmlEscaped()),
                           this);
    why->setObjectName(QStringLiteral("registrationHelpLabel"));
    why->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    why->setFocusPolicy(Qt::StrongFocus);
    why->setAccessibleName(tr("Why do I need to register an app?"));
    connect(why, &QLabel::linkActivated, this, &WelcomePanel::registrationHelpRequested);
    layout->addWidget(why);
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::setPlatforms(const QMap<QString, QString>& available)
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& id : kPopularPlatforms) {
        if (!available.contains(id))
            continue;
        auto* button = new QPushButton(tr("Set up %1…").arg(available.value(id)), this);
        button->setObjectName(id + QStringLiteral("SetUpPushButton"));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT setUpRequested(id); });
        m_buttons->addWidget(button);
    }
    auto* custom = new QPushButton(tr("Add custom provider…"), this);
    custom->setObjectName(QStringLiteral("welcomeAddCustomProviderPushButton"));
    connect(custom, &QPushButton::clicked, this, &WelcomePanel::addCustomProviderRequested);
    m_buttons->addWidget(custom);
    m_buttons->addStretch();
}

} // namespace Plugboard

#include "ui/cardcontrols.h"

#include <QAction>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

namespace Plugboard {

namespace {

using Action = ConnectionCard::Action;

/// Every action a card can offer (translated in ConnectionCard's context,
/// where the labels always were), in the card's order: its buttons left to
/// right, then the ⋯ menu top to bottom.
struct ActionEntry
{
    Action action;
    const char* text; ///< translated in ConnectionCard's context
    const char* objectName;
    bool inMenu;
};

constexpr ActionEntry kActionEntries[] = {
    { Action::SetUpCredentials, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Set up credentials…"),
      "setUpCredentialsPushButton", false },
    { Action::Connect, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Connect"), "connectPushButton",
      false },
    { Action::Reconnect, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Reconnect"), "reconnectPushButton",
      false },
    { Action::Disconnect, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Disconnect"),
      "disconnectPushButton", false },
    { Action::Cancel, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Cancel"), "cancelPushButton", false },
    { Action::CopySignInLink, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Copy link"),
      "copySignInLinkPushButton", false },
    { Action::CheckNow, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Check now"), "checkNowAction", true },
    { Action::CopyRedirectUri, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Copy redirect URI"),
      "copyRedirectUriAction", true },
    { Action::EditCredentials, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Edit credentials…"),
      "editCredentialsAction", true },
    { Action::ConnectOnOtherDevice,
      QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Connect with another device…"),
      "connectOnOtherDeviceAction", true },
    { Action::AddAccount, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Add another account"),
      "addAccountAction", true },
    { Action::RemoveAccount, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Remove account"),
      "removeAccountAction", true },
    { Action::RemoveProvider, QT_TRANSLATE_NOOP("Plugboard::ConnectionCard", "Remove provider…"),
      "removeProviderAction", true },
};

qsizetype orderOf(Action action)
{
    for (qsizetype i = 0; i < qsizetype(std::size(kActionEntries)); ++i) {
        if (kActionEntries[i].action == action)
            return i;
    }
    Q_UNREACHABLE();
    return 0;
}

const ActionEntry& entryOf(Action action)
{
    return kActionEntries[orderOf(action)];
}

} // namespace

CardControls::CardControls(ConnectionCard* card, QHBoxLayout* row)
    : m_card(card)
    , m_row(row)
{
    m_row->addStretch();
    // One connection for all the buttons: a button tells its group directly
    // when clicked, while a connection per button costs each one its own
    // connection tables (some 1.5 KB a button, times hundreds of cards).
    m_group = new QButtonGroup(card);
    m_group->setExclusive(false);
    QObject::connect(m_group, &QButtonGroup::idClicked, card,
                     [card](int action) { card->requestAction(Action(action)); });

    // No menu and no actions until pressed: the button builds its menu
    // from the actions it has, and it has them only while showMenu() runs.
    m_moreButton = new QToolButton(card);
    m_moreButton->setObjectName(QStringLiteral("moreToolButton"));
    m_moreButton->setText(QStringLiteral("⋯"));
    m_moreButton->setToolTip(QCoreApplication::translate("Plugboard::ConnectionCard", "More actions"));
    m_moreButton->setAccessibleName(QCoreApplication::translate("Plugboard::ConnectionCard", "More actions"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    // After the button's own handler, which finds no actions and does nothing.
    QObject::connect(m_moreButton, &QToolButton::pressed, card, [this] { showMenu(); });
    m_row->addWidget(m_moreButton);
}

CardControls::~CardControls() = default;

void CardControls::offer(Actions actions)
{
    m_inMenu = {};
    for (const ActionEntry& entry : kActionEntries) {
        const bool offered = actions.testFlag(entry.action);
        if (entry.inMenu) {
            if (offered)
                m_inMenu |= entry.action;
        } else if (QPushButton* made = offered ? buttonFor(entry.action) : madeButton(entry.action)) {
            made->setVisible(offered);
        }
    }
    m_moreButton->setVisible(bool(m_inMenu));
}

void CardControls::showMenu()
{
    QList<QAction*> entries;
    ConnectionCard* card = m_card;
    for (const ActionEntry& entry : kActionEntries) {
        if (!entry.inMenu || !m_inMenu.testFlag(entry.action))
            continue;
        auto* menuAction = new QAction(labelOf(entry.action, m_usesApiKey), m_moreButton);
        menuAction->setObjectName(QLatin1String(entry.objectName));
        const Action action = entry.action;
        QObject::connect(menuAction, &QAction::triggered, card,
                         [card, action] { card->requestAction(action); });
        entries.append(menuAction);
    }
    if (entries.isEmpty())
        return;
    QPointer<QToolButton> button = m_moreButton;
    button->addActions(entries);
    button->showMenu();
    // The chosen entry's request may have deleted the card, the button and
    // the entries with it; else they go now (later: one may be mid-signal).
    if (!button)
        return;
    for (QAction* menuAction : std::as_const(entries)) {
        button->removeAction(menuAction);
        menuAction->deleteLater();
    }
}

void CardControls::setUsesApiKey(bool usesApiKey)
{
    m_usesApiKey = usesApiKey;
    if (QPushButton* reconnect = madeButton(Action::Reconnect))
        reconnect->setText(labelOf(Action::Reconnect, usesApiKey));
}

QList<QPair<CardControls::Action, QString>> CardControls::labels(bool usesApiKey)
{
    QList<QPair<Action, QString>> labels;
    for (const ActionEntry& entry : kActionEntries)
        labels.append({ entry.action, labelOf(entry.action, usesApiKey) });
    return labels;
}

QString CardControls::labelOf(Action action, bool usesApiKey)
{
    if (action == Action::Reconnect && usesApiKey)
        return QCoreApplication::translate("Plugboard::ConnectionCard", "New key…");
    return QCoreApplication::translate("Plugboard::ConnectionCard", entryOf(action).text);
}

QPushButton* CardControls::buttonFor(Action wanted)
{
    qsizetype before = 0;
    for (const auto& [action, button] : std::as_const(m_buttons)) {
        if (action == wanted)
            return button;
        if (orderOf(action) < orderOf(wanted))
            ++before;
    }
    auto* button = new QPushButton(labelOf(wanted, m_usesApiKey), m_card);
    button->setObjectName(QLatin1String(entryOf(wanted).objectName));
    // No accessible name of its own: a button's is its text, and setting
    // one makes Qt build the button's accessibility interface right away.
    m_group->addButton(button, int(wanted));
    m_row->insertWidget(int(before) + 1, button); // after the stretch
    m_buttons.insert(before, { wanted, button });
    // A widget made later would come last in the Tab order: put it where
    // it is on screen, before the next button or the "⋯" button.
    QWidget* next = before + 1 < m_buttons.size() ? static_cast<QWidget*>(m_buttons.at(before + 1).second)
                                                  : m_moreButton;
    QWidget::setTabOrder(next->previousInFocusChain(), button);
    return button;
}

QPushButton* CardControls::madeButton(Action action) const
{
    for (const auto& [made, button] : m_buttons) {
        if (made == action)
            return button;
    }
    return nullptr;
}

} // namespace Plugboard

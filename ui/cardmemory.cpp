#include "ui/cardmemory.h"

#include "ui/connectioncard.h"

#include <QApplication>
#include <QPushButton>
#include <QTimer>

namespace Plugboard {

namespace {

/// The card's first button on screen, for when the focused one is gone.
QWidget* firstVisibleButton(const ConnectionCard* card)
{
    for (QPushButton* button : card->findChildren<QPushButton*>()) {
        if (button->isVisibleTo(card))
            return button;
    }
    return nullptr;
}

} // namespace

void CardMemory::remember(const QWidget* root)
{
    m_detailsOpen.clear();
    m_grantsOpen.clear();
    m_activityOpen.clear();
    m_focusedCard.clear();
    m_focusedChild.clear();
    for (ConnectionCard* card : root->findChildren<ConnectionCard*>(QStringLiteral("connectionCardFrame"))) {
        if (card->showsScopeDetails())
            m_detailsOpen.insert(card->cardId());
        if (card->showsGrants())
            m_grantsOpen.insert(card->cardId());
        if (card->showsRecentActivity())
            m_activityOpen.insert(card->cardId());
    }
    QWidget* focused = QApplication::focusWidget();
    for (QWidget* w = focused; w; w = w->parentWidget()) {
        if (auto* card = qobject_cast<ConnectionCard*>(w)) {
            m_focusedCard = card->cardId();
            m_focusedChild = focused->objectName();
            break;
        }
    }
}

void CardMemory::restore(ConnectionCard* card)
{
    if (m_detailsOpen.contains(card->cardId()))
        card->setShowsScopeDetails(true);
    if (m_grantsOpen.contains(card->cardId()))
        card->setShowsGrants(true);
    if (m_activityOpen.contains(card->cardId()))
        card->setShowsRecentActivity(true);
    // The focused card may now be an account's card (after Connect) whose
    // id starts with the platform's.
    const bool same = card->cardId() == m_focusedCard
        || (!m_focusedCard.contains(QLatin1Char('/'))
            && card->cardId().startsWith(m_focusedCard + QLatin1Char('/')));
    if (!same || m_focusedCard.isEmpty())
        return;
    QWidget* target = card->findChild<QWidget*>(m_focusedChild);
    // The button pressed may be gone (Connect became Disconnect): the
    // card's first visible button takes the focus.
    if (!target || !target->isVisibleTo(card))
        target = firstVisibleButton(card);
    if (target)
        QTimer::singleShot(0, target, [target] { target->setFocus(Qt::OtherFocusReason); });
    m_focusedCard.clear();
}

} // namespace Plugboard

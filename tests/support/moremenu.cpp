#include "tests/support/moremenu.h"

#include "ui/connectioncard.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace Plugboard::Test::MoreMenu {

namespace {

/// Presses "⋯" and calls `whileOpen` with the menu from inside its event
/// loop; `whileOpen` must close it (choose an entry or press Escape).
void withOpenMenu(ConnectionCard* card, const std::function<void(QMenu*)>& whileOpen)
{
    auto* button = card->findChild<QToolButton*>(QStringLiteral("moreToolButton"));
    if (!button || !button->isVisibleTo(card))
        return;
    bool opened = false;
    // Fires inside the menu's own event loop, which the press starts.
    QTimer::singleShot(0, card, [&opened, whileOpen] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        opened = true;
        whileOpen(menu);
    });
    // What the entry starts may rebuild the card and delete the button.
    const QPointer<QToolButton> pressed = button;
    QTest::mousePress(button, Qt::LeftButton);
    if (opened && pressed)
        QTest::mouseRelease(pressed, Qt::LeftButton);
}

/// One property of every entry of the open menu, in order; then Escape.
QStringList listed(ConnectionCard* card, QString (QAction::*property)() const)
{
    QStringList values;
    withOpenMenu(card, [&values, property](QMenu* menu) {
        for (const QAction* action : menu->actions())
            values.append((action->*property)());
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    return values;
}

} // namespace

QStringList entries(ConnectionCard* card)
{
    return listed(card, &QAction::objectName);
}

QStringList texts(ConnectionCard* card)
{
    return listed(card, &QAction::text);
}

bool choose(ConnectionCard* card, const QString& objectName)
{
    bool chosen = false;
    withOpenMenu(card, [&chosen, objectName](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->objectName() == objectName) {
                menu->setActiveAction(action);
                chosen = true;
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    return chosen;
}

} // namespace Plugboard::Test::MoreMenu

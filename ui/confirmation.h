#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Plugboard::Confirmation {

/// Asks before something that cannot be undone (a disconnect revokes tokens
/// at the platform): a modal question whose accept button names the action
/// ("Disconnect"), with Cancel as the default. True when the user accepts.
bool ask(QWidget* parent, const QString& title, const QString& question, const QString& acceptText);

/// Test seam (as KeePassXC's MessageBox::setNextAnswer): the next ask()
/// shows nothing and returns `answer`; lastQuestion() is what it would have
/// asked.
void setNextAnswer(std::optional<bool> answer);
QString lastQuestion();

} // namespace Plugboard::Confirmation

#include "ui/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Plugboard::Confirmation {

namespace {

std::optional<bool> s_nextAnswer;
QString s_lastQuestion;

} // namespace

bool ask(QWidget* parent, const QString& title, const QString& question, const QString& acceptText)
{
    s_lastQuestion = question;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setNextAnswer(std::optional<bool> answer)
{
    s_nextAnswer = answer;
}

QString lastQuestion()
{
    return s_lastQuestion;
}

} // namespace Plugboard::Confirmation

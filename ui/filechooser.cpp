#include "ui/filechooser.h"

#include <QFileDialog>

namespace Plugboard::FileChooser {

namespace {

std::optional<QString> s_nextAnswer;

std::optional<QString> takeNextAnswer()
{
    return std::exchange(s_nextAnswer, std::nullopt);
}

} // namespace

QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (const std::optional<QString> answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (const std::optional<QString> answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void setNextAnswer(std::optional<QString> fileName)
{
    s_nextAnswer = std::move(fileName);
}

} // namespace Plugboard::FileChooser

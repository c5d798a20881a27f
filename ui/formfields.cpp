#include "ui/formfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace Plugboard::FormFields {

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

QLineEdit* addLineEdit(QWidget* owner, QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(owner);
    edit->setObjectName(objectName);
    edit->setAccessibleName(withoutMnemonic(label).remove(QLatin1Char(':')));
    auto* labelWidget = new QLabel(label, owner);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, edit);
    return edit;
}

} // namespace Plugboard::FormFields

#pragma once

#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace Plugboard::FormFields {

/// "&Name:" -> "Name:" (for accessible names, which read no mnemonics).
QString withoutMnemonic(QString text);

/// A labelled line edit in `form`: the label is its buddy (Alt+letter) and
/// its accessible name is the label's text.
QLineEdit* addLineEdit(QWidget* owner, QFormLayout* form, const QString& label, const QString& objectName);

} // namespace Plugboard::FormFields

#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Plugboard::FileChooser {

/// Asks where to save a file (the system's save dialog, which asks before
/// replacing one). Empty when the user cancelled.
QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
/// Asks for an existing file to open. Empty when the user cancelled.
QString openFileName(QWidget* parent, const QString& title, const QString& filter);

/// Test seam (as Confirmation::setNextAnswer): the next saveFileName() or
/// openFileName() shows nothing and returns `fileName` (empty: cancelled).
void setNextAnswer(std::optional<QString> fileName);

} // namespace Plugboard::FileChooser

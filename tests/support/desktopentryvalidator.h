#pragma once

#include <QString>

namespace Plugboard::Test::DesktopEntryValidator {

/// Runs desktop-file-validate on `path`: empty when it passes (hints
/// allowed), else its output, errors and warnings alike. A missing
/// validator is a failure too: the suite command installs it
/// (desktop-file-utils), and a check that skips itself proves nothing.
QString problems(const QString& path);

} // namespace Plugboard::Test::DesktopEntryValidator

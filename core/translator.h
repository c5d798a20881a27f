#pragma once

#include <QLocale>
#include <QStringList>

namespace Plugboard::Translator {

/// Installs Plugboard's and Qt's translations for the first of `locale`'s UI
/// languages that Plugboard ships, and returns its name ("de"); returns an
/// empty string, leaving the English source texts in place, when none fits.
QString install(const QLocale& locale = QLocale::system());

/// Languages Plugboard ships translations for, e.g. {"de"}.
QStringList availableLanguages();

} // namespace Plugboard::Translator

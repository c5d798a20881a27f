#pragma once

#include <QLocale>
#include <QStringList>

namespace Plugboard::Translator {

/// Installs Plugboard's and Qt's translations for the first of `locale`'s UI
/// languages that Plugboard ships and returns its name ("de"). When none
/// fits, English is installed ("en": the source texts with English plural
/// forms).
QString install(const QLocale& locale = QLocale::system());

/// The language install() chose last ("de"): the language of every message
/// this process writes. "en", the source texts' language, before any install.
QString current();

/// Languages Plugboard ships translations for, e.g. {"de", "en", "fr"}.
QStringList availableLanguages();

} // namespace Plugboard::Translator

#include "core/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Plugboard::Translator {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("plugboard_");

QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

QList<QTranslator*>& installedTranslators()
{
    static QList<QTranslator*> translators;
    return translators;
}

void removeInstalled()
{
    for (QTranslator* translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();
}

bool installFile(const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
    return true;
}

} // namespace

QString current()
{
    return currentLanguage();
}

QStringList availableLanguages()
{
    // Matched by hand: a name filter would compile a regular expression
    // (PCRE2 and its JIT), a cost every `plugboard-cli token` paid.
    const QLatin1String suffix(".qm");
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList(QDir::Files);
    for (const QString& file : files) {
        if (file.startsWith(kPrefix) && file.endsWith(suffix))
            languages.append(file.mid(kPrefix.size()).chopped(suffix.size()));
    }
    return languages;
}

QString install(const QLocale& locale)
{
    removeInstalled();
    currentLanguage() = QStringLiteral("en");
    const QStringList shipped = availableLanguages();
    // uiLanguages() lists the user's preferences in order ("de-AT", "de", "en"):
    // take the first we ship, so an Austrian user gets German. English is the
    // fallback: the source texts plus plugboard_en's plural forms.
    QString chosen = QStringLiteral("en");
    for (QString language : locale.uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        if (shipped.contains(language)) {
            chosen = language;
            break;
        }
        if (shipped.contains(base)) {
            chosen = base;
            break;
        }
    }
    if (!shipped.contains(chosen))
        return {};
    installFile(kPrefix + chosen, kResourceDir);
    currentLanguage() = chosen;
    // Qt's own strings (buttons in standard dialogs); missing is fine.
    installFile(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return chosen;
}

} // namespace Plugboard::Translator

#include "core/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using namespace Plugboard;

class TestTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsLanguage_data();
    void shipsLanguage();
    void picksLanguage_data();
    void picksLanguage();
    void germanReplacesSourceText();
    void frenchReplacesSourceText();
    void frenchHasPluralForms();
    void frenchInstallsQtStrings();
    void englishFallbackKeepsSourceText();
    void englishHasPluralForms();
};

// A string every build has: the main window's Quit action.
static QString translatedQuit()
{
    return QCoreApplication::translate("Plugboard::MainWindow", "&Quit");
}

void TestTranslator::shipsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslator::shipsLanguage()
{
    QFETCH(QString, language);
    QVERIFY2(Translator::availableLanguages().contains(language),
             qPrintable(Translator::availableLanguages().join(u',')));
}

void TestTranslator::picksLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("german") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("austrian german") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("french") << QStringLiteral("fr_FR") << QStringLiteral("fr");
    QTest::newRow("canadian french") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("swiss french") << QStringLiteral("fr_CH") << QStringLiteral("fr");
    QTest::newRow("english") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("unshipped falls back to English") << QStringLiteral("ja_JP") << QStringLiteral("en");
}

void TestTranslator::picksLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Translator::install(QLocale(locale)), expected);
}

void TestTranslator::germanReplacesSourceText()
{
    QCOMPARE(Translator::install(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    QCOMPARE(translatedQuit(), QStringLiteral("&Beenden"));
}

void TestTranslator::frenchReplacesSourceText()
{
    QCOMPARE(Translator::install(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("fr"));
    QCOMPARE(translatedQuit(), QStringLiteral("&Quitter"));
}

// French counts 0 and 1 as singular.
void TestTranslator::frenchHasPluralForms()
{
    Translator::install(QLocale(QStringLiteral("fr_FR")));
    const auto available = [](int n) {
        return QCoreApplication::translate("Plugboard::MainWindow", "%n platform(s) available", nullptr, n);
    };
    QCOMPARE(available(0), QStringLiteral("0 plateforme disponible"));
    QCOMPARE(available(1), QStringLiteral("1 plateforme disponible"));
    QCOMPARE(available(12), QStringLiteral("12 plateformes disponibles"));
}

// Qt's own dialogs speak French too.
void TestTranslator::frenchInstallsQtStrings()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // The build installs qt6-translations-l10n: missing, the test fails.
    QVERIFY2(QFile::exists(qtTranslations + QStringLiteral("/qtbase_fr.qm")),
             "Qt's French translations are not installed (Debian: qt6-translations-l10n)");
    Translator::install(QLocale(QStringLiteral("fr_FR")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

void TestTranslator::englishFallbackKeepsSourceText()
{
    Translator::install(QLocale(QStringLiteral("de_DE")));
    Translator::install(QLocale(QStringLiteral("ja_JP")));
    QCOMPARE(translatedQuit(), QStringLiteral("&Quit"));
}

void TestTranslator::englishHasPluralForms()
{
    Translator::install(QLocale(QStringLiteral("en_GB")));
    QCOMPARE(QCoreApplication::translate("Plugboard::MainWindow", "%n platform(s) available", nullptr, 1),
             QStringLiteral("1 platform available"));
    QCOMPARE(QCoreApplication::translate("Plugboard::MainWindow", "%n platform(s) available", nullptr, 12),
             QStringLiteral("12 platforms available"));
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"

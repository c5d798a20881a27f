#include "translator.h"

#include <QCoreApplication>
#include <QTest>

using namespace Plugboard;

class TestTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsGerman();
    void picksLanguage_data();
    void picksLanguage();
    void germanReplacesSourceText();
    void englishFallbackKeepsSourceText();
    void englishHasPluralForms();
};

// A string every build has: the main window's Quit action.
static QString translatedQuit()
{
    return QCoreApplication::translate("Plugboard::MainWindow", "&Quit");
}

void TestTranslator::shipsGerman()
{
    QVERIFY2(Translator::availableLanguages().contains(QStringLiteral("de")),
             qPrintable(Translator::availableLanguages().join(u',')));
}

void TestTranslator::picksLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("german") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("austrian german") << QStringLiteral("de_AT") << QStringLiteral("de");
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

void TestTranslator::englishFallbackKeepsSourceText()
{
    Translator::install(QLocale(QStringLiteral("de_DE")));
    Translator::install(QLocale(QStringLiteral("fr_FR")));
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

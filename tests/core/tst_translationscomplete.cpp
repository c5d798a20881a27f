#include "platformrecordstrings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace Plugboard::Test {
namespace {

/// One <message> of a .ts file, as far as these checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< disambiguation: part of the message's identity
    QStringList translations; ///< one, or one per plural form
    bool numerus = false;
    bool unfinished = false;

    QString describe() const
    {
        return QStringLiteral("  [%1] %2").arg(context, source.left(100).replace(QLatin1Char('\n'), u'⏎'));
    }

    /// What tells messages apart: lupdate merges by context, source and
    /// comment; a text that became a plural (or stopped being one) changed too.
    QString key() const
    {
        return context + QChar(0) + source + QChar(0) + comment + QChar(0) + QChar(numerus ? u'n' : u's');
    }
};

QString tsPath(const QString& language)
{
    return QStringLiteral(PLUGBOARD_TRANSLATIONS_DIR "/plugboard_%1.ts").arg(language);
}

/// Reads one <translation>: its text, or its <numerusform>s for a plural.
void readTranslation(QXmlStreamReader& xml, TsMessage& message)
{
    // "vanished" and "obsolete" entries are never shown; only unfinished ones count.
    message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            message.translations.append(xml.readElementText());
        else if (xml.isCharacters())
            text += xml.text(); // entities (&apos;) split the text into pieces
    }
    if (!message.numerus)
        message.translations = { text };
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement(); // location, extracomment
    }
    return message;
}

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages.append(readMessage(xml, context));
    }
    if (xml.hasError()) {
        qWarning("%s:%lld: %s", qPrintable(path), xml.lineNumber(), qPrintable(xml.errorString()));
        return {};
    }
    return messages;
}

/// The Qt placeholders in `text`: %1 … %99 (also %L1) and %n.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(QLatin1Char('%') + match.captured(1));
    return found;
}

QString sorted(const QSet<QString>& set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(u' ');
}

QString failureList(const QString& what, const QString& path, const QStringList& entries)
{
    return QStringLiteral("%1 in %2 (%3):\n%4").arg(what, path).arg(entries.size()).arg(entries.join(u'\n'));
}

/// What lupdate finds in the sources now, or why it could not tell.
struct SourceScan
{
    QList<TsMessage> messages;
    QString error;
    qint64 milliseconds = 0;
};

/// Runs lupdate over what `update_translations` (translations/CMakeLists.txt)
/// scans, the same paths in the same folder, into a new .ts file, so a
/// translatable text missing from the committed .ts files shows up without
/// touching them.
SourceScan scanSources()
{
    SourceScan scan;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        scan.error = QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
        return scan;
    }
    const QString ts = dir.filePath(QStringLiteral("scan.ts"));
    QElapsedTimer timer;
    timer.start();
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PLUGBOARD_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PLUGBOARD_LUPDATE),
                  { QStringLiteral("-silent"), QStringLiteral("-I"), QStringLiteral("."),
                    QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                    QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                    QStringLiteral("translations/platformrecordstrings.cpp"), QStringLiteral("-ts"), ts });
    const bool finished = lupdate.waitForFinished(60000);
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    scan.milliseconds = timer.elapsed();
    qDebug("lupdate scanned the sources in %lld ms", scan.milliseconds);
    if (!finished || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        scan.error = QStringLiteral("%1 did not finish cleanly (%2):\n%3")
                         .arg(QStringLiteral(PLUGBOARD_LUPDATE),
                              lupdate.error() == QProcess::UnknownError
                                  ? QStringLiteral("exit code %1").arg(lupdate.exitCode())
                                  : lupdate.errorString(),
                              output);
        return scan;
    }
    scan.messages = readTs(ts);
    if (scan.messages.isEmpty())
        scan.error = QStringLiteral("lupdate found no translatable text:\n%1").arg(output);
    return scan;
}

/// Scanned once for every language and check.
const SourceScan& sourceScan()
{
    static const SourceScan scan = scanSources();
    return scan;
}

/// The messages a language's .ts file holds when it is up to date: English
/// carries only the plurals (`lupdate -pluralonly`).
QList<TsMessage> expectedMessages(const QString& language)
{
    QList<TsMessage> expected = sourceScan().messages;
    if (language == QLatin1String("en"))
        expected.removeIf([](const TsMessage& message) { return !message.numerus; });
    return expected;
}

QString updateHint()
{
    return QStringLiteral("cmake --build <build dir> --target update_translations");
}

} // namespace
} // namespace Plugboard::Test

using namespace Plugboard::Test;

class TestTranslationsComplete final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data();
    void noUnfinishedEntries_data() { languages_data(); }
    void noUnfinishedEntries();
    void placeholdersMatchSource_data() { languages_data(); }
    void placeholdersMatchSource();
    void pluralsHaveEveryForm_data() { languages_data(); }
    void pluralsHaveEveryForm();
    void platformRecordTextsTranslated_data();
    void platformRecordTextsTranslated();
    void everySourceTextListed_data() { languages_data(); }
    void everySourceTextListed();
    void noEntryWithoutSourceText_data() { languages_data(); }
    void noEntryWithoutSourceText();
};

void TestTranslationsComplete::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << QStringLiteral("de") << 2;
    // English carries only plural forms ("1 platform", "2 platforms").
    QTest::newRow("en") << QStringLiteral("en") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
}

void TestTranslationsComplete::noUnfinishedEntries()
{
    QFETCH(QString, language);
    const QString path = tsPath(language);
    const QList<TsMessage> messages = readTs(path);
    QVERIFY2(!messages.isEmpty(), qPrintable(path));
    QStringList unfinished;
    for (const TsMessage& message : messages) {
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString& text) { return text.isEmpty(); });
        if (message.unfinished || empty)
            unfinished.append(message.describe());
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(failureList(QStringLiteral("Untranslated or unfinished entries"), path, unfinished)));
}

void TestTranslationsComplete::placeholdersMatchSource()
{
    QFETCH(QString, language);
    const QString path = tsPath(language);
    QStringList mismatched;
    const QList<TsMessage> messages = readTs(path);
    for (const TsMessage& message : messages) {
        const QSet<QString> expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            const QSet<QString> actual = placeholders(translation);
            if (!translation.isEmpty() && actual != expected)
                mismatched.append(QStringLiteral("%1\n    source has {%2}, translation has {%3}")
                                      .arg(message.describe(), sorted(expected), sorted(actual)));
        }
    }
    QVERIFY2(
        mismatched.isEmpty(),
        qPrintable(failureList(QStringLiteral("Placeholders differing from the source"), path, mismatched)));
}

void TestTranslationsComplete::pluralsHaveEveryForm()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QString path = tsPath(language);
    QStringList wrong;
    const QList<TsMessage> messages = readTs(path);
    for (const TsMessage& message : messages) {
        if (message.numerus && message.translations.size() != pluralForms)
            wrong.append(QStringLiteral("%1\n    %2 forms instead of %3")
                             .arg(message.describe())
                             .arg(message.translations.size())
                             .arg(pluralForms));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(failureList(QStringLiteral("Plural entries"), path, wrong)));
}

void TestTranslationsComplete::platformRecordTextsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// translations/platformrecordstrings.cpp lists every text of the shipped
// records (tst_recordstrings keeps it in step with them); each needs a
// finished translation, which only happens once update_translations has run.
void TestTranslationsComplete::platformRecordTextsTranslated()
{
    QFETCH(QString, language);
    const QString path = tsPath(language);
    QSet<QString> translated;
    const QList<TsMessage> messages = readTs(path);
    for (const TsMessage& message : messages) {
        if (message.context == QLatin1String("PlatformRecord") && !message.unfinished
            && !message.translations.value(0).isEmpty())
            translated.insert(message.source);
    }
    QStringList missing;
    for (const char* const* text = Plugboard::kPlatformRecordStrings; *text; ++text) {
        if (!translated.contains(QString::fromUtf8(*text)))
            missing.append(QStringLiteral("  %1").arg(QString::fromUtf8(*text)));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(failureList(
                 QStringLiteral("Platform record texts without a translation (run update_translations)"),
                 path, missing)));
}

// A tr() text added to the code needs update_translations (and then a
// translation): until then the .ts files lack it and it shows in English.
void TestTranslationsComplete::everySourceTextListed()
{
    QFETCH(QString, language);
    const SourceScan& scan = sourceScan();
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    const QString path = tsPath(language);
    QSet<QString> listed;
    const QList<TsMessage> messages = readTs(path);
    QVERIFY2(!messages.isEmpty(), qPrintable(path));
    for (const TsMessage& message : messages)
        listed.insert(message.key());
    QStringList missing;
    for (const TsMessage& message : expectedMessages(language)) {
        if (!listed.contains(message.key()))
            missing.append(message.describe());
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(failureList(
            QStringLiteral("Texts in the sources but not in the .ts file (run `%1`, then translate them)")
                .arg(updateHint()),
            path, missing)));
}

// A text changed or removed in the code leaves its old entry behind until
// update_translations drops it: nobody should translate what is never shown.
void TestTranslationsComplete::noEntryWithoutSourceText()
{
    QFETCH(QString, language);
    const SourceScan& scan = sourceScan();
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    const QString path = tsPath(language);
    QSet<QString> expected;
    for (const TsMessage& message : expectedMessages(language))
        expected.insert(message.key());
    QStringList gone;
    const QList<TsMessage> messages = readTs(path);
    for (const TsMessage& message : messages) {
        if (!expected.contains(message.key()))
            gone.append(message.describe());
    }
    QVERIFY2(gone.isEmpty(),
             qPrintable(failureList(
                 QStringLiteral("Entries whose text is no longer in the sources (run `%1` to drop them)")
                     .arg(updateHint()),
                 path, gone)));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translationscomplete.moc"

// "Start Plugboard when I log in": the XDG autostart entry is written where
// the desktop looks, passes desktop-file-validate, starts --minimized, is
// removed again, and is read as off when the desktop disabled it.
#include "core/applicationinfo.h"
#include "core/settings/autostartentry.h"
#include "tests/support/desktopentryvalidator.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray execLine(const QByteArray& entry)
{
    for (const QByteArray& line : entry.split('\n')) {
        if (line.startsWith("Exec="))
            return line;
    }
    return {};
}

} // namespace

class TestAutostartEntry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void livesInTheXdgAutostartFolder();
    void fallsBackToDotConfigWithoutXdgConfigHome();
    void writesAValidEntryAndRemovesIt();
    void readsAnEntryTheDesktopDisabledAsOff_data();
    void readsAnEntryTheDesktopDisabledAsOff();
    void quotesTheProgramAsTheSpecificationAsks_data();
    void quotesTheProgramAsTheSpecificationAsks();
    void unwritableFolderIsAPlainError();
};

void TestAutostartEntry::initTestCase()
{
    ApplicationInfo::applyToApplication();
    QVERIFY2(!qEnvironmentVariable("XDG_CONFIG_HOME").isEmpty(), "run through run-isolated.sh");
}

void TestAutostartEntry::cleanup()
{
    const QString folder = QFileInfo(AutostartEntry::filePath()).absolutePath();
    QFile::remove(folder); // the unwritable case makes it a file
    QDir(folder).removeRecursively();
}

void TestAutostartEntry::livesInTheXdgAutostartFolder()
{
    QCOMPARE(AutostartEntry::filePath(),
             qEnvironmentVariable("XDG_CONFIG_HOME")
                 + QStringLiteral("/autostart/org.plugboard.Plugboard.desktop"));
}

void TestAutostartEntry::fallsBackToDotConfigWithoutXdgConfigHome()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    const QString path = AutostartEntry::filePath();
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(path, QDir::homePath() + QStringLiteral("/.config/autostart/org.plugboard.Plugboard.desktop"));
}

void TestAutostartEntry::writesAValidEntryAndRemovesIt()
{
    QVERIFY(!AutostartEntry::isEnabled());
    const Result<void> on = AutostartEntry::setEnabled(true);
    QVERIFY2(on, qPrintable(on.error().message));
    QVERIFY(AutostartEntry::isEnabled());
    const QByteArray entry = contents(AutostartEntry::filePath());
    const QString verdict = DesktopEntryValidator::problems(AutostartEntry::filePath());
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    QVERIFY(execLine(entry).endsWith(" --minimized"));
    QVERIFY(entry.contains("\nX-GNOME-Autostart-enabled=true\n"));
    QVERIFY(entry.contains("\nType=Application\n"));

    QVERIFY(AutostartEntry::setEnabled(false));
    QVERIFY(!QFile::exists(AutostartEntry::filePath()));
    QVERIFY(!AutostartEntry::isEnabled());
    QVERIFY(AutostartEntry::setEnabled(false)); // already off: nothing to do, no error
}

void TestAutostartEntry::readsAnEntryTheDesktopDisabledAsOff_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("as written") << QByteArray() << true;
    QTest::newRow("Hidden=true (KDE, the spec)") << QByteArray("Hidden=true\n") << false;
    QTest::newRow("GNOME's switch off") << QByteArray("X-GNOME-Autostart-enabled=false\n") << false;
    QTest::newRow("Hidden=false") << QByteArray("Hidden=false\n") << true;
    QTest::newRow("in another group") << QByteArray("[Desktop Action x]\nHidden=true\n") << true;
}

void TestAutostartEntry::readsAnEntryTheDesktopDisabledAsOff()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, enabled);
    QByteArray entry = AutostartEntry::entryText(QStringLiteral("/usr/bin/plugboard"));
    entry.replace("X-GNOME-Autostart-enabled=true\n", "");
    QVERIFY(writeFile(AutostartEntry::filePath(), entry + extra));
    QCOMPARE(AutostartEntry::isEnabled(), enabled);
}

void TestAutostartEntry::quotesTheProgramAsTheSpecificationAsks_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/plugboard")
                           << QByteArray("Exec=/usr/bin/plugboard --minimized");
    QTest::newRow("on PATH") << QStringLiteral("plugboard") << QByteArray("Exec=plugboard --minimized");
    QTest::newRow("space") << QStringLiteral("/opt/My Apps/plugboard")
                           << QByteArray("Exec=\"/opt/My Apps/plugboard\" --minimized");
    QTest::newRow("percent") << QStringLiteral("/opt/100%/plugboard")
                             << QByteArray("Exec=/opt/100%%/plugboard --minimized");
    // Quoted: \" and \$ inside the quotes, then every backslash doubled by
    // the file format's own escaping.
    QTest::newRow("quote and dollar") << QStringLiteral("/opt/a\"b$c/plugboard")
                                      << QByteArray("Exec=\"/opt/a\\\\\"b\\\\$c/plugboard\" --minimized");
}

void TestAutostartEntry::quotesTheProgramAsTheSpecificationAsks()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, exec);
    const QByteArray entry = AutostartEntry::entryText(program);
    QCOMPARE(execLine(entry), exec);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("org.plugboard.Plugboard.desktop"));
    QVERIFY(writeFile(path, entry));
    const QString verdict = DesktopEntryValidator::problems(path);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestAutostartEntry::unwritableFolderIsAPlainError()
{
    // A file where the folder should be: even root cannot write into it.
    const QString folder = QFileInfo(AutostartEntry::filePath()).absolutePath();
    QVERIFY(writeFile(folder, "not a folder"));
    const Result<void> on = AutostartEntry::setEnabled(true);
    QVERIFY(!on);
    QCOMPARE(on.error().code, ErrorCode::StorageFailed);
    QVERIFY2(on.error().message.contains(AutostartEntry::filePath()), qPrintable(on.error().message));
    QVERIFY(!AutostartEntry::isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"

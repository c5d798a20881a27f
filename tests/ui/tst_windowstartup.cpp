// What the real `plugboard` loads to show its window: a style icon made
// while the window is built (the menu bar's overflow arrow, the filter's
// clear button) reads a PNG, and reading one loads every image format
// plugin (SVG, GIF, ICO, JPEG and libjpeg) before the first frame.
#include "tests/support/windowlaunch.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Plugboard;

class TestWindowStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstFrameLoadsNoImageFormatPlugin();
};

void TestWindowStartup::firstFrameLoadsNoImageFormatPlugin()
{
    QProcess app;
    QByteArray printed;
    QVERIFY2(Test::launchUntilShown(app, QStringLiteral(PLUGBOARD_GUI_PATH), &printed), printed.constData());
    QTest::qWait(300); // the cards after the first screenful, built right after it

    QFile maps(QStringLiteral("/proc/%1/maps").arg(app.processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    QByteArrayList loaded;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/"))
            loaded.append(line.mid(line.lastIndexOf('/') + 1));
    }
    app.terminate();
    QVERIFY(app.waitForFinished(15000));
    QVERIFY2(loaded.isEmpty(), loaded.join(' ').constData());
}

QTEST_GUILESS_MAIN(TestWindowStartup)
#include "tst_windowstartup.moc"

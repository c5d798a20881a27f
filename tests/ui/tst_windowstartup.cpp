// What the real `plugboard` loads to show its window: a style icon made
// while the window is built (the menu bar's overflow arrow, the filter's
// clear button) reads a PNG, and reading one loads every image format
// plugin (SVG, GIF, ICO, JPEG and libjpeg) before the first frame.
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestWindowStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstFrameLoadsNoImageFormatPlugin();
};

void TestWindowStartup::firstFrameLoadsNoImageFormatPlugin()
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLUGBOARD_REPORT_SHOWN"), QStringLiteral("1"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(PLUGBOARD_GUI_PATH), {});
    QVERIFY(app.waitForStarted(10000));
    QByteArray printed;
    QDeadlineTimer shown(20000);
    while (!printed.contains("PLUGBOARD_SHOWN") && !shown.hasExpired() && app.state() == QProcess::Running) {
        app.waitForReadyRead(100);
        printed += app.readAllStandardOutput();
    }
    QVERIFY2(printed.contains("PLUGBOARD_SHOWN"), printed.constData());
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

// Runs the real `plugboard` binary twice, as a user double-clicking the
// launcher would: the second launch must hand over to the first and exit.
#include <QProcess>
#include <QTest>

class TestSingleWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchExitsAndFirstKeepsRunning();
};

void TestSingleWindow::secondLaunchExitsAndFirstKeepsRunning()
{
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QStringLiteral(PLUGBOARD_GUI_PATH), {});
    QVERIFY(first.waitForStarted(10000));
    // Give the first instance time to start listening (bounded, not asserted).
    QTest::qWait(1500);
    QCOMPARE(first.state(), QProcess::Running);

    QProcess second;
    second.start(QStringLiteral(PLUGBOARD_GUI_PATH), {});
    QVERIFY2(second.waitForFinished(15000), "the second launch kept running");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
}

QTEST_GUILESS_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"

// Runs the real `plugboard` binary twice, as a user double-clicking the
// launcher would: the second launch must hand over to the first and exit.
#include "tests/support/windowlaunch.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Plugboard;

class TestSingleWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchExitsAndFirstKeepsRunning();
    void terminationQuitsCleanly_data();
    void terminationQuitsCleanly();
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

void TestSingleWindow::terminationQuitsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM (logout)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP);
}

// A session ends its programs with SIGTERM at logout: Plugboard quits as
// File > Quit does (sign-ins cancelled, its socket removed), not mid-way.
void TestSingleWindow::terminationQuitsCleanly()
{
    QFETCH(int, signal);
    QProcess app;
    QByteArray printed;
    QVERIFY2(Test::launchUntilShown(app, QStringLiteral(PLUGBOARD_GUI_PATH), &printed), printed.constData());

    QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
    QVERIFY2(app.waitForFinished(15000), "the app kept running");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    // The next launch starts as the first one.
    QProcess next;
    QVERIFY2(Test::launchUntilShown(next, QStringLiteral(PLUGBOARD_GUI_PATH)),
             "the next launch did not show its window");
    next.terminate();
    QVERIFY(next.waitForFinished(15000));
}

QTEST_GUILESS_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"

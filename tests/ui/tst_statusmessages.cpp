// Outcomes stay readable: a status message outlives rebuilds of the cards
// and stays until the user's next action, or a minimum time, whichever is
// later; the platform count never replaces it.
#include "ui/mainwindow.h"
#include "ui/statusmessages.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace Plugboard;

class TestStatusMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesRebuildsUntilTheUserActs();
    void staysTheMinimumEvenWhenTheUserActsAtOnce();
};

void TestStatusMessages::survivesRebuildsUntilTheUserActs()
{
    MainWindow window;
    window.show();
    window.statusMessages()->setMinimumDuration(300);
    window.showStatus(QStringLiteral("Connected as octocat."));
    window.setPlatforms({}); // the cards are rebuilt: the count changes
    QCOMPARE(window.statusMessages()->current(), QStringLiteral("Connected as octocat."));
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("platformSummaryLabel"))->text().contains(QLatin1Char('0')));

    QTest::qWait(600); // past the minimum, but nobody has looked yet
    QCOMPARE(window.statusMessages()->current(), QStringLiteral("Connected as octocat."));
    QTest::keyClick(&window, Qt::Key_Shift);
    QCOMPARE(window.statusMessages()->current(), QString());
}

void TestStatusMessages::staysTheMinimumEvenWhenTheUserActsAtOnce()
{
    MainWindow window;
    window.show();
    window.statusMessages()->setMinimumDuration(400);
    window.showStatus(QStringLiteral("Disconnected octocat from GitHub."));
    QTest::mouseClick(window.statusBar(), Qt::LeftButton);
    QCOMPARE(window.statusMessages()->current(), QStringLiteral("Disconnected octocat from GitHub."));
    QTRY_COMPARE_WITH_TIMEOUT(window.statusMessages()->current(), QString(), 3000);
}

QTEST_MAIN(TestStatusMessages)
#include "tst_statusmessages.moc"

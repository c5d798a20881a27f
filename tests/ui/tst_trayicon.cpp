// The tray without a tray: the offscreen platform has no system tray, but
// the menu, the tooltip and the decision to notify are all TrayIcon's and
// are checked here; notifications are observed through notified().
#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/staterules.h"
#include "core/storage/connection.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

Connection connection(const QString& accountId, ConnectionState state)
{
    Connection result;
    result.platformId = QStringLiteral("github");
    result.accountId = accountId;
    result.accountName = QStringLiteral("user-") + accountId;
    result.state = state;
    return result;
}

QStringList texts(const QList<QAction*>& actions)
{
    QStringList result;
    for (const QAction* action : actions) {
        if (!action->isVisible())
            continue; // not in the menu people see
        result.append(action->isSeparator() ? QStringLiteral("---") : action->text());
    }
    return result;
}

} // namespace

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuOffersCheckOpenAndQuit();
    void menuListsConnectionsWithQuickReconnect();
    void tooltipSummarisesTheWorstState();
    void notifiesOnlyWhenAConnectionMovesIntoTrouble_data();
    void notifiesOnlyWhenAConnectionMovesIntoTrouble();
    void startupDoesNotNotifyOfOldProblems();
    void notificationsOffShowNone();
    void failedRetryOfATroubledConnectionIsNotNews();
    void notificationNamesTheAccount();
    void signInAboutToEndNeedsAttention();
};

void TestTrayIcon::menuOffersCheckOpenAndQuit()
{
    TrayIcon tray;
    QSignalSpy check(&tray, &TrayIcon::checkAllRequested);
    QSignalSpy open(&tray, &TrayIcon::openWindowRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    tray.setConnections({});
    QCOMPARE(texts(tray.menu()->actions()),
             (QStringList { QStringLiteral("Check all now"), QStringLiteral("Open Plugboard"),
                            QStringLiteral("---"), QStringLiteral("Quit") }));
    tray.menu()->findChild<QAction*>(QStringLiteral("trayCheckAllAction"))->trigger();
    tray.menu()->findChild<QAction*>(QStringLiteral("trayOpenAction"))->trigger();
    tray.menu()->findChild<QAction*>(QStringLiteral("trayQuitAction"))->trigger();
    QCOMPARE(check.count(), 1);
    QCOMPARE(open.count(), 1);
    QCOMPARE(quit.count(), 1);
}

void TestTrayIcon::menuListsConnectionsWithQuickReconnect()
{
    TrayIcon tray;
    tray.setPlatformNames({ { QStringLiteral("github"), QStringLiteral("GitHub") } });
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Connected),
                          connection(QStringLiteral("2"), ConnectionState::NeedsReconnect) });
    QCOMPARE(texts(tray.menu()->actions()),
             (QStringList { QStringLiteral("user-1 (GitHub) — Connected"),
                            QStringLiteral("user-2 (GitHub) — Needs reconnect"),
                            QStringLiteral("Reconnect user-2"), QStringLiteral("---"),
                            QStringLiteral("Check all now"), QStringLiteral("Open Plugboard"),
                            QStringLiteral("---"), QStringLiteral("Quit") }));

    QSignalSpy reconnect(&tray, &TrayIcon::connectRequested);
    QSignalSpy open(&tray, &TrayIcon::openWindowRequested);
    const QList<QAction*> quick = tray.menu()->findChildren<QAction*>(QStringLiteral("trayReconnectAction"));
    QCOMPARE(quick.size(), 1);
    quick.first()->trigger();
    QCOMPARE(reconnect.count(), 1);
    QCOMPARE(reconnect.first().first().toString(), QStringLiteral("github/2"));
    tray.menu()->findChildren<QAction*>(QStringLiteral("trayConnectionAction")).first()->trigger();
    QCOMPARE(open.count(), 1);

    // The menu follows: reconnected, one removed, no quick action left.
    tray.setConnections({ connection(QStringLiteral("2"), ConnectionState::Connected) });
    QCOMPARE(texts(tray.menu()->actions()).first(), QStringLiteral("user-2 (GitHub) — Connected"));
    QCOMPARE(tray.menu()->findChildren<QAction*>(QStringLiteral("trayConnectionAction")).size(), 1);
    QVERIFY(tray.menu()->findChildren<QAction*>(QStringLiteral("trayReconnectAction")).isEmpty());

    tray.setConnections({});
    QVERIFY(tray.menu()->findChildren<QAction*>(QStringLiteral("trayConnectionAction")).isEmpty());
    QCOMPARE(texts(tray.menu()->actions()).first(), QStringLiteral("Check all now"));
}

void TestTrayIcon::tooltipSummarisesTheWorstState()
{
    TrayIcon tray;
    tray.setConnections({});
    QCOMPARE(tray.toolTip(), QStringLiteral("Plugboard: no connections yet"));

    const Connection good = connection(QStringLiteral("1"), ConnectionState::Connected);
    const Connection other = connection(QStringLiteral("2"), ConnectionState::Connected);
    const Connection broken = connection(QStringLiteral("3"), ConnectionState::NeedsReconnect);
    tray.setConnections({ good, other });
    QCOMPARE(tray.worstSeverity(), StateSeverity::Healthy);
    QCOMPARE(tray.toolTip(), QStringLiteral("Plugboard: 2 connected"));
    tray.setConnections({ good, broken, other });
    QCOMPARE(tray.worstSeverity(), StateSeverity::Broken);
    QCOMPARE(tray.toolTip(), QStringLiteral("Plugboard: 2 connected, 1 needs reconnect"));
    tray.setConnections({ good, connection(QStringLiteral("3"), ConnectionState::Degraded) });
    QCOMPARE(tray.worstSeverity(), StateSeverity::Attention);
    QCOMPARE(tray.toolTip(), QStringLiteral("Plugboard: 1 connected, 1 degraded"));
}

void TestTrayIcon::notifiesOnlyWhenAConnectionMovesIntoTrouble_data()
{
    QTest::addColumn<int>("before"); // ConnectionState
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("notifies");
    using S = ConnectionState;
    QTest::newRow("connected to needs reconnect") << int(S::Connected) << int(S::NeedsReconnect) << true;
    QTest::newRow("refreshing to needs reconnect") << int(S::Refreshing) << int(S::NeedsReconnect) << true;
    QTest::newRow("connected to degraded") << int(S::Connected) << int(S::Degraded) << true;
    QTest::newRow("connected to error") << int(S::Connected) << int(S::Error) << true;
    QTest::newRow("connected to expiring") << int(S::Connected) << int(S::Expiring) << true;
    QTest::newRow("degraded to error") << int(S::Degraded) << int(S::Error) << true;
    QTest::newRow("connected stays connected") << int(S::Connected) << int(S::Connected) << false;
    QTest::newRow("connected to refreshing") << int(S::Connected) << int(S::Refreshing) << false;
    QTest::newRow("refreshing to connected") << int(S::Refreshing) << int(S::Connected) << false;
    QTest::newRow("needs reconnect stays") << int(S::NeedsReconnect) << int(S::NeedsReconnect) << false;
    QTest::newRow("reconnected") << int(S::NeedsReconnect) << int(S::Connected) << false;
    QTest::newRow("needs new consent") << int(S::Connected) << int(S::NeedsReconsent) << false;
}

void TestTrayIcon::notifiesOnlyWhenAConnectionMovesIntoTrouble()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(bool, notifies);
    TrayIcon tray;
    QSignalSpy notified(&tray, &TrayIcon::notified);
    const Connection steady = connection(QStringLiteral("steady"), ConnectionState::Connected);
    tray.setConnections({ steady, connection(QStringLiteral("1"), ConnectionState(before)) });
    QCOMPARE(notified.count(), 0);
    tray.setConnections({ steady, connection(QStringLiteral("1"), ConnectionState(after)) });
    QCOMPARE(notified.count(), notifies ? 1 : 0);
    // Saying the same again is not news.
    tray.setConnections({ steady, connection(QStringLiteral("1"), ConnectionState(after)) });
    QCOMPARE(notified.count(), notifies ? 1 : 0);
}

void TestTrayIcon::failedRetryOfATroubledConnectionIsNotNews()
{
    TrayIcon tray;
    QSignalSpy notified(&tray, &TrayIcon::notified);
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Connected) });
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Degraded) });
    QCOMPARE(notified.count(), 1);
    // The automatic retry: Refreshing, then Degraded again.
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Refreshing) });
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Degraded) });
    QCOMPARE(notified.count(), 1);
}

void TestTrayIcon::startupDoesNotNotifyOfOldProblems()
{
    TrayIcon tray;
    QSignalSpy notified(&tray, &TrayIcon::notified);
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::NeedsReconnect),
                          connection(QStringLiteral("2"), ConnectionState::Error) });
    QCOMPARE(notified.count(), 0);
    QCOMPARE(tray.worstSeverity(), StateSeverity::Broken); // the icon shows it instead
    // A connection that appears later already broken did not move either.
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::NeedsReconnect),
                          connection(QStringLiteral("2"), ConnectionState::Error),
                          connection(QStringLiteral("3"), ConnectionState::Degraded) });
    QCOMPARE(notified.count(), 0);
}

void TestTrayIcon::notificationNamesTheAccount()
{
    TrayIcon tray;
    tray.setPlatformNames({ { QStringLiteral("github"), QStringLiteral("GitHub") } });
    QSignalSpy notified(&tray, &TrayIcon::notified);
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Connected) });
    Connection failing = connection(QStringLiteral("1"), ConnectionState::Error);
    failing.lastError = { ErrorCode::InvalidClient,
                          QStringLiteral("GitHub refused the client secret. Check the client secret.") };
    tray.setConnections({ failing });
    QCOMPARE(notified.count(), 1);
    QVERIFY(notified.first().at(0).toString().contains(QStringLiteral("user-1 (GitHub)")));
    QCOMPARE(notified.first().at(1).toString(), failing.lastError.message);
}

void TestTrayIcon::signInAboutToEndNeedsAttention()
{
    // Google ends the sign-ins of apps in testing after 7 days. The tray is
    // handed states as ConnectionMonitor reads them, through StateRules.
    const Result<PlatformRecord> google = PlatformCatalog::loadOne(QStringLiteral("google"));
    QVERIFY(google);
    const auto signedIn = [&google](int daysAgo) {
        Connection c = connection(QStringLiteral("1"), ConnectionState::Connected);
        c.platformId = QStringLiteral("google");
        c.refreshable = true;
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3000);
        c.refreshIssuedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        c.state = StateRules::shownState(c, &google.value());
        return c;
    };
    TrayIcon tray;
    tray.setPlatformNames({ { QStringLiteral("google"), QStringLiteral("Google") } });
    QSignalSpy notified(&tray, &TrayIcon::notified);
    tray.setConnections({ signedIn(1) });
    QCOMPARE(tray.worstSeverity(), StateSeverity::Healthy);
    QCOMPARE(tray.toolTip(), QStringLiteral("Plugboard: 1 connected"));

    tray.setConnections({ signedIn(6) }); // a day before Google ends it
    QCOMPARE(tray.worstSeverity(), StateSeverity::Attention);
    QCOMPARE(tray.toolTip(), QStringLiteral("Plugboard: 1 expiring soon"));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().first().toString(), QStringLiteral("user-1 (Google) expires soon"));
    QCOMPARE(tray.menu()->findChildren<QAction*>(QStringLiteral("trayReconnectAction")).size(), 1);
}

void TestTrayIcon::notificationsOffShowNone()
{
    TrayIcon tray;
    QVERIFY(tray.notificationsEnabled()); // on until the person turns them off
    QSignalSpy notified(&tray, &TrayIcon::notified);
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Connected) });
    tray.setNotificationsEnabled(false);
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::NeedsReconnect) });
    tray.notify(QStringLiteral("Plugboard is still running"), QStringLiteral("…"));
    QCOMPARE(notified.count(), 0);
    QCOMPARE(tray.worstSeverity(), StateSeverity::Broken); // the icon still shows it

    tray.setNotificationsEnabled(true);
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::Connected) });
    tray.setConnections({ connection(QStringLiteral("1"), ConnectionState::NeedsReconnect) });
    QCOMPARE(notified.count(), 1);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"

// ConnectionMonitor: what the window and tray are shown while renewals and
// checks run, against the fake provider over loopback HTTP.
#include "core/applicationinfo.h"
#include "core/lifecycle/connectionmonitor.h"
#include "core/lifecycle/refreshscheduler.h"
#include "tests/core/lifecycle/lifecyclefixture.h"
#include "tests/support/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

class TestConnectionMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsRefreshingWhileRenewing();
    void showsTheEffectiveState();
    void checkNowRecordsTheOutcome();
    void checkAllChecksEachOnce();

private:
    QString shownState() const;

    std::unique_ptr<Test::MemorySecretStore> m_secrets;
    std::unique_ptr<Test::LifecycleFixture> m_fixture;
    std::unique_ptr<ConnectionMonitor> m_monitor;
};

void TestConnectionMonitor::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestConnectionMonitor::init()
{
    m_secrets = std::make_unique<Test::MemorySecretStore>();
    m_fixture = std::make_unique<Test::LifecycleFixture>(m_secrets.get());
    m_monitor = std::make_unique<ConnectionMonitor>(&m_fixture->service());
    m_monitor->scheduler()->setMaxJitter(std::chrono::milliseconds(0));
}

void TestConnectionMonitor::cleanup()
{
    m_monitor.reset();
    m_fixture.reset();
    m_secrets.reset();
}

QString TestConnectionMonitor::shownState() const
{
    const QList<Connection> shown = m_monitor->connections();
    return shown.size() == 1 ? stateName(shown.first().state)
                             : QStringLiteral("(%1 connections)").arg(shown.size());
}

void TestConnectionMonitor::showsRefreshingWhileRenewing()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-5)));
    m_fixture->provider.setRefreshDelay(500);
    QStringList seen;
    connect(m_monitor.get(), &ConnectionMonitor::changed, this, [&seen, this] {
        if (seen.isEmpty() || seen.last() != shownState())
            seen.append(shownState());
    });
    m_monitor->start(); // the expired token is due at once
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1,
                              5000);
    QTRY_VERIFY(!seen.isEmpty() && seen.last() == QStringLiteral("connected"));
    QVERIFY2(seen.contains(QStringLiteral("refreshing")), qPrintable(seen.join(QLatin1Char(','))));
}

void TestConnectionMonitor::showsTheEffectiveState()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(300), true, /*withRefreshToken=*/false));
    QCOMPARE(shownState(), QStringLiteral("expiring"));
    QVERIFY(m_fixture->connections().update(m_fixture->connectionId(), [](Connection& c) {
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    }));
    QCOMPARE(shownState(), QStringLiteral("needs_reconnect"));
}

void TestConnectionMonitor::checkNowRecordsTheOutcome()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    QSignalSpy finished(m_monitor.get(), &ConnectionMonitor::checkFinished);
    m_monitor->checkNow(m_fixture->connectionId());
    QVERIFY(m_monitor->isChecking(m_fixture->connectionId()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).value<Error>().codeName(), QStringLiteral("none"));
    QVERIFY(m_fixture->metadata()->lastChecked.isValid());
    QCOMPARE(shownState(), QStringLiteral("connected"));

    // A token the platform refuses is renewed once; a platform in trouble degrades.
    m_fixture->provider.setUserinfoStatus(503);
    m_monitor->checkNow(m_fixture->connectionId());
    QVERIFY(finished.wait(10000));
    QCOMPARE(shownState(), QStringLiteral("degraded"));
    m_fixture->provider.setUserinfoStatus(200);
    m_monitor->checkNow(m_fixture->connectionId());
    QVERIFY(finished.wait(10000));
    QCOMPARE(shownState(), QStringLiteral("connected"));
}

void TestConnectionMonitor::checkAllChecksEachOnce()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    Connection second = *m_fixture->metadata();
    second.accountId = QStringLiteral("user-43"); // no tokens stored: its check fails
    QVERIFY(m_fixture->connections().upsert(second));
    QSignalSpy finished(m_monitor.get(), &ConnectionMonitor::checkFinished);
    m_monitor->checkAll();
    m_monitor->checkAll(); // asking again while running adds nothing
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 2);
    QStringList ids { finished.at(0).at(0).toString(), finished.at(1).at(0).toString() };
    ids.sort();
    QCOMPARE(ids, (QStringList { QStringLiteral("fake/user-42"), QStringLiteral("fake/user-43") }));
}

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"

// RefreshScheduler: one timer per renewable connection, due before expiry;
// none for connections that need the user; backoff for Degraded ones; the
// renewal really happens when the timer fires (fake provider, loopback HTTP).
#include "core/applicationinfo.h"
#include "core/lifecycle/refreshscheduler.h"
#include "core/lifecycle/staterules.h"
#include "tests/core/lifecycle/lifecyclefixture.h"
#include "tests/support/memorysecretstore.h"

#include <QTest>

using namespace Plugboard;
using namespace std::chrono_literals;

class TestRefreshScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void renewsShortlyBeforeExpiry();
    void renewsWhenTheTimerFires();
    void nothingIsScheduledForConnectionsThatNeedTheUser();
    void degradedConnectionsBackOff();
    void followsTheStore();

private:
    void setState(ConnectionState state);

    std::unique_ptr<Test::MemorySecretStore> m_secrets;
    std::unique_ptr<Test::LifecycleFixture> m_fixture;
    std::unique_ptr<RefreshScheduler> m_scheduler;
};

void TestRefreshScheduler::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestRefreshScheduler::init()
{
    m_secrets = std::make_unique<Test::MemorySecretStore>();
    m_fixture = std::make_unique<Test::LifecycleFixture>(m_secrets.get());
    m_scheduler = std::make_unique<RefreshScheduler>(&m_fixture->service());
    m_scheduler->setMaxJitter(0ms);
}

void TestRefreshScheduler::cleanup()
{
    m_scheduler.reset();
    m_fixture.reset();
    m_secrets.reset();
}

void TestRefreshScheduler::setState(ConnectionState state)
{
    QVERIFY(m_fixture->connections().update(m_fixture->connectionId(),
                                            [state](Connection& c) { c.state = state; }));
}

void TestRefreshScheduler::renewsShortlyBeforeExpiry()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_fixture->seed(expires));
    m_scheduler->start();
    QCOMPARE(m_scheduler->scheduledCount(), 1);
    const QDateTime due = m_scheduler->dueAt(m_fixture->connectionId());
    QVERIFY(due.isValid());
    QVERIFY2(qAbs(due.secsTo(expires.addSecs(-300))) <= 1, qPrintable(due.toString(Qt::ISODate)));

    // With jitter, the moment moves earlier by at most kMaxJitter.
    RefreshScheduler jittered(&m_fixture->service());
    jittered.start();
    const qint64 early = jittered.dueAt(m_fixture->connectionId()).secsTo(expires.addSecs(-300));
    QVERIFY2(early >= 0 && early <= 31, qPrintable(QString::number(early)));
}

void TestRefreshScheduler::renewsWhenTheTimerFires()
{
    // A token that lives 2 s is renewed halfway through, not in a loop.
    m_fixture->provider.setAccessTokenLifetime(3600);
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(2)));
    m_scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1,
                              5000);
    QTRY_VERIFY(m_scheduler->dueAt(m_fixture->connectionId())
                > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(m_fixture->storedTokens().accessToken == m_fixture->provider.lastAccessToken());
    QTest::qWait(300);
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

void TestRefreshScheduler::nothingIsScheduledForConnectionsThatNeedTheUser()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    setState(ConnectionState::NeedsReconnect);
    m_scheduler->start();
    QCOMPARE(m_scheduler->scheduledCount(), 0);

    setState(ConnectionState::Error);
    QCOMPARE(m_scheduler->scheduledCount(), 0);

    setState(ConnectionState::Connected);
    QCOMPARE(m_scheduler->scheduledCount(), 1);

    QVERIFY(m_fixture->connections().update(m_fixture->connectionId(),
                                            [](Connection& c) { c.refreshable = false; }));
    QCOMPARE(m_scheduler->scheduledCount(), 0);
}

void TestRefreshScheduler::degradedConnectionsBackOff()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(1)));
    m_fixture->provider.setTokenOverride(
        Test::FakeHttpServer::Response::text(503, QByteArrayLiteral("down")));
    m_scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(stateName(m_fixture->metadata()->state), QStringLiteral("degraded"), 5000);
    // The first retry comes after StateRules::retryDelay(1), not at once.
    QTRY_VERIFY(m_scheduler->dueAt(m_fixture->connectionId()).isValid());
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(m_scheduler->dueAt(m_fixture->connectionId()));
    QVERIFY2(wait >= 25 && wait <= 31, qPrintable(QString::number(wait)));
    QTest::qWait(500);
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

void TestRefreshScheduler::followsTheStore()
{
    m_scheduler->start();
    QCOMPARE(m_scheduler->scheduledCount(), 0);
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    QCOMPARE(m_scheduler->scheduledCount(), 1);
    QVERIFY(m_fixture->connections().remove(m_fixture->connectionId()));
    QCOMPARE(m_scheduler->scheduledCount(), 0);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"

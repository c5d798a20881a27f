#include "core/job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

/// A job whose outcome the test decides: it runs, counts, and finishes the
/// way it was told to.
class ScriptedJob final : public Job
{
public:
    enum class Plan { FinishInRun, FinishTwiceInRun, WaitForTest };

    explicit ScriptedJob(Plan plan, QObject* parent = nullptr)
        : Job(parent)
        , m_plan(plan)
    { }

    int runs = 0;
    int finishings = 0;
    QString result;

    void finishNow(Error error) { emitFinished(std::move(error)); }
    void cancel() { finishSoon({ ErrorCode::Cancelled, QStringLiteral("cancelled") }); }

private:
    void run() override
    {
        ++runs;
        if (m_plan == Plan::WaitForTest)
            return;
        result = QStringLiteral("done");
        emitFinished();
        if (m_plan == Plan::FinishTwiceInRun)
            emitFinished({ ErrorCode::StorageFailed, QStringLiteral("second outcome") });
    }
    void finishing() override { ++finishings; }

    Plan m_plan;
};

} // namespace

class TestJob final : public QObject
{
    Q_OBJECT

public:
    void receive(ScriptedJob* job) { m_received = job->result; }

private Q_SLOTS:
    void finishesFromTheEventLoopNeverInsideStart();
    void startsOnce();
    void finishesOnce();
    void deletesItselfAfterFinished();
    void keepsItselfWhenAskedTo();
    void survivesASlotThatDeletesIt();
    void finishSoonWaitsForTheEventLoop();
    void startJobHandsTheTypedJobToAMember();
    void onFinishedAcceptsAHandlerWithoutArguments();
    void neverStartedNeverFinishes();

private:
    QString m_received;
};

void TestJob::finishesFromTheEventLoopNeverInsideStart()
{
    auto* job = new ScriptedJob(ScriptedJob::Plan::FinishInRun, this);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QCOMPARE(job->runs, 0);
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Job*>(), job);
}

void TestJob::startsOnce()
{
    auto* job = new ScriptedJob(ScriptedJob::Plan::WaitForTest, this);
    job->setAutoDelete(false);
    job->start();
    job->start();
    QTRY_COMPARE(job->runs, 1);
    QTest::qWait(10);
    QCOMPARE(job->runs, 1);
    QVERIFY(job->isStarted());
    delete job;
}

void TestJob::finishesOnce()
{
    auto* job = new ScriptedJob(ScriptedJob::Plan::FinishTwiceInRun, this);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->finishings, 1);
    QVERIFY(!job->error().isError()); // the first outcome stands
    delete job;
}

void TestJob::deletesItselfAfterFinished()
{
    QPointer<ScriptedJob> job = new ScriptedJob(ScriptedJob::Plan::FinishInRun, this);
    job->start();
    QTRY_VERIFY(job.isNull());
}

void TestJob::keepsItselfWhenAskedTo()
{
    QPointer<ScriptedJob> job = new ScriptedJob(ScriptedJob::Plan::FinishInRun, this);
    job->setAutoDelete(false);
    QSignalSpy finished(job.data(), &Job::finished);
    job->start();
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(10);
    QVERIFY(!job.isNull());
    QCOMPARE(job->result, QStringLiteral("done"));
    delete job.data();
}

void TestJob::survivesASlotThatDeletesIt()
{
    auto* parent = new QObject(this);
    QPointer<ScriptedJob> job = new ScriptedJob(ScriptedJob::Plan::WaitForTest, parent);
    bool called = false;
    onFinished(job.data(), this, [&called, parent](ScriptedJob*) {
        called = true;
        delete parent; // takes the job with it, inside the signal
    });
    job->start();
    QTRY_COMPARE(job->runs, 1);
    job->finishNow({});
    QVERIFY(called);
    QVERIFY(job.isNull());
}

void TestJob::finishSoonWaitsForTheEventLoop()
{
    auto* job = new ScriptedJob(ScriptedJob::Plan::WaitForTest, this);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(job->runs, 1);
    job->cancel();
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
}

void TestJob::startJobHandsTheTypedJobToAMember()
{
    m_received.clear();
    ScriptedJob* job
        = startJob(new ScriptedJob(ScriptedJob::Plan::FinishInRun, this), this, &TestJob::receive);
    QVERIFY(job->isStarted());
    QTRY_COMPARE(m_received, QStringLiteral("done"));
}

void TestJob::onFinishedAcceptsAHandlerWithoutArguments()
{
    int calls = 0;
    auto* job = new ScriptedJob(ScriptedJob::Plan::FinishInRun, this);
    onFinished(job, this, [&calls] { ++calls; });
    job->start();
    QTRY_COMPARE(calls, 1);
}

void TestJob::neverStartedNeverFinishes()
{
    auto* job = new ScriptedJob(ScriptedJob::Plan::FinishInRun, this);
    QSignalSpy finished(job, &Job::finished);
    QTest::qWait(20);
    QCOMPARE(job->runs, 0);
    QCOMPARE(finished.count(), 0);
    delete job;
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"

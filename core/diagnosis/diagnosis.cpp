#include "core/diagnosis/diagnosis.h"

#include "core/diagnosis/browsercheck.h"
#include "core/diagnosis/clockcheck.h"
#include "core/diagnosis/dbusservicecheck.h"
#include "core/diagnosis/loopbackcheck.h"
#include "core/diagnosis/permissionscheck.h"
#include "core/diagnosis/proxycheck.h"
#include "core/diagnosis/secretbackendcheck.h"
#include "core/diagnosis/versionscheck.h"

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <utility>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcDiagnosis, "plugboard.diagnosis")

template<typename CheckClass> Diagnosis::Check check()
{
    return { &CheckClass::id, &CheckClass::title, &CheckClass::run };
}

} // namespace

QList<Diagnosis::Check> Diagnosis::checks()
{
    return { check<LoopbackCheck>(),    check<SecretBackendCheck>(), check<BrowserCheck>(),
             check<ProxyCheck>(),       check<ClockCheck>(),         check<PermissionsCheck>(),
             check<DBusServiceCheck>(), check<VersionsCheck>() };
}

Diagnosis::Diagnosis(DiagnosisOptions options, QObject* parent)
    : Job(parent)
    , m_options(std::move(options))
    , m_checks(checks())
{
    m_results.resize(m_checks.size());
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Diagnosis::onDeadline);
}

Diagnosis::~Diagnosis()
{
    // A check cannot be interrupted; each ends within its own time limit.
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

QList<DiagnosticResult> Diagnosis::results() const
{
    QList<DiagnosticResult> results;
    for (const std::optional<DiagnosticResult>& result : m_results) {
        if (result)
            results.append(*result);
    }
    return results;
}

bool Diagnosis::anyFailed() const
{
    const QList<DiagnosticResult> all = results();
    return std::any_of(all.begin(), all.end(),
                       [](const DiagnosticResult& result) { return result.verdict == Verdict::Failed; });
}

void Diagnosis::run()
{
    m_pending = int(m_checks.size());
    for (int index = 0; index < m_checks.size(); ++index) {
        const auto work = m_checks.at(index).run;
        QThread* thread = QThread::create([this, index, work, options = m_options] {
            const DiagnosticResult result = work(options);
            QMetaObject::invokeMethod(
                this, [this, index, result] { onCheckDone(index, result); }, Qt::QueuedConnection);
        });
        m_threads.append(thread);
        thread->start();
    }
    m_deadline.start(m_options.deadlineMs);
}

void Diagnosis::onCheckDone(int index, const DiagnosticResult& result)
{
    if (isFinished())
        return; // reported as late already
    m_results[index] = result;
    if (--m_pending == 0) {
        m_deadline.stop();
        emitFinished();
    }
}

void Diagnosis::onDeadline()
{
    for (int index = 0; index < m_checks.size(); ++index) {
        if (m_results.at(index))
            continue;
        m_results[index] = DiagnosticResult {
            m_checks.at(index).id(), m_checks.at(index).title(), Verdict::Failed,
            tr("The check did not finish within %1 s.").arg(m_options.deadlineMs / 1000),
            tr("Something it waits for (the session bus, a program it runs, the network) does not answer: "
               "run diagnose again, and report it if it stays.")
        };
    }
    emitFinished();
}

void Diagnosis::finishing()
{
    for (const DiagnosticResult& result : results())
        qCInfo(lcDiagnosis) << result.id << verdictName(result.verdict);
}

} // namespace Plugboard

#pragma once

#include "core/diagnosis/diagnosisoptions.h"
#include "core/diagnosis/diagnosticresult.h"
#include "core/job.h"

#include <QList>
#include <QTimer>

#include <optional>

class QThread;

namespace Plugboard {

/// `plugboard-cli diagnose` and Help ▸ Diagnose problems: every check of
/// checks(), each on a thread of its own so a slow one (a D-Bus call, a
/// server's Date) keeps neither the window nor the others waiting.
///
/// A Job: start(), then finished() once every check has answered or the
/// options' deadline has passed; a check still running then is reported as
/// Failed ("did not finish"). error() is always none: the verdicts are in
/// results(). Every check is bounded in time by itself, so destroying the
/// job waits for a late one at most a few seconds.
class Diagnosis final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Diagnosis)

public:
    /// One check: synchronous, bounded in time, safe on any thread.
    struct Check
    {
        QString (*id)();
        QString (*title)();
        DiagnosticResult (*run)(const DiagnosisOptions& options);
    };

    /// The checks, in the order of the report.
    static QList<Check> checks();

    explicit Diagnosis(DiagnosisOptions options, QObject* parent = nullptr);
    ~Diagnosis() override;

    /// One result per check, in checks() order (after finished()).
    QList<DiagnosticResult> results() const;
    /// Whether any check Failed.
    bool anyFailed() const;

protected:
    void run() override;
    void finishing() override;

private:
    void onCheckDone(int index, const DiagnosticResult& result);
    void onDeadline();

    DiagnosisOptions m_options;
    QList<Check> m_checks;
    QList<std::optional<DiagnosticResult>> m_results;
    QList<QThread*> m_threads; ///< owned; waited for in the destructor
    QTimer m_deadline;
    int m_pending = 0;
};

} // namespace Plugboard

#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Plugboard {

/// A Diagnosis's results for people (plugboard-cli diagnose, the window's
/// report and its Copy) and for scripts (--json).
class DiagnosisReport final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::DiagnosisReport)

public:
    /// One line per check, "ok       Title: detail", its next step on an
    /// indented line when it did not pass, then a one-line summary.
    static QString toText(const QList<DiagnosticResult>& results);
    /// The --json shape, version 1:
    ///
    ///     { "format": 1, "version": "<Plugboard's>", "failed": <bool: any check failed>,
    ///       "checks": [ { "id", "title", "verdict": "ok|warning|failed|skipped",
    ///                     "detail", "next_step" }, … ] }
    ///
    /// Ids and verdict names are stable; titles, details and next steps are
    /// translated text for people.
    static QJsonObject toJson(const QList<DiagnosticResult>& results);
    /// The translated verdict as the text report shows it ("FAILED").
    static QString verdictLabel(Verdict verdict);
};

} // namespace Plugboard

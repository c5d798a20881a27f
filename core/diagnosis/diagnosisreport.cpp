#include "core/diagnosis/diagnosisreport.h"

#include "core/applicationinfo.h"

#include <QJsonArray>

namespace Plugboard {

QString DiagnosisReport::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return tr("ok");
    case Verdict::Warning:
        return tr("WARNING");
    case Verdict::Failed:
        return tr("FAILED");
    case Verdict::Skipped:
        break;
    }
    return tr("skipped");
}

QString DiagnosisReport::toText(const QList<DiagnosticResult>& results)
{
    constexpr int kLabelWidth = 9;
    QStringList lines;
    int failed = 0;
    int warnings = 0;
    for (const DiagnosticResult& result : results) {
        lines.append(
            QStringLiteral("%1%2: %3")
                .arg(verdictLabel(result.verdict).leftJustified(kLabelWidth), result.title, result.detail));
        if (result.verdict != Verdict::Ok && !result.nextStep.isEmpty())
            lines.append(QString(kLabelWidth, QLatin1Char(' ')) + tr("Next step: %1").arg(result.nextStep));
        failed += result.verdict == Verdict::Failed ? 1 : 0;
        warnings += result.verdict == Verdict::Warning ? 1 : 0;
    }
    if (failed == 0 && warnings == 0)
        lines.append(tr("No problems found."));
    else
        lines.append(tr("%1 check(s) failed, %2 warning(s).").arg(failed).arg(warnings));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject DiagnosisReport::toJson(const QList<DiagnosticResult>& results)
{
    QJsonArray checks;
    bool failed = false;
    for (const DiagnosticResult& result : results) {
        checks.append(result.toJson());
        failed = failed || result.verdict == Verdict::Failed;
    }
    return QJsonObject { { QStringLiteral("format"), 1 },
                         { QStringLiteral("version"), ApplicationInfo::version() },
                         { QStringLiteral("failed"), failed },
                         { QStringLiteral("checks"), checks } };
}

} // namespace Plugboard

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
    // As wide as the longest verdict in the language shown, plus a space
    // (German "übersprungen" is longer than English "skipped").
    int labelWidth = 0;
    for (Verdict verdict : { Verdict::Ok, Verdict::Warning, Verdict::Failed, Verdict::Skipped })
        labelWidth = qMax(labelWidth, int(verdictLabel(verdict).size()) + 1);
    labelWidth = qMax(labelWidth, 9);
    QStringList lines;
    int failed = 0;
    int warnings = 0;
    for (const DiagnosticResult& result : results) {
        lines.append(
            QStringLiteral("%1%2: %3")
                .arg(verdictLabel(result.verdict).leftJustified(labelWidth), result.title, result.detail));
        if (result.verdict != Verdict::Ok && !result.nextStep.isEmpty())
            lines.append(QString(labelWidth, QLatin1Char(' ')) + tr("Next step: %1").arg(result.nextStep));
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

#include "core/diagnosis/diagnosticresult.h"

namespace Plugboard {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QJsonObject DiagnosticResult::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("title"), title },
                         { QStringLiteral("verdict"), verdictName(verdict) },
                         { QStringLiteral("detail"), detail },
                         { QStringLiteral("next_step"), nextStep } };
}

} // namespace Plugboard

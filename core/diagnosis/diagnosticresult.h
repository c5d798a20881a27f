#pragma once

#include <QJsonObject>
#include <QString>

namespace Plugboard {

/// How one diagnostic check ended.
enum class Verdict {
    Ok, ///< works as Plugboard needs it
    Warning, ///< works, but something may go wrong (a skewed clock, no IPv6)
    Failed, ///< Plugboard cannot do part of its work until this is fixed
    Skipped, ///< not checked (e.g. the clock without --online); the detail says how to run it
};

/// The outcome of one check of `plugboard-cli diagnose` and Help ▸
/// Diagnose problems. Never holds a secret: checks report names, paths,
/// versions and verdicts, and mask credentials in proxy addresses.
struct DiagnosticResult
{
    QString id; ///< stable, for --json and tests: "loopback", "secret_backend", …
    QString title; ///< translated: "Loopback listener"
    Verdict verdict = Verdict::Skipped;
    QString detail; ///< what was found, translated
    QString nextStep; ///< what to do, for Warning and Failed (may be empty otherwise)

    /// {"id", "title", "verdict", "detail", "next_step"}: the --json shape.
    QJsonObject toJson() const;
};

/// "ok", "warning", "failed", "skipped": stable, in --json output.
QString verdictName(Verdict verdict);

} // namespace Plugboard

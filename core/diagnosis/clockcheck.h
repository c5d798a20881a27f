#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Clock: the Date header of a platform's server (a HEAD request) against
/// this computer's time, warning beyond 60 s; Skipped unless the options
/// allow going online.
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class ClockCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::ClockCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

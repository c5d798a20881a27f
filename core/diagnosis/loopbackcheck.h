#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Loopback listener: can sign-ins receive their redirect. Synchronous and bounded in time; Diagnosis runs it
/// on a thread of its own.
class LoopbackCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::LoopbackCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

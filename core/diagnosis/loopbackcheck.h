#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Loopback listener: 127.0.0.1 and [::1] accept a listening socket on a
/// free port, and every fixed redirect port a platform record needs is free
/// (a taken one fails, naming the platforms and how to find the program).
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class LoopbackCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::LoopbackCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

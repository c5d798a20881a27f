#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// D-Bus service: the session bus is reachable (Failed when not) and
/// org.plugboard.Plugboard1 runs or can be started by the bus (Warning
/// when neither).
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class DBusServiceCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::DBusServiceCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

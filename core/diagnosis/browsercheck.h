#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Browser: xdg-open is installed, and xdg-mime names a default handler for
/// https and http whose desktop file and program exist.
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class BrowserCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::BrowserCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

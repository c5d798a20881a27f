#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Permissions of Plugboard's files (DiagnosisOptions::paths): owned by
/// this user, nobody else may read or write them; a failure names the chmod. Synchronous and bounded in time;
/// Diagnosis runs it on a thread of its own.
class PermissionsCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::PermissionsCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

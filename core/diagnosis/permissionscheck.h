#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// File permissions: each of DiagnosisOptions::paths that exists belongs to
/// this user and nobody else may read or write it; a failure names the
/// chmod (or chown) that fixes it.
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class PermissionsCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::PermissionsCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Versions: Qt at run time and at build time, QtKeychain (from its
/// library's file name) and OpenSSL. Warns when Qt is older than at build.
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class VersionsCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::VersionsCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
};

} // namespace Plugboard

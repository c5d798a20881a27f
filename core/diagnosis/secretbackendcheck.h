#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Secret backend: the one the settings choose; for the keyring, which
/// program provides it (the owner of org.freedesktop.secrets) and whether
/// its default collection is unlocked; for the vault, whether its file
/// opens. Reads no secret, writes no keyring item, never prompts.
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class SecretBackendCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::SecretBackendCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);

private:
    static void checkKeyring(DiagnosticResult& result);
    static void checkDefaultCollection(DiagnosticResult& result, const QString& name, const QString& path);
    static void checkVault(DiagnosticResult& result);
};

} // namespace Plugboard

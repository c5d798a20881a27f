#pragma once

#include "core/diagnosis/diagnosticresult.h"

#include <QCoreApplication>

namespace Plugboard {

struct DiagnosisOptions;

/// Network proxy: what Qt's system proxy lookup answers for an https
/// address, and the proxy environment variables, credentials masked.
/// Informational: always Ok.
///
/// Synchronous and bounded in time: Diagnosis runs it on a thread of its own.
class ProxyCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::ProxyCheck)

public:
    static QString id();
    static QString title();
    static DiagnosticResult run(const DiagnosisOptions& options);
    /// A proxy address with its user name and password replaced by "***".
    static QString maskCredentials(const QString& value);

private:
    /// What the system's settings and the proxy variables give for HTTPS.
    static QString systemProxy();
};

} // namespace Plugboard

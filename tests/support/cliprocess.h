#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Plugboard::Test {

/// Runs a program (plugboard-cli) as a script would: `input` on standard
/// input, then waits with the event loop running, so servers in the test
/// process (a fake OAuth provider) keep answering. Bounded by `timeoutMs`.
struct CliProcess
{
    int exitCode = -1; ///< -1 when it did not finish in time
    QString out;
    QString err;

    static CliProcess run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                          int timeoutMs = 30000);
    /// The same with its own environment (e.g. no session bus).
    static CliProcess run(const QString& program, const QStringList& arguments,
                          const QProcessEnvironment& environment, const QByteArray& input = {},
                          int timeoutMs = 30000);
};

} // namespace Plugboard::Test

#pragma once

#include <QByteArray>
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
};

} // namespace Plugboard::Test

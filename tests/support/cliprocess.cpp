#include "tests/support/cliprocess.h"

#include <QProcess>
#include <QSignalSpy>

namespace Plugboard::Test {

CliProcess CliProcess::run(const QString& program, const QStringList& arguments, const QByteArray& input,
                           int timeoutMs)
{
    return run(program, arguments, QProcessEnvironment::systemEnvironment(), input, timeoutMs);
}

CliProcess CliProcess::run(const QString& program, const QStringList& arguments,
                           const QProcessEnvironment& environment, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    CliProcess result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace Plugboard::Test

#include "tests/support/windowlaunch.h"

#include <QDeadlineTimer>
#include <QProcess>

namespace Plugboard::Test {

bool launchUntilShown(QProcess& process, const QString& program, QByteArray* printed, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PLUGBOARD_REPORT_SHOWN"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, {});
    if (!process.waitForStarted(10000))
        return false;
    QByteArray seen;
    const QDeadlineTimer deadline(timeoutMs);
    while (!seen.contains("PLUGBOARD_SHOWN") && !deadline.hasExpired()
           && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
    }
    if (printed)
        *printed = seen;
    return seen.contains("PLUGBOARD_SHOWN");
}

} // namespace Plugboard::Test

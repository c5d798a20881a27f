#include "tests/support/desktopentryvalidator.h"

#include <QProcess>
#include <QStandardPaths>

namespace Plugboard::Test::DesktopEntryValidator {

QString problems(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        return QStringLiteral("desktop-file-validate is missing: install desktop-file-utils (the suite "
                              "command does)");
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(tool, { path });
    if (!validate.waitForFinished(30000))
        return QStringLiteral("desktop-file-validate did not finish");
    const QString output = QString::fromUtf8(validate.readAll());
    const bool clean = validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0
        && !output.contains(QLatin1String("error:")) && !output.contains(QLatin1String("warning:"));
    return clean ? QString() : QStringLiteral("%1 (exit %2)").arg(output).arg(validate.exitCode());
}

} // namespace Plugboard::Test::DesktopEntryValidator

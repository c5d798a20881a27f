#include "core/settings/autostartentry.h"

#include "core/applicationinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Plugboard::AutostartEntry {

namespace {

const QLatin1String kDesktopProgram("plugboard");

/// One Exec argument, quoted when it holds a reserved character (Desktop
/// Entry specification, "The Exec key").
QString execArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = argument.isEmpty();
    for (const QChar c : argument)
        quote = quote || reserved.contains(c);
    QString escaped;
    for (const QChar c : argument) {
        if (quote && (c == u'"' || c == u'`' || c == u'$' || c == u'\\'))
            escaped += u'\\';
        escaped += c;
    }
    escaped.replace(u'%', QStringLiteral("%%")); // field codes
    return quote ? u'"' + escaped + u'"' : escaped;
}

/// A string value: backslashes doubled (the file format's own escaping).
QString stringValue(QString value)
{
    return value.replace(u'\\', QStringLiteral("\\\\"));
}

bool isDisabledBy(const QString& line)
{
    const QString key = line.section(u'=', 0, 0).trimmed();
    const QString value = line.section(u'=', 1).trimmed();
    return (key == QLatin1String("Hidden") && value == QLatin1String("true"))
        || (key == QLatin1String("X-GNOME-Autostart-enabled") && value == QLatin1String("false"));
}

} // namespace

QString filePath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME, or ~/.config when unset;
    // ConfigLocation may add the application's folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/%1.desktop").arg(ApplicationInfo::appId());
}

bool isEnabled()
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inMainGroup = line == QLatin1String("[Desktop Entry]");
        else if (inMainGroup && isDisabledBy(line))
            return false;
    }
    return true;
}

QString program()
{
    const QFileInfo self(QCoreApplication::applicationFilePath());
    if (self.fileName() == kDesktopProgram)
        return self.absoluteFilePath();
    const QFileInfo sibling(self.absoluteDir().filePath(kDesktopProgram));
    if (sibling.isExecutable())
        return sibling.absoluteFilePath();
    const QString onPath = QStandardPaths::findExecutable(kDesktopProgram);
    return onPath.isEmpty() ? QString(kDesktopProgram) : onPath;
}

QByteArray entryText(const QString& program)
{
    const QStringList lines {
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=%1").arg(ApplicationInfo::displayName()),
        QStringLiteral("Comment=Keeps your connections working from the tray"),
        QStringLiteral("Exec=%1").arg(stringValue(execArgument(program) + QStringLiteral(" --minimized"))),
        QStringLiteral("TryExec=%1").arg(stringValue(program)),
        QStringLiteral("Icon=%1").arg(ApplicationInfo::appId()),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return lines.join(u'\n').toUtf8() + '\n';
}

Result<void> setEnabled(bool enabled)
{
    const QString path = filePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return {};
        return Error { ErrorCode::StorageFailed,
                       QCoreApplication::translate(
                           "Plugboard::AutostartEntry",
                           "Plugboard could not remove %1, so it still starts when you log in. Check that "
                           "the folder is writable, or remove the file yourself.")
                           .arg(shown) };
    }
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(entryText(program())) < 0
        || !file.commit())
        return Error { ErrorCode::StorageFailed,
                       QCoreApplication::translate(
                           "Plugboard::AutostartEntry",
                           "Plugboard could not write %1, so it will not start when you log in. Check that "
                           "the folder %2 is writable.")
                           .arg(shown, QDir::toNativeSeparators(folder)) };
    return {};
}

} // namespace Plugboard::AutostartEntry

#include "core/diagnosis/browsercheck.h"

#include "core/diagnosis/diagnosisoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace Plugboard {

namespace {

constexpr int kProcessTimeoutMs = 5'000;

// The desktop id xdg-mime names for `mimeType`; empty when none.
QString defaultHandler(const QString& xdgMime, const QString& mimeType)
{
    QProcess process;
    process.start(xdgMime, { QStringLiteral("query"), QStringLiteral("default"), mimeType });
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished(1'000);
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// Where the desktop file `desktopId` is, by the XDG data folders; empty when nowhere.
QString desktopFile(const QString& desktopId)
{
    QStringList folders { QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) };
    const QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    folders += dataDirs.isEmpty()
        ? QStringList { QStringLiteral("/usr/local/share"), QStringLiteral("/usr/share") }
        : dataDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    // "vendor-app.desktop" may also live at "vendor/app.desktop".
    const QStringList names { desktopId, QString(desktopId).replace(QLatin1Char('-'), QLatin1Char('/')) };
    for (const QString& folder : folders) {
        for (const QString& name : names) {
            const QString path = folder + QStringLiteral("/applications/") + name;
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

// The program of the desktop file's Exec line, found on PATH; empty when missing.
QString execProgram(const QString& path, QString* declared)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QTextStream in(&file);
    bool inEntry = false;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.startsWith(QLatin1String("Exec="))) {
            QString program = line.mid(5).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            program.remove(QLatin1Char('"'));
            *declared = program;
            return QStandardPaths::findExecutable(program);
        }
    }
    return {};
}

} // namespace

QString BrowserCheck::id()
{
    return QStringLiteral("browser");
}

QString BrowserCheck::title()
{
    return tr("Browser");
}

DiagnosticResult BrowserCheck::run(const DiagnosisOptions& /*options*/)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgOpen.isEmpty() || xdgMime.isEmpty()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("xdg-open or xdg-mime is not installed: Plugboard cannot open sign-in pages.");
        result.nextStep = tr("Install xdg-utils (sudo apt install xdg-utils); until then, connect with "
                             "plugboard-cli connect --no-browser and open the printed address yourself.");
        return result;
    }
    QStringList found;
    for (const QString& scheme : { QStringLiteral("https"), QStringLiteral("http") }) {
        const QString handler = defaultHandler(xdgMime, QStringLiteral("x-scheme-handler/") + scheme);
        QString problem;
        QString declared;
        const QString file = handler.isEmpty() ? QString() : desktopFile(handler);
        if (handler.isEmpty())
            problem = tr("No default browser is set for %1 addresses.").arg(scheme);
        else if (file.isEmpty())
            problem
                = tr("The default browser for %1 addresses, %2, has no desktop file.").arg(scheme, handler);
        else if (execProgram(file, &declared).isEmpty())
            problem = tr("The default browser for %1 addresses, %2, runs %3, which is not installed.")
                          .arg(scheme, handler, declared.isEmpty() ? tr("nothing") : declared);
        if (!problem.isEmpty()) {
            result.verdict = Verdict::Failed;
            result.detail = problem;
            result.nextStep = tr("Choose a default web browser in your desktop's settings (or run "
                                 "xdg-settings set default-web-browser firefox.desktop); until then, "
                                 "connect with plugboard-cli connect --no-browser.");
            return result;
        }
        found.append(QStringLiteral("%1: %2").arg(scheme, handler));
    }
    result.detail = tr("xdg-open opens web addresses with %1.").arg(found.join(QStringLiteral(", ")));
    return result;
}

} // namespace Plugboard

#include "app/gui/desktopapplication.h"
#include "app/gui/shownmarker.h"
#include "app/gui/startupmarks.h"
#include "app/gui/terminationsignals.h"
#include "core/applicationinfo.h"
#include "core/logging.h"
#include "core/translator.h"
#include "ui/deferrediconstyle.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

namespace {

// --help and --version must work without a display, so they are answered
// before a QApplication (which needs one) is created.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : { "-h", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

struct Options
{
    bool minimized = false;
};

Options parseCommandLine(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Plugboard keeps your connections to online platforms "
                                    "working, with every secret in your system keyring."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QCoreApplication::translate("main", "Starts in the system tray."));
    parser.addOption(minimized);
    parser.process(app); // prints and exits for --help, --version and errors
    return { parser.isSet(minimized) };
}

} // namespace

int main(int argc, char* argv[])
{
    Plugboard::ApplicationInfo::keepNewFilesPrivate();
    Plugboard::StartupMarks::mark("main");
    Plugboard::ApplicationInfo::applyToApplication();
    Plugboard::Logging::applyDefaultRules();

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Plugboard::Translator::install();
        parseCommandLine(app);
        return 0;
    }

    QApplication app(argc, argv);
    Plugboard::StartupMarks::mark("QApplication");
    QApplication::setApplicationDisplayName(Plugboard::ApplicationInfo::displayName());
    QApplication::setDesktopFileName(Plugboard::ApplicationInfo::appId());
    QApplication::setQuitOnLastWindowClosed(false); // the tray may outlive the window
    Plugboard::DeferredIconStyle::install();
    Plugboard::Translator::install();
    const Options options = parseCommandLine(app);
    Plugboard::ShownMarker::installIfRequested(); // the start-up benchmark's marker
    Plugboard::StartupMarks::mark("translator and command line");

    Plugboard::DesktopApplication desktop;
    Plugboard::TerminationSignals::install(&app); // logout quits like File ▸ Quit
    if (!desktop.start(options.minimized))
        return 0; // the running instance shows its window instead
    desktop.serveOnBus();
    Plugboard::StartupMarks::mark("served on the bus");
    return QApplication::exec();
}

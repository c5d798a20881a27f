#include "applicationinfo.h"
#include "catalog/platformcatalog.h"
#include "logging.h"
#include "mainwindow.h"
#include "translator.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSystemTrayIcon>

#include <cstring>
#include <memory>

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

void parseCommandLine(QCommandLineParser& parser, const QCoreApplication& app)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Plugboard keeps your connections to online platforms "
                                    "working, with every secret in your system keyring."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
}

} // namespace

int main(int argc, char* argv[])
{
    Plugboard::ApplicationInfo::applyToApplication();
    Plugboard::Logging::applyDefaultRules();

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Plugboard::Translator::install();
        QCommandLineParser parser;
        parseCommandLine(parser, app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(Plugboard::ApplicationInfo::displayName());
    QApplication::setDesktopFileName(Plugboard::ApplicationInfo::appId());
    Plugboard::Translator::install();
    QCommandLineParser parser;
    parseCommandLine(parser, app);

    Plugboard::PlatformCatalog catalog;
    catalog.loadAll(); // broken custom records are skipped; the rest show
    Plugboard::MainWindow window;
    window.setPlatforms(catalog.platforms());
    QObject::connect(&window, &Plugboard::MainWindow::quitRequested, &app, &QCoreApplication::quit);

    std::unique_ptr<Plugboard::TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<Plugboard::TrayIcon>();
        QObject::connect(tray.get(), &Plugboard::TrayIcon::openWindowRequested, &window, [&window] {
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        QObject::connect(tray.get(), &Plugboard::TrayIcon::quitRequested, &app, &QCoreApplication::quit);
        tray->show();
    }

    window.show();
    return QApplication::exec();
}

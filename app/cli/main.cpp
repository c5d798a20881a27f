#include "applicationinfo.h"
#include "translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Plugboard::ApplicationInfo::applyToApplication();
    Plugboard::Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Plugboard from the terminal: valid tokens for scripts, without ever seeing a refresh token."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(2);
}

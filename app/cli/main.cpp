#include "applicationinfo.h"
#include "cliapplication.h"
#include "translator.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Plugboard::ApplicationInfo::applyToApplication();
    Plugboard::Translator::install();

    Plugboard::Cli::CliApplication cli;
    return cli.exec(QCoreApplication::arguments());
}

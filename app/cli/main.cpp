#include "applicationinfo.h"
#include "cliapplication.h"
#include "connectcommand.h"
#include "credentialscommand.h"
#include "listcommand.h"
#include "logging.h"
#include "providerscommand.h"
#include "redirecturicommand.h"
#include "translator.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Plugboard::ApplicationInfo::applyToApplication();
    Plugboard::Logging::applyDefaultRules();
    Plugboard::Translator::install();

    Plugboard::Cli::CliApplication cli;
    cli.addCommand(new Plugboard::Cli::ProvidersCommand);
    cli.addCommand(new Plugboard::Cli::CredentialsCommand);
    cli.addCommand(new Plugboard::Cli::ConnectCommand);
    cli.addCommand(new Plugboard::Cli::ListCommand);
    cli.addCommand(new Plugboard::Cli::RedirectUriCommand);
    return cli.exec(QCoreApplication::arguments());
}

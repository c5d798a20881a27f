#include "applicationinfo.h"
#include "checkcommand.h"
#include "cliapplication.h"
#include "connectcommand.h"
#include "credentialscommand.h"
#include "disconnectcommand.h"
#include "listcommand.h"
#include "logging.h"
#include "providerscommand.h"
#include "redirecturicommand.h"
#include "tokencommand.h"
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
    cli.addCommand(new Plugboard::Cli::TokenCommand);
    cli.addCommand(new Plugboard::Cli::CheckCommand);
    cli.addCommand(new Plugboard::Cli::DisconnectCommand);
    return cli.exec(QCoreApplication::arguments());
}

#include "app/cli/cliapplication.h"
#include "app/cli/commands/auditcommand.h"
#include "app/cli/commands/backupcommand.h"
#include "app/cli/commands/checkcommand.h"
#include "app/cli/commands/configcommand.h"
#include "app/cli/commands/connectcommand.h"
#include "app/cli/commands/credentialscommand.h"
#include "app/cli/commands/diagnosecommand.h"
#include "app/cli/commands/disconnectcommand.h"
#include "app/cli/commands/grantscommand.h"
#include "app/cli/commands/listcommand.h"
#include "app/cli/commands/providerscommand.h"
#include "app/cli/commands/redirecturicommand.h"
#include "app/cli/commands/tokencommand.h"
#include "app/cli/commands/vaultcommand.h"
#include "core/applicationinfo.h"
#include "core/logging.h"
#include "core/translator.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Plugboard::ApplicationInfo::keepNewFilesPrivate();
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
    cli.addCommand(new Plugboard::Cli::GrantsCommand);
    cli.addCommand(new Plugboard::Cli::VaultCommand);
    cli.addCommand(new Plugboard::Cli::AuditCommand);
    cli.addCommand(new Plugboard::Cli::BackupCommand);
    cli.addCommand(new Plugboard::Cli::ConfigCommand);
    cli.addCommand(new Plugboard::Cli::DiagnoseCommand);
    return cli.exec(QCoreApplication::arguments());
}

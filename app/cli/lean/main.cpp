// The plugboard-cli users run: `token` on its happy paths, with Qt Core,
// Qt D-Bus and QtKeychain only (no Network, NetworkAuth, OpenSSL, qrencode:
// loading them was most of `token`'s time). Everything else, and every
// doubt, is the full program's (FullProgram::exec).
#include "app/cli/console.h"
#include "app/cli/lean/fullprogram.h"
#include "app/cli/lean/leanarguments.h"
#include "app/cli/lean/leantoken.h"
#include "core/applicationinfo.h"
#include "core/logging.h"
#include "core/translator.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Plugboard::ApplicationInfo::keepNewFilesPrivate();
    std::optional<Plugboard::Cli::LeanArguments> arguments = Plugboard::Cli::LeanArguments::parse(argc, argv);
    if (!arguments)
        return Plugboard::Cli::FullProgram::exec(argv, false);
    bool askedApp = false;
    {
        QCoreApplication app(argc, argv);
        Plugboard::ApplicationInfo::applyToApplication();
        Plugboard::Logging::applyDefaultRules();
        Plugboard::Translator::install();
        Plugboard::Cli::Console console;
        Plugboard::Cli::LeanToken token(std::move(*arguments));
        if (const std::optional<Plugboard::Cli::ExitCode> done = token.run(console))
            return int(*done);
        askedApp = token.askedApp();
    }
    return Plugboard::Cli::FullProgram::exec(argv, askedApp);
}

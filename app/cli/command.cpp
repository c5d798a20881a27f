#include "app/cli/command.h"

#include "app/cli/console.h"

namespace Plugboard::Cli {

void Command::fail(Console& console, const Error& error)
{
    console.error(error);
    Q_EMIT finished(exitCodeFor(error.code));
}

void Command::failLater(Console& console, const Error& error)
{
    console.error(error);
    finishLater(exitCodeFor(error.code));
}

} // namespace Plugboard::Cli

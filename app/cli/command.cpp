#include "app/cli/command.h"

#include "app/cli/clipassphraseprovider.h"
#include "app/cli/console.h"

namespace Plugboard::Cli {

Command::Command(QObject* parent)
    : QObject(parent)
{ }

Command::~Command() = default;

VaultPassphraseProvider* Command::passphrases(Console& console)
{
    if (!m_passphrases)
        m_passphrases = std::make_unique<CliPassphraseProvider>(console);
    return m_passphrases.get();
}

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

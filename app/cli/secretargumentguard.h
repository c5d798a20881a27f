#pragma once

#include <QStringList>

namespace Plugboard::Cli {

/// Command lines are visible to every user on the machine (/proc/*/cmdline)
/// and end up in shell history, so plugboard-cli takes no secret as an
/// argument. Returns the offending option ("--client-secret") if `arguments`
/// offer a secret on the command line, or an empty string.
QString findSecretArgument(const QStringList& arguments);

} // namespace Plugboard::Cli

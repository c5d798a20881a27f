#pragma once

#include "app/cli/command.h"
#include "core/result.h"
#include "core/storage/connection.h"

#include <QCoreApplication>

namespace Plugboard {
class ConnectionStore;
}

namespace Plugboard::Cli {

/// The CONNECTION argument of the commands that work on an existing
/// connection: how it is declared and which connection it names.
class ConnectionArgument final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::Cli::ConnectionArgument)

public:
    ConnectionArgument() = delete;

    /// The CONNECTION argument, the way every command explains it.
    static Command::Argument argument();

    /// Reads connections.json, then resolve()s `name`.
    static Result<Connection> open(ConnectionStore& store, const QString& name);
    /// CONNECTION is "PLATFORM" when the platform has one account, else
    /// "PLATFORM/ACCOUNT", where ACCOUNT is the account id or its name
    /// ("github/octocat"). No match is UnknownConnection; several are
    /// AmbiguousConnection, and the message lists the choices.
    static Result<Connection> resolve(const ConnectionStore& store, const QString& name);
};

} // namespace Plugboard::Cli

#pragma once

#include <QString>

namespace Plugboard {

struct Connection;

/// How the window names a connection to a person: "GitHub · Ada", or the
/// platform alone while no account name is known. Ids ("github/12345")
/// are for the command line.
namespace ConnectionNaming {

QString shown(const QString& platformName, const Connection& connection);

} // namespace ConnectionNaming

} // namespace Plugboard

#pragma once

#include "core/storage/connection.h"

#include <QList>

namespace Plugboard {
class ConnectionStore;
} // namespace Plugboard

namespace Plugboard::Cli::ConnectionMatch {

/// The connections a CONNECTION argument (PLATFORM, or PLATFORM/ACCOUNT
/// with an account id or name) names: one when it is clear. Apart from
/// ConnectionArgument, whose messages for no or several matches need the
/// platform catalog, so the lean plugboard-cli can match without it.
QList<Connection> find(const ConnectionStore& store, const QString& name);

} // namespace Plugboard::Cli::ConnectionMatch

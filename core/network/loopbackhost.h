#pragma once

#include <QString>

namespace Plugboard::LoopbackHost {

/// Whether `host` names this computer's loopback interface: "localhost",
/// any name under ".localhost" (RFC 6761 §6.3), 127.0.0.0/8, ::1 and
/// IPv4-mapped loopback. Such a host is never reached through a proxy, so a
/// sign-in's redirect and every loopback test server stay on this computer.
bool contains(const QString& host);

} // namespace Plugboard::LoopbackHost

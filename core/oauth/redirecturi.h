#pragma once

#include "core/catalog/platformrecord.h"

#include <QUrl>

namespace Plugboard::RedirectUri {

/// The redirect URI to register in a platform's developer console, known
/// before connecting. With a fixed port it is exact; with an ephemeral port
/// it has none, as RFC 8252 §7.3 asks platforms to accept any port on a
/// loopback redirect ("http://127.0.0.1/callback").
QUrl forRegistration(const RedirectRule& rule);

} // namespace Plugboard::RedirectUri

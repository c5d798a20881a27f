#pragma once

#include "core/error.h"

#include <optional>

class QNetworkReply;

namespace Plugboard::ProxyError {

/// The error of a reply that failed at the proxy, naming the proxy and what
/// to do: it could not be reached or closed the connection ("check that it
/// is running…"), or it refused the user name/password (HTTP 407). nullopt
/// for any other failure. `peer` is who the request was for ("GitHub"),
/// `what` the request ("the token renewal"), `next` what to do after fixing
/// the proxy.
std::optional<Error> forReply(const QNetworkReply* reply, const QString& peer, const QString& what,
                              const QString& next);

/// " It went through the HTTP proxy 127.0.0.1:3128: check that the proxy is
/// running and answering." when the reply's request was proxied; empty
/// otherwise. Appended to timeout messages: a dead proxy looks like a silent
/// platform.
QString throughProxyNote(const QNetworkReply* reply);

} // namespace Plugboard::ProxyError

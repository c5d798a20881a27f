#pragma once

#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <QUrl>

namespace Plugboard::PlatformSettings {

/// A team's token-exchange proxy for a platform: Plugboard posts the code,
/// PKCE verifier and redirect URI there instead of to the platform, and the
/// team's server adds the client secret, which Plugboard then never holds.
/// Stored in the settings file (it is an address, not a secret). Empty when
/// none is set.
QUrl tokenExchangeProxy(const QString& platformId);

/// Sets or (with an empty URL) clears the proxy. The URL must be https://
/// (http:// only on loopback), as every endpoint.
Result<void> setTokenExchangeProxy(const QString& platformId, const QUrl& url);

/// The credentials `record` needs with this user's settings: with a
/// token-exchange proxy, the client secret is no longer required here.
QList<CredentialField> requiredCredentials(const PlatformRecord& record);

} // namespace Plugboard::PlatformSettings

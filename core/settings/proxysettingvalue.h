#pragma once

#include "core/network/proxysettings.h"
#include "core/result.h"

#include <QString>

namespace Plugboard::ProxySettingValue {

/// ProxySettings in the one curl-like form `plugboard-cli config` and the
/// Settings dialog exchange: "system", "none", "http://[USER@]HOST:PORT" or
/// "socks5://[USER@]HOST:PORT". There is no password in it, ever: it is a
/// secret (NetworkProxy::storePassword()), and a value is seen in argv,
/// shell history and the settings file.
QString format(const ProxySettings& settings);
/// The settings `value` names, not yet validated (ProxySettings::save()
/// does that, with its messages). InvalidArgument for a value with a
/// password ("user:pw@") or that is none of the forms.
Result<ProxySettings> parse(const QString& value);
/// parse() and ProxySettings::validate().
Result<void> check(const QString& value);
/// Parses, validates and writes the settings file.
Result<void> apply(const QString& value);

} // namespace Plugboard::ProxySettingValue

#include "core/settings/proxysettingvalue.h"

#include <QCoreApplication>

namespace Plugboard::ProxySettingValue {

namespace {

const QString kSeparator = QStringLiteral("://");

QString tr(const char* text)
{
    return QCoreApplication::translate("Plugboard::ProxySettingValue", text);
}

Error invalid(const QString& message)
{
    return Error { ErrorCode::InvalidArgument, message };
}

QString hostForm(const QString& host)
{
    // An IPv6 address keeps its colons apart from the port's.
    return host.contains(u':') ? u'[' + host + u']' : host;
}

// "HOST:PORT" or "[ADDRESS]:PORT" into the settings' host and port; a port
// that is no number becomes 0, so validate() says what a port must be.
void splitHostPort(const QString& hostPort, ProxySettings& settings)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    const bool bracketed = hostPort.startsWith(u'[') && colon > 0 && hostPort.at(colon - 1) == u']';
    if (colon < 0 || (hostPort.startsWith(u'[') && !bracketed)) {
        settings.host = hostPort;
        return;
    }
    settings.host = bracketed ? hostPort.mid(1, colon - 2) : hostPort.left(colon);
    bool number = false;
    const int port = hostPort.mid(colon + 1).toInt(&number);
    settings.port = number ? port : 0;
}

} // namespace

QString format(const ProxySettings& settings)
{
    if (settings.mode != ProxySettings::Mode::Manual)
        return ProxySettings::modeName(settings.mode);
    const QString user = settings.user.isEmpty() ? QString() : settings.user + u'@';
    return ProxySettings::typeName(settings.type) + kSeparator + user + hostForm(settings.host) + u':'
        + QString::number(settings.port);
}

Result<ProxySettings> parse(const QString& value)
{
    ProxySettings settings;
    for (const ProxySettings::Mode mode : { ProxySettings::Mode::System, ProxySettings::Mode::None }) {
        if (value == ProxySettings::modeName(mode)) {
            settings.mode = mode;
            return settings;
        }
    }
    const qsizetype schemeEnd = value.indexOf(kSeparator);
    const std::optional<ProxySettings::Type> type
        = schemeEnd > 0 ? ProxySettings::typeFromName(value.left(schemeEnd)) : std::nullopt;
    if (!type)
        return invalid(
            tr("\"%1\" is not a proxy setting. Use system, none, http://HOST:PORT or "
               "socks5://HOST:PORT (with USER@ before the host when the proxy asks for a sign-in).")
                .arg(value));
    settings.mode = ProxySettings::Mode::Manual;
    settings.type = *type;
    QString rest = value.mid(schemeEnd + kSeparator.size());
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        settings.user = rest.left(at);
        rest = rest.mid(at + 1);
        // Never repeat the value: it holds the password.
        if (settings.user.contains(u':'))
            return invalid(
                tr("The proxy setting cannot hold a password: it would be kept in plain text. Give "
                   "only USER@ here and enter the password in Settings ▸ Network in the window."));
    }
    splitHostPort(rest, settings);
    return settings;
}

Result<void> check(const QString& value)
{
    const Result<ProxySettings> parsed = parse(value);
    if (!parsed)
        return parsed.error();
    return parsed.value().validate();
}

Result<void> apply(const QString& value)
{
    const Result<ProxySettings> parsed = parse(value);
    if (!parsed)
        return parsed.error();
    return parsed.value().save();
}

} // namespace Plugboard::ProxySettingValue

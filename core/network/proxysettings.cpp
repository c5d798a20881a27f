#include "core/network/proxysettings.h"

#include "core/applicationinfo.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSettings>

namespace Plugboard {

namespace {

const QLatin1String kGroup("proxy");
const QLatin1String kMode("mode");
const QLatin1String kType("type");
const QLatin1String kHost("host");
const QLatin1String kPort("port");
const QLatin1String kUser("user");

QString tr(const char* text)
{
    return QCoreApplication::translate("Plugboard::ProxySettings", text);
}

QString fileOf(const QString& settingsFile)
{
    return settingsFile.isEmpty() ? ApplicationInfo::settingsFilePath() : settingsFile;
}

Error invalid(const QString& message)
{
    return { ErrorCode::InvalidArgument, message };
}

bool isHostName(const QString& host)
{
    // A name or an address, nothing around it: "proxy.example.com",
    // "10.0.0.1", "::1". A scheme, path, port or user part is a common
    // paste mistake ("http://proxy:3128") that would never connect.
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':'))
            return false;
    }
    return !host.isEmpty() && !host.startsWith(u'-') && !host.contains(QLatin1String("://"));
}

} // namespace

QString ProxySettings::passwordKey()
{
    return QStringLiteral("proxy/password");
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

QString ProxySettings::typeName(Type type)
{
    return type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

std::optional<ProxySettings::Mode> ProxySettings::modeFromName(const QString& name)
{
    for (Mode mode : { Mode::System, Mode::None, Mode::Manual }) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

std::optional<ProxySettings::Type> ProxySettings::typeFromName(const QString& name)
{
    for (Type type : { Type::Http, Type::Socks5 }) {
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

ProxySettings ProxySettings::load(const QString& settingsFile)
{
    QSettings file(fileOf(settingsFile), QSettings::IniFormat);
    file.sync(); // another process (plugboard-cli config) may have changed it
    file.beginGroup(kGroup);
    ProxySettings settings;
    // An unknown mode (a newer version's, or a typo) reads as Manual with no
    // host, which does not validate: NetworkProxy then falls back to System.
    const QString mode = file.value(kMode).toString();
    settings.mode = mode.isEmpty() ? Mode::System : modeFromName(mode).value_or(Mode::Manual);
    settings.type = typeFromName(file.value(kType).toString()).value_or(Type::Http);
    settings.host = file.value(kHost).toString();
    settings.port = file.value(kPort).toInt();
    settings.user = file.value(kUser).toString();
    if (!mode.isEmpty() && !modeFromName(mode))
        settings.host.clear();
    return settings;
}

Result<void> ProxySettings::validate() const
{
    if (mode != Mode::Manual)
        return {};
    if (host.trimmed().isEmpty())
        return invalid(tr("The proxy needs a host name or address, for example proxy.example.com."));
    if (!isHostName(host))
        return invalid(tr("The proxy host \"%1\" is not a host name or address. Enter only the name, "
                          "without http:// or a port, for example proxy.example.com.")
                           .arg(host));
    if (port < 1 || port > 65535)
        return invalid(tr("The proxy port must be a number from 1 to 65535, for example 3128 or 1080."));
    if (user.contains(u':') || user.contains(QChar(0)))
        return invalid(tr("The proxy user name cannot contain \":\". Enter the name the proxy expects."));
    return {};
}

Result<void> ProxySettings::save(const QString& settingsFile) const
{
    if (Result<void> valid = validate(); !valid)
        return valid;
    QSettings file(fileOf(settingsFile), QSettings::IniFormat);
    file.beginGroup(kGroup);
    file.remove(QString()); // the whole group: no stale Manual fields
    file.setValue(kMode, modeName(mode));
    if (mode == Mode::Manual) {
        file.setValue(kType, typeName(type));
        file.setValue(kHost, host.trimmed());
        file.setValue(kPort, port);
        if (!user.isEmpty())
            file.setValue(kUser, user);
    }
    file.endGroup();
    file.sync();
    if (file.status() == QSettings::NoError)
        return {};
    return Error { ErrorCode::StorageFailed,
                   tr("Plugboard could not save the proxy settings in %1. Check that the file and its folder "
                      "are writable.")
                       .arg(file.fileName()) };
}

QNetworkProxy ProxySettings::toNetworkProxy() const
{
    if (mode != Mode::Manual)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkProxy proxy(type == Type::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                        host.trimmed(), quint16(port), user);
    return proxy;
}

QString ProxySettings::describe() const
{
    switch (mode) {
    case Mode::None:
        return tr("no proxy");
    case Mode::System:
        return tr("the system proxy settings");
    case Mode::Manual:
        break;
    }
    const QString shownHost = host.contains(u':') ? QString(u'[' + host + u']') : host;
    const QString address = shownHost + u':' + QString::number(port);
    return type == Type::Socks5 ? tr("the SOCKS5 proxy %1").arg(address)
                                : tr("the HTTP proxy %1").arg(address);
}

} // namespace Plugboard

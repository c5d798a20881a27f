#include "core/diagnosis/proxycheck.h"

#include "core/diagnosis/diagnosisoptions.h"
#include "core/network/proxysettings.h"

#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

namespace Plugboard {

namespace {

// The variables Qt, curl and most tools read; both cases, as they differ.
const char* const kVariables[] = { "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY",
                                   "all_proxy",   "ALL_PROXY",   "no_proxy",   "NO_PROXY" };

// `value` with any user name and password replaced by "***".
QString masked(const QString& value)
{
    if (!value.contains(QLatin1Char('@')))
        return value; // no user information
    const bool hasScheme = value.contains(QLatin1String("://"));
    QUrl url(hasScheme ? value : QStringLiteral("http://") + value);
    if (!url.isValid() || url.userInfo().isEmpty())
        return QStringLiteral("***"); // unreadable: hide all of it rather than guess
    url.setUserInfo(QStringLiteral("***"));
    const QString shown = url.toString();
    return hasScheme ? shown : shown.mid(7);
}

QString describe(const QNetworkProxy& proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        return ProxyCheck::tr("no proxy (direct)");
    case QNetworkProxy::Socks5Proxy:
        return ProxyCheck::tr("SOCKS5 proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
    default:
        return ProxyCheck::tr("HTTP proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
    }
}

} // namespace

QString ProxyCheck::id()
{
    return QStringLiteral("proxy");
}

QString ProxyCheck::title()
{
    return tr("Network proxy");
}

QString ProxyCheck::maskCredentials(const QString& value)
{
    return masked(value);
}

DiagnosticResult ProxyCheck::run(const DiagnosisOptions& /*options*/)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    // Plugboard's own setting comes first (ProxyFactory): the system's
    // settings only count in System mode, or when a manual one is unusable.
    const ProxySettings setting = ProxySettings::load();
    if (setting.mode != ProxySettings::Mode::System) {
        if (const Result<void> valid = setting.validate(); !valid) {
            result.verdict = Verdict::Warning;
            result.detail
                = tr("Plugboard's proxy setting cannot be used: %1 Until it is corrected, Plugboard "
                     "uses the system's. %2")
                      .arg(valid.error().message, systemProxy());
            result.nextStep = tr("Correct it in Settings ▸ Network, or run plugboard-cli config set proxy "
                                 "system (or none, or http://HOST:PORT).");
            return result;
        }
        result.detail = tr("Plugboard's setting: %1; the system's proxy settings and variables are not used.")
                            .arg(setting.describe());
        return result;
    }
    result.detail = systemProxy();
    return result;
}

QString ProxyCheck::systemProxy()
{
    const QUrl target(QStringLiteral("https://example.com"));
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
    const QString used = proxies.isEmpty() ? tr("no proxy (direct)") : describe(proxies.constFirst());
    QStringList variables;
    for (const char* name : kVariables) {
        if (qEnvironmentVariableIsSet(name))
            variables.append(
                QStringLiteral("%1=%2").arg(QLatin1String(name), masked(qEnvironmentVariable(name))));
    }
    return tr("The system's proxy for %1: %2. Environment: %3.")
        .arg(target.toString(), used,
             variables.isEmpty() ? tr("no proxy variables") : variables.join(QStringLiteral(", ")));
}

} // namespace Plugboard

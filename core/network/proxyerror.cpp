#include "core/network/proxyerror.h"

#include "core/network/proxyfactory.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace Plugboard::ProxyError {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Plugboard::ProxyError", text);
}

QString proxyOf(const QNetworkReply* reply)
{
    const QString proxy = ProxyFactory::describeFor(reply->url());
    return proxy.isEmpty() ? tr("the proxy") : proxy;
}

enum class Failure { None, Unreachable, Refused, Credentials };

/// Qt's own text for a proxy failure, as Qt translates it (never extracted
/// into Plugboard's translations: the source text is not a literal here).
bool isQtText(const QString& text, const char* const* sources, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (text == QCoreApplication::translate("QHttpSocketEngine", sources[i]))
            return true;
    }
    return false;
}

Failure classify(const QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Failure::Credentials;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Failure::Unreachable;
    case QNetworkReply::UnknownProxyError:
        return Failure::Refused;
    case QNetworkReply::UnknownNetworkError:
        break;
    default:
        return Failure::None;
    }
    // Through an HTTP proxy's CONNECT tunnel (every https:// request) Qt 6.4
    // reports the proxy's failures as UnknownNetworkError with its socket
    // engine's text: recognise them by that text.
    static const char* const credentials[] = { "Authentication required" };
    static const char* const unreachable[]
        = { "Proxy connection refused", "Proxy server not found", "Proxy server connection timed out",
            "Proxy connection closed prematurely" };
    static const char* const refused[]
        = { "Proxy denied connection", "Error communicating with HTTP proxy",
            "Did not receive HTTP response from proxy", "Error parsing authentication request from proxy" };
    const QString text = reply->errorString();
    if (isQtText(text, credentials, std::size(credentials)))
        return Failure::Credentials;
    if (isQtText(text, unreachable, std::size(unreachable)))
        return Failure::Unreachable;
    if (isQtText(text, refused, std::size(refused)))
        return Failure::Refused;
    return Failure::None;
}

} // namespace

std::optional<Error> forReply(const QNetworkReply* reply, const QString& peer, const QString& what,
                              const QString& next)
{
    switch (classify(reply)) {
    case Failure::Credentials:
        return Error { ErrorCode::Network,
                       tr("The proxy refused the user name/password: %1 did not let %2 through to %3. Check "
                          "the proxy user and password in Plugboard's settings. %4")
                           .arg(proxyOf(reply), what, peer, next) };
    case Failure::Unreachable:
        return Error {
            ErrorCode::Network,
            tr("Could not reach %1 for %2 through %3: %4. Check that the proxy is running and that "
               "its address is right in Plugboard's settings (or the system's proxy settings). %5")
                .arg(peer, what, proxyOf(reply), reply->errorString(), next)
        };
    case Failure::Refused:
        return Error {
            ErrorCode::Network,
            tr("The proxy did not carry %2 to %3: %1 answered \"%4\". Check the proxy settings, and "
               "the proxy user and password if the proxy asks for them. %5")
                .arg(proxyOf(reply), what, peer, reply->errorString(), next)
        };
    case Failure::None:
        break;
    }
    return std::nullopt;
}

QString throughProxyNote(const QNetworkReply* reply)
{
    const QString proxy = ProxyFactory::describeFor(reply->url());
    if (proxy.isEmpty())
        return {};
    return u' ' + tr("It went through %1: check that the proxy is running and answering.").arg(proxy);
}

} // namespace Plugboard::ProxyError

#include "core/network/proxyfactory.h"

#include "core/network/loopbackhost.h"

#include <QCoreApplication>
#include <QUrl>

namespace Plugboard {

namespace {

QList<QNetworkProxy> direct()
{
    return { QNetworkProxy(QNetworkProxy::NoProxy) };
}

} // namespace

ProxyFactory::ProxyFactory(std::shared_ptr<ProxyState> state)
    : m_state(std::move(state))
{ }

ProxyFactory::~ProxyFactory() = default;

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    // A listening socket behind a proxy would be a SOCKS BIND somewhere
    // else: the loopback listener must listen here, always.
    if (query.queryType() == QNetworkProxyQuery::TcpServer || LoopbackHost::contains(query.peerHostName()))
        return direct();
    ProxySettings settings;
    QString password;
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->retired)
            return direct();
        settings = m_state->settings;
        password = m_state->password;
    }
    switch (settings.mode) {
    case ProxySettings::Mode::None:
        return direct();
    case ProxySettings::Mode::System: {
        QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        return proxies.isEmpty() ? direct() : proxies;
    }
    case ProxySettings::Mode::Manual:
        break;
    }
    QNetworkProxy proxy = settings.toNetworkProxy();
    if (!settings.user.isEmpty())
        proxy.setPassword(password);
    return { proxy };
}

QString ProxyFactory::describeFor(const QUrl& url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty())
        return {};
    const QNetworkProxy& proxy = proxies.constFirst();
    const QString address = proxy.hostName() + u':' + QString::number(proxy.port());
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return QCoreApplication::translate("Plugboard::ProxySettings", "the HTTP proxy %1").arg(address);
    case QNetworkProxy::Socks5Proxy:
        return QCoreApplication::translate("Plugboard::ProxySettings", "the SOCKS5 proxy %1").arg(address);
    case QNetworkProxy::FtpCachingProxy:
    case QNetworkProxy::DefaultProxy:
    case QNetworkProxy::NoProxy:
        break;
    }
    return {};
}

} // namespace Plugboard

#pragma once

#include "core/network/proxysettings.h"

#include <QMutex>
#include <QNetworkProxyFactory>

#include <memory>

namespace Plugboard {

/// What the factory reads, shared with the NetworkProxy that fills it in:
/// Qt may ask the factory from any thread, so both sides hold the mutex.
struct ProxyState
{
    QMutex mutex;
    ProxySettings settings; ///< already validated: System stands in for invalid Manual settings
    QString password; ///< read from the secret store; empty until read, or when there is none
    bool retired = false; ///< the NetworkProxy is gone: behave like Qt's default (no proxy)
};

/// The application-wide proxy factory (QNetworkProxyFactory::
/// setApplicationProxyFactory): every QNetworkAccessManager and socket in the
/// process asks it, including the ones a sign-in creates for itself, so no
/// request can miss the settings.
///
/// Loopback hosts (LoopbackHost::contains()) and listening sockets always
/// get NoProxy, whatever the mode, the environment or no_proxy say. Manual
/// proxies carry the user and password, so Qt answers the proxy's 407 by
/// itself (QNetworkAccessManager's proxyAuthenticationRequired is per
/// manager, and sign-ins make their own managers).
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(std::shared_ptr<ProxyState> state);
    ~ProxyFactory() override;

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

    /// "the HTTP proxy 127.0.0.1:3128": the proxy a request to `url` goes
    /// through now, asking the installed factory; empty when it goes direct.
    /// For error messages: a request that failed there names it.
    static QString describeFor(const QUrl& url);

private:
    std::shared_ptr<ProxyState> m_state;
};

} // namespace Plugboard

#pragma once

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QSslSocket;
class QTcpServer;
class QTcpSocket;

namespace Plugboard::Test {

/// The far side of a proxy, for tests: plays servers whose names only a
/// proxy can resolve (hostName(), "idp.plugboard.test"), so Plugboard, which
/// never proxies loopback, has a reason to use the proxy at all.
///
/// Two front doors on 127.0.0.1, as proxies are reached:
/// - an HTTP proxy that accepts only CONNECT (tinyproxy's `Upstream http`
///   sends its CONNECTs here: tinyproxy itself cannot resolve the name);
/// - a SOCKS5 server (no authentication, or user name/password when
///   setSocksCredentials() was called) with domain-name addresses, which is
///   what Qt sends, as Plugboard's SOCKS5 proxy.
/// Behind either, a routed name's tunnel is answered with TLS (a throw-away
/// certificate for that name, made by `openssl` at start(); trust it with
/// trustInThisProcess()) and the plain HTTP inside is piped to the loopback
/// port given to route(). Unrouted names are refused. Every tunnel is
/// counted, with its front door and target.
class ProxyGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyGateway)

public:
    explicit ProxyGateway(QObject* parent = nullptr);
    ~ProxyGateway() override;

    static QString hostName() { return QStringLiteral("idp.plugboard.test"); }

    /// Makes the certificate and listens; false (and `error`) on failure.
    bool start(QString* error);
    /// Tunnels to `host` (any port) end at 127.0.0.1:`port`.
    void route(const QString& host, quint16 port) { m_routes.insert(host.toLower(), port); }
    void setSocksCredentials(const QString& user, const QString& password);
    /// The CONNECT door asks for these (Proxy-Authorization: Basic) and
    /// answers 407 to anything else, as a standard proxy does.
    void setConnectCredentials(const QString& user, const QString& password);

    quint16 connectPort() const;
    quint16 socksPort() const;
    QSslCertificate certificate() const { return m_certificate; }
    /// Adds certificate() to this process's default CA list.
    void trustInThisProcess() const;

    /// "CONNECT idp.plugboard.test:443", "SOCKS5 idp.plugboard.test:443",
    /// one per tunnel opened, oldest first.
    QStringList tunnels() const { return m_tunnels; }
    /// The HTTP requests that went through the tunnels ("POST /token"), in
    /// the order of the tunnels; several share a tunnel when the client
    /// keeps its connection.
    QStringList requests() const;
    /// Sign-ins refused for a missing or wrong user name or password (both doors).
    int refusedLogins() const { return m_refusedLogins; }

private:
    struct Link;
    bool makeCertificate(QString* error);
    void accept(QTcpServer* server, bool socks);
    void readClient(Link* link);
    bool readConnect(Link* link);
    bool readSocks(Link* link);
    void openTunnel(Link* link, const QString& host, quint16 port, bool socks);
    void pipe(Link* link);
    void drop(Link* link);

    QTemporaryDir m_folder;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QTcpServer* m_connectServer = nullptr;
    QTcpServer* m_socksServer = nullptr;
    QHash<QString, quint16> m_routes;
    QString m_socksUser;
    QString m_socksPassword;
    QByteArray m_connectAuthorization; ///< the expected Proxy-Authorization value; empty: none asked
    std::vector<std::unique_ptr<Link>> m_links;
    QStringList m_tunnels;
    int m_refusedLogins = 0;
};

} // namespace Plugboard::Test

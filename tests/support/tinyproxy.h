#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Plugboard::Test {

/// A real HTTP proxy for tests: Debian's tinyproxy, started in the
/// foreground on a free 127.0.0.1 port with a generated configuration
/// (LogLevel Connect, so every request it is asked to carry is one line of
/// its log), stopped when this object goes.
class TinyProxy final
{
    Q_DISABLE_COPY_MOVE(TinyProxy)

public:
    TinyProxy();
    ~TinyProxy();

    /// Requests for other names and CONNECTs go to this HTTP proxy
    /// (`Upstream http 127.0.0.1:PORT`), e.g. a ProxyGateway's connectPort().
    void setUpstream(quint16 port) { m_upstream = port; }
    /// Asks for this user name and password (BasicAuth): 407 otherwise.
    void setBasicAuth(const QString& user, const QString& password);

    /// Starts tinyproxy and waits (bounded) until it accepts connections.
    bool start(QString* error);
    quint16 port() const { return m_port; }

    /// The request lines tinyproxy logged ("CONNECT idp.plugboard.test:443
    /// HTTP/1.1", "GET http://… HTTP/1.1"), oldest first; a request refused
    /// with 407 counts too.
    QStringList requests() const;
    /// requests() naming `host` (a CONNECT to it or an absolute URI on it).
    int requestsFor(const QString& host) const;

private:
    QTemporaryDir m_folder;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_upstream = 0;
    QString m_user;
    QString m_password;
};

} // namespace Plugboard::Test

#include "tests/support/proxygateway.h"

#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

#include <algorithm>

namespace Plugboard::Test {

namespace {

constexpr qsizetype kMaxHeader = 8192;
constexpr qsizetype kMaxRecorded = 1024 * 1024;

/// Accepts QSslSockets, so a tunnel can turn into TLS after its plain
/// CONNECT or SOCKS5 preamble.
class SslServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

QByteArray socksReply(char status)
{
    // VER, REP, RSV, ATYP=IPv4, BND.ADDR 0.0.0.0, BND.PORT 0
    return QByteArray("\x05", 1) + status + QByteArray("\x00\x01\x00\x00\x00\x00\x00\x00", 8);
}

} // namespace

struct ProxyGateway::Link
{
    enum class Stage { ConnectHeader, SocksGreeting, SocksLogin, SocksRequest, Tls, Piping, Closed };
    QSslSocket* client = nullptr;
    QTcpSocket* backend = nullptr;
    Stage stage = Stage::ConnectHeader;
    QByteArray buffer; ///< preamble bytes not yet parsed; then decrypted bytes the backend has not taken
    QByteArray sent; ///< every decrypted byte the client sent (up to kMaxRecorded), for requests()
    quint16 backendPort = 0;
};

ProxyGateway::ProxyGateway(QObject* parent)
    : QObject(parent)
{ }

ProxyGateway::~ProxyGateway()
{
    // The sockets go after the links (QObject children die last): cut their
    // signals first so none reaches a freed link.
    const QList<QAbstractSocket*> sockets = findChildren<QAbstractSocket*>();
    for (QAbstractSocket* socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

bool ProxyGateway::makeCertificate(QString* error)
{
    const QString cert = m_folder.filePath(QStringLiteral("cert.pem"));
    const QString key = m_folder.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
          QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
          u"/CN="_qs + hostName(), QStringLiteral("-addext"), u"subjectAltName=DNS:"_qs + hostName(),
          QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        *error
            = QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated certificate");
        return false;
    }
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull()) {
        *error = QStringLiteral("the generated certificate or key does not load");
        return false;
    }
    return true;
}

bool ProxyGateway::start(QString* error)
{
    if (!m_folder.isValid() || !makeCertificate(error))
        return false;
    m_connectServer = new SslServer(this);
    m_socksServer = new SslServer(this);
    for (QTcpServer* server : { m_connectServer, m_socksServer }) {
        server->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            *error = server->errorString();
            return false;
        }
        const bool socks = server == m_socksServer;
        connect(server, &QTcpServer::newConnection, this, [this, server, socks] { accept(server, socks); });
    }
    return true;
}

void ProxyGateway::setSocksCredentials(const QString& user, const QString& password)
{
    m_socksUser = user;
    m_socksPassword = password;
}

void ProxyGateway::setConnectCredentials(const QString& user, const QString& password)
{
    m_connectAuthorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

quint16 ProxyGateway::connectPort() const
{
    return m_connectServer ? m_connectServer->serverPort() : 0;
}

quint16 ProxyGateway::socksPort() const
{
    return m_socksServer ? m_socksServer->serverPort() : 0;
}

QStringList ProxyGateway::requests() const
{
    // Request lines anywhere in the stream: a form body is not followed by
    // a line break, so the next request line starts mid-"line".
    static const QRegularExpression line(
        QStringLiteral("(GET|POST|PUT|DELETE|HEAD|PATCH) (/\\S*) HTTP/1\\.[01]\r\n"));
    QStringList found;
    for (const auto& link : m_links) {
        QRegularExpressionMatchIterator matches = line.globalMatch(QString::fromLatin1(link->sent));
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            found << match.captured(1) + u' ' + match.captured(2).section(u'?', 0, 0);
        }
    }
    return found;
}

void ProxyGateway::trustInThisProcess() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void ProxyGateway::accept(QTcpServer* server, bool socks)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        m_links.push_back(std::make_unique<Link>());
        Link* link = m_links.back().get();
        link->client = static_cast<QSslSocket*>(socket);
        link->client->setParent(this);
        link->stage = socks ? Link::Stage::SocksGreeting : Link::Stage::ConnectHeader;
        connect(link->client, &QSslSocket::readyRead, this, [this, link] { readClient(link); });
        connect(link->client, &QSslSocket::disconnected, this, [this, link] { drop(link); });
    }
}

void ProxyGateway::readClient(Link* link)
{
    if (link->stage == Link::Stage::Closed)
        return;
    link->buffer += link->client->readAll();
    if (link->stage == Link::Stage::Piping || link->stage == Link::Stage::Tls) {
        pipe(link);
        return;
    }
    const bool ok = link->stage == Link::Stage::ConnectHeader ? readConnect(link) : readSocks(link);
    if (!ok || link->buffer.size() > kMaxHeader) {
        link->stage = Link::Stage::Closed;
        link->client->disconnectFromHost();
    }
}

bool ProxyGateway::readConnect(Link* link)
{
    const qsizetype end = link->buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return true; // more to come
    const QList<QByteArray> lines = link->buffer.left(end).split('\n');
    link->buffer.remove(0, end + 4);
    const QList<QByteArray> words = lines.first().trimmed().split(' ');
    if (!m_connectAuthorization.isEmpty()) {
        const auto given = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray& line) {
            return line.toLower().startsWith("proxy-authorization:");
        });
        if (given == lines.cend()
            || given->mid(given->indexOf(':') + 1).trimmed() != m_connectAuthorization) {
            if (given != lines.cend())
                ++m_refusedLogins;
            // Keep the connection: the client answers the challenge on it.
            link->client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                "Proxy-Authenticate: Basic realm=\"gateway\"\r\nContent-Length: 0\r\n\r\n");
            return true;
        }
    }
    const qsizetype colon = words.value(1).lastIndexOf(':');
    if (words.size() != 3 || words.first() != "CONNECT" || colon < 0) {
        link->client->write("HTTP/1.1 405 Only CONNECT here\r\nContent-Length: 0\r\n\r\n");
        return false;
    }
    const QString host = QString::fromLatin1(words.at(1).left(colon)).toLower();
    if (!m_routes.contains(host)) {
        link->client->write("HTTP/1.1 502 Unknown host\r\nContent-Length: 0\r\n\r\n");
        return false;
    }
    link->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    openTunnel(link, host, words.at(1).mid(colon + 1).toUShort(), false);
    return true;
}

bool ProxyGateway::readSocks(Link* link)
{
    QByteArray& in = link->buffer;
    if (link->stage == Link::Stage::SocksGreeting) {
        if (in.size() < 2 || in.size() < 2 + quint8(in.at(1)))
            return true;
        const QByteArray methods = in.mid(2, quint8(in.at(1)));
        in.remove(0, 2 + methods.size());
        const char wanted = m_socksUser.isEmpty() ? '\x00' : '\x02';
        if (!methods.contains(wanted)) {
            link->client->write(QByteArray("\x05\xff", 2));
            return false;
        }
        link->client->write(QByteArray("\x05", 1) + wanted);
        link->stage = m_socksUser.isEmpty() ? Link::Stage::SocksRequest : Link::Stage::SocksLogin;
    }
    if (link->stage == Link::Stage::SocksLogin) {
        if (in.size() < 2 || in.size() < 3 + quint8(in.at(1)))
            return true;
        const int userSize = quint8(in.at(1));
        const int passwordSize = quint8(in.at(2 + userSize));
        if (in.size() < 3 + userSize + passwordSize)
            return true;
        const bool match = QString::fromUtf8(in.mid(2, userSize)) == m_socksUser
            && QString::fromUtf8(in.mid(3 + userSize, passwordSize)) == m_socksPassword;
        in.remove(0, 3 + userSize + passwordSize);
        link->client->write(QByteArray("\x01", 1) + (match ? '\x00' : '\x01'));
        if (!match) {
            ++m_refusedLogins;
            return false;
        }
        link->stage = Link::Stage::SocksRequest;
    }
    // VER CMD RSV ATYP=3 LEN NAME PORT: Qt sends names, which only we resolve.
    if (in.size() < 5 || in.size() < 7 + quint8(in.at(4)))
        return true;
    if (in.at(0) != '\x05' || in.at(1) != '\x01' || in.at(3) != '\x03') {
        link->client->write(socksReply('\x08'));
        return false;
    }
    const int nameSize = quint8(in.at(4));
    const QString host = QString::fromLatin1(in.mid(5, nameSize)).toLower();
    const quint16 port = quint16((quint8(in.at(5 + nameSize)) << 8) | quint8(in.at(6 + nameSize)));
    in.remove(0, 7 + nameSize);
    if (!m_routes.contains(host)) {
        link->client->write(socksReply('\x04'));
        return false;
    }
    link->client->write(socksReply('\x00'));
    openTunnel(link, host, port, true);
    return true;
}

void ProxyGateway::openTunnel(Link* link, const QString& host, quint16 port, bool socks)
{
    m_tunnels.append((socks ? u"SOCKS5 "_qs : u"CONNECT "_qs) + host + u':' + QString::number(port));
    link->backendPort = m_routes.value(host);
    link->stage = Link::Stage::Tls;
    link->client->setLocalCertificate(m_certificate);
    link->client->setPrivateKey(m_key);
    link->client->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(link->client, &QSslSocket::encrypted, this, [this, link] {
        link->backend = new QTcpSocket(link->client);
        link->backend->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        connect(link->backend, &QTcpSocket::connected, this, [this, link] {
            link->stage = Link::Stage::Piping;
            pipe(link);
        });
        connect(link->backend, &QTcpSocket::readyRead, this,
                [link] { link->client->write(link->backend->readAll()); });
        connect(link->backend, &QTcpSocket::disconnected, this,
                [link] { link->client->disconnectFromHost(); });
        link->backend->connectToHost(QHostAddress::LocalHost, link->backendPort);
    });
    link->client->startServerEncryption();
}

void ProxyGateway::pipe(Link* link)
{
    if (link->stage != Link::Stage::Piping || link->buffer.isEmpty())
        return;
    link->backend->write(link->buffer);
    if (link->sent.size() < kMaxRecorded)
        link->sent += link->buffer;
    link->buffer.clear();
}

void ProxyGateway::drop(Link* link)
{
    if (link->backend)
        link->backend->disconnectFromHost();
    link->stage = Link::Stage::Closed;
    link->client->deleteLater(); // takes the backend socket with it
    link->buffer.clear(); // the link itself stays until the gateway goes
}

} // namespace Plugboard::Test

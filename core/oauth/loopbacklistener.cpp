#include "core/oauth/loopbacklistener.h"

#include "core/oauth/httprequestreader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLoopback, "plugboard.oauth.loopback")

namespace Plugboard {

struct LoopbackListener::Client
{
    quint64 id = 0;
    QTcpSocket* socket = nullptr;
    QTimer* timer = nullptr;
    HttpRequestReader reader;
    bool reported = false;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QByteArray plainPage(const QString& text)
{
    return "<!doctype html><meta charset=\"utf-8\"><title>Plugboard</title><p>"
        + text.toHtmlEscaped().toUtf8() + "</p>";
}

} // namespace

LoopbackListener::LoopbackListener(QObject* parent)
    : QObject(parent)
{ }

LoopbackListener::~LoopbackListener()
{
    close();
    const QList<Client*> clients = m_clients.values();
    for (Client* client : clients)
        drop(client);
}

Result<void> LoopbackListener::listen(const QString& host, quint16 port)
{
    close();
    m_ownPort = 0;
    QList<QHostAddress> addresses;
    if (host == QLatin1String("127.0.0.1"))
        addresses = { QHostAddress(QHostAddress::LocalHost) };
    else if (host == QLatin1String("localhost"))
        addresses = { QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6) };
    else
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::LoopbackListener",
                           "The redirect host must be 127.0.0.1 or localhost, not %1.")
                           .arg(host) };

    for (const QHostAddress& address : std::as_const(addresses)) {
        auto* server = new QTcpServer(this);
        // Never through a proxy, whatever the application's factory says:
        // the browser's answer must arrive at this computer.
        server->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        server->setMaxPendingConnections(kMaxConnections);
        // The first bind picks the port; [::1] must then use the same one.
        const quint16 wanted = m_servers.isEmpty() ? port : m_servers.first()->serverPort();
        if (!server->listen(address, wanted)) {
            const QString reason = server->errorString();
            delete server;
            if (!m_servers.isEmpty())
                continue; // IPv6 loopback missing: 127.0.0.1 alone still works
            return Error { ErrorCode::Network,
                           QCoreApplication::translate(
                               "Plugboard::LoopbackListener",
                               "Could not listen on %1 port %2 for the browser's answer: %3. "
                               "Close the program using that port, or try again.")
                               .arg(address.toString(), QString::number(port), reason) };
        }
        connect(server, &QTcpServer::newConnection, this, [this, server] { acceptConnections(server); });
        m_servers.append(server);
    }
    m_ownPort = this->port();
    qCDebug(lcLoopback) << "listening on port" << this->port();
    return {};
}

bool LoopbackListener::isListening() const
{
    return !m_servers.isEmpty();
}

quint16 LoopbackListener::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

void LoopbackListener::close()
{
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void LoopbackListener::acceptConnections(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        // Full: make room by dropping the connection that has been sending
        // its request longest (slow or idle clients, a browser's unused
        // preconnects). A real browser sends its redirect in milliseconds,
        // so it always gets a slot; held tabs are never dropped.
        if (m_clients.size() >= kMaxConnections && !dropSlowestClient()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Accepted sockets are the server's children; the browser's held
        // connection must outlive close(), which deletes the server.
        socket->setParent(this);
        auto* client = new Client;
        client->id = m_nextId++;
        qCDebug(lcLoopback) << "connection" << client->id << "accepted";
        client->socket = socket;
        client->timer = new QTimer(socket);
        client->timer->setSingleShot(true);
        m_clients.insert(client->id, client);

        connect(socket, &QTcpSocket::readyRead, this, [this, client] { readFrom(client); });
        // A browser that goes away needs no answer, even for a held request.
        connect(socket, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(client->timer, &QTimer::timeout, this, [this, client] {
            if (client->reported)
                answer(client, 200, plainPage(tr("Plugboard stopped waiting. You can close this tab.")));
            else
                answer(client, 408, plainPage(tr("The request took too long.")));
        });
        client->timer->start(m_readTimeoutMs);
        readFrom(client);
    }
}

void LoopbackListener::readFrom(Client* client)
{
    if (client->reported)
        return; // a request body or a second request on the same connection: ignored
    switch (client->reader.feed(client->socket->readAll())) {
    case HttpRequestReader::Status::NeedMore:
        return;
    case HttpRequestReader::Status::Invalid:
        answer(client, 400, plainPage(tr("This is not a request Plugboard understands.")));
        return;
    case HttpRequestReader::Status::TooLarge:
        answer(client, 431, plainPage(tr("The request is too large.")));
        return;
    case HttpRequestReader::Status::Complete:
        break;
    }
    if (!isOwnHost(client->reader.host())) {
        // A page on another site that made its name resolve to 127.0.0.1
        // (DNS rebinding) sends its own Host: it gets nothing from us.
        answer(client, 421, plainPage(tr("This address does not belong to Plugboard.")));
        return;
    }
    client->reported = true;
    // The owner answers now or when the login is over; never hold forever.
    client->timer->start(kHoldTimeoutMs);
    Q_EMIT requestReceived(client->id, client->reader.method(), client->reader.url());
}

bool LoopbackListener::isOwnHost(const QByteArray& host) const
{
    const QByteArray port = ':' + QByteArray::number(m_ownPort);
    return host == "127.0.0.1" + port || host == "localhost" + port || host == "[::1]" + port;
}

bool LoopbackListener::dropSlowestClient()
{
    Client* slowest = nullptr;
    for (Client* client : std::as_const(m_clients)) {
        if (!client->reported && (!slowest || client->id < slowest->id))
            slowest = client; // ids grow with time: the smallest waited longest
    }
    if (!slowest)
        return false;
    qCDebug(lcLoopback) << "connection" << slowest->id << "dropped to make room";
    drop(slowest);
    return true;
}

void LoopbackListener::respond(quint64 requestId, int status, const QByteArray& html)
{
    if (Client* client = m_clients.value(requestId))
        answer(client, status, html);
}

void LoopbackListener::answer(Client* client, int status, const QByteArray& html)
{
    qCDebug(lcLoopback) << "connection" << client->id << "answered with" << status;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    // The page holds nothing worth caching, and must not be framed or leak
    // the callback URL (with its code) to anything it links to.
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:\r\n";
    response += "Connection: close\r\n\r\n";
    response += html;

    QTcpSocket* socket = client->socket;
    m_clients.remove(client->id);
    disconnect(socket, nullptr, this, nullptr);
    client->timer->stop(); // a child of the socket: goes with it
    disconnect(client->timer, nullptr, this, nullptr);
    delete client;

    // The answer must reach the browser even when the listener, the sign-in
    // and the whole process end right after this call (the CLI exits as
    // soon as the connection is stored): hand the bytes to the kernel now,
    // and let the socket outlive the listener until the close is done.
    socket->setParent(nullptr);
    socket->write(response);
    socket->flush();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost(); // closes once the rest is written
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void LoopbackListener::drop(Client* client)
{
    qCDebug(lcLoopback) << "connection" << client->id << "dropped";
    m_clients.remove(client->id);
    client->timer->stop();
    disconnect(client->timer, nullptr, this, nullptr);
    disconnect(client->socket, nullptr, this, nullptr);
    client->socket->abort();
    client->socket->deleteLater();
    delete client;
}

} // namespace Plugboard

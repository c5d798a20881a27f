#include "tests/support/fakehttpserver.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <sys/socket.h>

namespace Plugboard::Test {
namespace {

/// How long a rejected connection may keep sending before it is closed. The
/// rest of its request is read and dropped meanwhile: closing a socket with
/// unread input sends a TCP reset, which can destroy the 400 before the
/// client reads it.
constexpr int kLingerMs = 100;

enum class Parse { NeedMore, Complete, Bad };

struct ParseResult
{
    Parse status = Parse::NeedMore;
    QByteArray reason; ///< for Bad: the 400's body
};

ParseResult bad(const char* reason)
{
    return { Parse::Bad, QByteArray(reason) };
}

/// application/x-www-form-urlencoded into a QUrlQuery: '+' becomes a space,
/// percent escapes are kept for QUrlQuery to decode on the way out.
QUrlQuery formQuery(const QByteArray& raw)
{
    QUrlQuery query;
    const QList<QByteArray> pairs = raw.split('&');
    for (QByteArray pair : pairs) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', "%20");
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        query.addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return query;
}

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || c == ':' || c == '"' || c == '(' || c == ')')
            return false;
    }
    return true;
}

bool parseRequestLine(const QByteArray& line, FakeHttpServer::Request& request)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0"))
        return false;
    for (const char c : parts[0]) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    if (parts[0].isEmpty() || !parts[1].startsWith('/'))
        return false;
    request.method = parts[0];
    request.target = parts[1];
    const qsizetype question = request.target.indexOf('?');
    request.path
        = QUrl::fromPercentEncoding(request.target.left(question < 0 ? request.target.size() : question));
    if (question >= 0)
        request.query = formQuery(request.target.mid(question + 1));
    return true;
}

/// Reads one request from the start of `buffer`, or says why not yet.
ParseResult parseRequest(const QByteArray& buffer, FakeHttpServer::Request& request)
{
    // Judge the request line as soon as it is complete, so garbage gets its
    // 400 at once instead of waiting for a blank line that never comes.
    const qsizetype firstLf = buffer.indexOf('\n');
    if (firstLf >= 0) {
        FakeHttpServer::Request probe;
        if (firstLf == 0 || buffer.at(firstLf - 1) != '\r')
            return bad("lines must end with CRLF");
        if (!parseRequestLine(buffer.left(firstLf - 1), probe))
            return bad("not an HTTP/1.x request line");
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > FakeHttpServer::kMaxRequestSize ? bad("request too large") : ParseResult {};
    QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].endsWith('\r'))
            return bad("lines must end with CRLF");
        lines[i].chop(1);
    }
    if (!parseRequestLine(lines.takeFirst(), request))
        return bad("not an HTTP/1.x request line");
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)) || line.contains('\r'))
            return bad("malformed header");
        request.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }
    if (request.hasHeader("transfer-encoding"))
        return bad("chunked bodies are not supported");
    qsizetype length = 0;
    if (request.hasHeader("content-length")) {
        bool ok = false;
        const QByteArray text = request.header("content-length");
        length = text.toLongLong(&ok);
        if (!ok || length < 0 || text.startsWith('+'))
            return bad("bad Content-Length");
    }
    const qsizetype total = headEnd + 4 + length;
    if (total > FakeHttpServer::kMaxRequestSize)
        return bad("request too large");
    if (buffer.size() < total)
        return {};
    request.body = buffer.mid(headEnd + 4, length);
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type == "application/x-www-form-urlencoded")
        request.form = formQuery(request.body);
    return { Parse::Complete, {} };
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FakeHttpServer::Request::header(const QByteArray& name) const
{
    const QByteArray wanted = name.toLower();
    QByteArrayList values;
    for (const auto& [key, value] : headers) {
        if (key == wanted)
            values.append(value);
    }
    return values.join(", ");
}

bool FakeHttpServer::Request::hasHeader(const QByteArray& name) const
{
    const QByteArray wanted = name.toLower();
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto& header) { return header.first == wanted; });
}

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QJsonObject& object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QByteArray& body)
{
    Response response;
    response.status = status;
    response.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    response.body = body;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::form(int status, const QUrlQuery& fields)
{
    Response response;
    response.status = status;
    response.headers.append({ QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    response.body = fields.toString(QUrl::FullyEncoded).toUtf8();
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::text(int status, const QByteArray& body)
{
    Response response;
    response.status = status;
    response.headers.append({ QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8") });
    response.body = body;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::redirect(int status, const QString& location)
{
    Response response;
    response.status = status;
    response.headers.append({ QByteArray("Location"), QByteArray(location.toUtf8()) });
    return response;
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qWarning("FakeHttpServer: cannot listen on 127.0.0.1: %s", qPrintable(m_server.errorString()));
}

FakeHttpServer::~FakeHttpServer()
{
    // Sockets are children of m_server, destroyed after this body; their
    // disconnected() must not reach a half-destroyed server.
    const QList<QTcpSocket*> sockets = m_connections.keys();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
    m_connections.clear();
    m_server.close();
}

QUrl FakeHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FakeHttpServer::setHandler(const QByteArray& method, const QString& path, const Handler& handler)
{
    m_handlers.insert({ method, path }, handler);
}

void FakeHttpServer::removeHandler(const QByteArray& method, const QString& path)
{
    m_handlers.remove({ method, path });
}

QList<FakeHttpServer::Request> FakeHttpServer::requests(const QString& path, const QByteArray& method) const
{
    QList<Request> matching;
    for (const Request& request : m_requests) {
        if (request.path == path && (method.isEmpty() || request.method == method))
            matching.append(request);
    }
    return matching;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        Connection& connection = m_connections[socket];
        connection.idle = new QTimer(socket);
        connection.idle->setSingleShot(true);
        connection.idle->setInterval(m_idleTimeoutMs);
        // First a graceful close (flushes a pending answer), then, if even
        // that hangs, a hard one: no connection outlives two idle periods.
        connect(connection.idle, &QTimer::timeout, socket, [this, socket] {
            const auto state = m_connections.find(socket);
            if (state == m_connections.end() || state->closing) {
                socket->abort();
                return;
            }
            state->closing = true;
            state->idle->start(m_idleTimeoutMs);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        connection.idle->start();
        onReadyRead(socket); // bytes may have arrived before we connected
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& connection = *it;
    const QByteArray bytes = socket->readAll();
    if (connection.done) {
        if (connection.rejected)
            connection.idle->start(kLingerMs);
        return; // one request per connection: the rest is dropped
    }
    if (bytes.isEmpty())
        return;
    connection.idle->start(m_idleTimeoutMs);
    connection.buffer += bytes;
    Request request;
    const ParseResult result = parseRequest(connection.buffer, request);
    if (result.status == Parse::NeedMore)
        return;
    connection.done = true;
    connection.buffer.clear();
    if (result.status == Parse::Bad) {
        reject(socket, result.reason);
        return;
    }
    dispatch(socket, request);
}

void FakeHttpServer::dispatch(QTcpSocket* socket, const Request& request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request.path);
    const auto handler = m_handlers.constFind({ request.method, request.path });
    const Response response = handler != m_handlers.cend()
        ? (*handler)(request)
        : Response::text(404, "no handler for " + request.method + ' ' + request.path.toUtf8());
    if (!m_connections.contains(socket)) // the client left while the handler ran
        return;
    if (response.noAnswer)
        return; // the idle timer closes it
    if (response.reset) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // SO_LINGER 0 makes the close a reset instead of a FIN.
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
        return;
    }
    if (response.delayMs <= 0) {
        answer(socket, response);
        return;
    }
    m_connections[socket].idle->stop();
    QTimer::singleShot(response.delayMs, socket, [this, socket, response] {
        if (m_connections.contains(socket))
            answer(socket, response);
    });
}

void FakeHttpServer::answer(QTcpSocket* socket, const Response& response)
{
    QByteArray bytes
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    bytes += response.body;
    if (response.trickleMs > 0) {
        trickle(socket, bytes, response.trickleMs);
        return;
    }
    socket->write(bytes);
    m_connections[socket].idle->start(m_idleTimeoutMs);
    socket->disconnectFromHost(); // after the answer is written
}

void FakeHttpServer::trickle(QTcpSocket* socket, const QByteArray& bytes, int intervalMs)
{
    m_connections[socket].idle->stop();
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, sent] {
        if (*sent >= bytes.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(bytes.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

void FakeHttpServer::reject(QTcpSocket* socket, const QByteArray& reason)
{
    Connection& connection = m_connections[socket];
    connection.rejected = true;
    const QByteArray bytes = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: "
        + QByteArray::number(reason.size()) + "\r\nConnection: close\r\n\r\n" + reason;
    socket->write(bytes);
    socket->flush();
    connection.idle->start(kLingerMs);
}

} // namespace Plugboard::Test

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Plugboard::Test {

/// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for tests that
/// need a real server at the other end of a QNetworkAccessManager: provider
/// discovery now, the fake OAuth authorization server later.
///
/// Each connection carries one request and is closed after the answer
/// (`Connection: close`). The request line, headers and a Content-Length
/// body are read however the bytes are split into TCP segments; a request
/// larger than kMaxRequestSize, a chunked body or anything that is not
/// HTTP/1.x gets 400. Requests are routed by exact method and path to the
/// handler given to setHandler(); anything else gets 404. Every request that
/// parsed is recorded, in arrival order, before its handler runs.
///
/// Connections never live forever: one that sends nothing for idleTimeout()
/// (or that waits on a Response::noAnswer) is closed.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    static constexpr qsizetype kMaxRequestSize = 1024 * 1024;

    /// One received request. Header names are stored lowercased; query and
    /// form use application/x-www-form-urlencoded rules ('+' is a space), so
    /// read them with queryItemValue(key, QUrl::FullyDecoded).
    struct Request
    {
        QByteArray method; ///< "GET", "POST", …
        QByteArray target; ///< the request target as sent: "/token?x=1"
        QString path; ///< decoded path of the target, "/token"
        QUrlQuery query; ///< the target's query
        QList<QPair<QByteArray, QByteArray>> headers; ///< lowercased names, in order
        QByteArray body;
        QUrlQuery form; ///< body, when Content-Type is a form; else empty

        /// The value of header `name` (any case); repeated headers joined
        /// with ", ". Empty when absent.
        QByteArray header(const QByteArray& name) const;
        bool hasHeader(const QByteArray& name) const;
    };

    /// What a handler answers. Content-Length and Connection are added.
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0; ///< answer this much later (to provoke client timeouts)
        bool noAnswer = false; ///< read the request, never answer; closed when idle
        /// Sends the answer one byte every this many ms (a server that is
        /// alive but never done: only an overall deadline ends the wait).
        int trickleMs = 0;
        bool reset = false; ///< read the request, then reset the connection (RST)

        static Response json(int status, const QJsonObject& object);
        static Response json(int status, const QByteArray& body);
        /// application/x-www-form-urlencoded, as GitHub's token endpoint answers.
        static Response form(int status, const QUrlQuery& fields);
        static Response text(int status, const QByteArray& body);
        /// A redirect (301, 302, 303, 307, 308) to `location`, absolute or relative.
        static Response redirect(int status, const QString& location);
    };

    using Handler = std::function<Response(const Request&)>;

    /// Starts listening at once; check isListening() (it fails only when no
    /// loopback port is free).
    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    /// "http://127.0.0.1:PORT" + path; `path` may carry a query ("/a?b=c").
    QUrl url(const QString& path = QStringLiteral("/")) const;

    /// Answers `method` requests for exactly `path` (no query) with
    /// `handler`; replaces an earlier handler for the same pair.
    void setHandler(const QByteArray& method, const QString& path, const Handler& handler);
    void removeHandler(const QByteArray& method, const QString& path);

    /// Every request that parsed, oldest first.
    QList<Request> requests() const { return m_requests; }
    /// The requests for `path` (and `method`, when not empty).
    QList<Request> requests(const QString& path, const QByteArray& method = QByteArray()) const;
    qsizetype requestCount() const { return m_requests.size(); }
    void clearRequests() { m_requests.clear(); }

    /// Connections that sent nothing for this long are closed (default 5 s).
    int idleTimeout() const { return m_idleTimeoutMs; }
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }

Q_SIGNALS:
    /// A request parsed and was recorded (its handler has not run yet).
    void requestReceived(const QString& path);

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer* idle = nullptr;
        bool done = false; ///< a request was read: further bytes are dropped
        bool rejected = false; ///< answered 400, reading the rest until the client stops
        bool closing = false; ///< the idle timer already asked for a graceful close
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void dispatch(QTcpSocket* socket, const Request& request);
    void answer(QTcpSocket* socket, const Response& response);
    void reject(QTcpSocket* socket, const QByteArray& reason);
    void trickle(QTcpSocket* socket, const QByteArray& bytes, int intervalMs);

    QTcpServer m_server;
    QHash<QTcpSocket*, Connection> m_connections;
    QMap<QPair<QByteArray, QString>, Handler> m_handlers;
    QList<Request> m_requests;
    int m_idleTimeoutMs = 5000;
};

} // namespace Plugboard::Test

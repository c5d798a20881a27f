#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Plugboard {

class HttpRequestReader;

/// A minimal HTTP listener for OAuth redirects, on loopback addresses only
/// (RFC 8252 §7.3): never reachable from another machine.
///
/// Each complete request is reported once through requestReceived(); the
/// owner answers it with respond(), now or later (a login's browser tab is
/// answered only when the token exchange is over, so it can say how it went).
/// Bad requests are answered here: 400 for garbage, 431 for an oversized
/// head, 408 when a client sends too slowly, 421 when the Host header names
/// anything but this listener's own address and port (DNS rebinding). When
/// all slots are taken, the client that has been sending its request the
/// longest is dropped, so slow or idle connections cannot lock the real
/// browser out. Answers are handed to the kernel at once and the socket
/// closes gracefully on its own, even after the listener is gone. Nothing a
/// client sends can make the listener buffer without bound, hang, or crash.
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    static constexpr int kMaxConnections = 16;
    static constexpr int kReadTimeoutMs = 10'000;
    static constexpr int kHoldTimeoutMs = 120'000;
    /// How long an answered connection may take to close after the answer.
    static constexpr int kLingerMs = 5'000;

    explicit LoopbackListener(QObject* parent = nullptr);
    ~LoopbackListener() override;

    /// Binds 127.0.0.1 on `port` (0: any free port). For "localhost" it also
    /// binds [::1] on the same port, because browsers may resolve localhost
    /// to either. Any other host is refused.
    Result<void> listen(const QString& host, quint16 port);
    bool isListening() const;
    quint16 port() const;

    /// Stops accepting connections. Requests already received can still be
    /// answered with respond().
    void close();

    void respond(quint64 requestId, int status, const QByteArray& html);

    /// How long a client may take to send its request head (default 10 s).
    void setReadTimeout(int milliseconds) { m_readTimeoutMs = milliseconds; }

Q_SIGNALS:
    void requestReceived(quint64 requestId, const QByteArray& method, const QUrl& url);

private:
    struct Client;

    void acceptConnections(QTcpServer* server);
    void readFrom(Client* client);
    void answer(Client* client, int status, const QByteArray& html);
    void drop(Client* client);
    bool dropSlowestClient();
    /// True for "127.0.0.1:PORT", "localhost:PORT" and "[::1]:PORT".
    bool isOwnHost(const QByteArray& host) const;

    QList<QTcpServer*> m_servers;
    QHash<quint64, Client*> m_clients;
    quint64 m_nextId = 1;
    int m_readTimeoutMs = kReadTimeoutMs;
    /// The port clients were told to use; kept after close(), which unbinds
    /// it while connected clients may still be sending their requests.
    quint16 m_ownPort = 0;
};

} // namespace Plugboard

#include "tests/support/rawhttpclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace Plugboard::Test {

int RawHttpClient::Answer::status() const
{
    if (!bytes.startsWith("HTTP/1."))
        return 0;
    return bytes.mid(9, 3).toInt();
}

QByteArray RawHttpClient::Answer::body() const
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : bytes.mid(end + 4);
}

RawHttpClient::Answer RawHttpClient::exchange(const QHostAddress& address, quint16 port,
                                              const QList<QByteArray>& chunks, int gapMs, int timeoutMs)
{
    Answer answer;
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy errors(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(address, port);
    const QDeadlineTimer deadline(timeoutMs);
    while (connected.isEmpty() && errors.isEmpty() && !deadline.hasExpired())
        connected.wait(50);
    if (connected.isEmpty())
        return answer;
    answer.connected = true;

    for (qsizetype i = 0; i < chunks.size(); ++i) {
        socket.write(chunks.at(i));
        socket.flush();
        if (gapMs > 0 && i + 1 < chunks.size())
            QTest::qWait(gapMs);
    }
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    while (disconnected.isEmpty() && socket.state() == QAbstractSocket::ConnectedState
           && !deadline.hasExpired()) {
        disconnected.wait(50);
        answer.bytes += socket.readAll();
    }
    answer.bytes += socket.readAll();
    answer.closedByServer = !disconnected.isEmpty() || socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

RawHttpClient::Answer RawHttpClient::get(quint16 port, const QByteArray& target)
{
    return exchange(
        QHostAddress(QHostAddress::LocalHost), port,
        { "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n" });
}

QByteArray RawHttpClient::withHost(const QByteArray& request, quint16 port)
{
    const qsizetype lineEnd = request.indexOf("\r\n");
    if (lineEnd < 0)
        return request;
    return request.left(lineEnd + 2) + "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n"
        + request.mid(lineEnd + 2);
}

} // namespace Plugboard::Test

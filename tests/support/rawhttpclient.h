#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace Plugboard::Test {

/// Plays a browser (or an attacker) at the socket level: sends the given
/// chunks as separate TCP writes, `gapMs` apart, and returns everything the
/// server answered until it closed the connection. Runs the event loop while
/// waiting, so servers in the same thread keep working; bounded by
/// `timeoutMs`.
class RawHttpClient final
{
public:
    struct Answer
    {
        bool connected = false;
        bool closedByServer = false;
        QByteArray bytes;

        int status() const; ///< from the status line, 0 if none
        QByteArray body() const; ///< after the blank line
    };

    static Answer exchange(const QHostAddress& address, quint16 port, const QList<QByteArray>& chunks,
                           int gapMs = 0, int timeoutMs = 5000);
    /// GET `target` with the Host header a browser sends ("127.0.0.1:PORT").
    static Answer get(quint16 port, const QByteArray& target);
    /// `request` with "Host: 127.0.0.1:PORT" added after its request line.
    static QByteArray withHost(const QByteArray& request, quint16 port);
};

} // namespace Plugboard::Test

#pragma once

#include <QByteArray>
#include <QUrl>

namespace Plugboard {

/// Reads one HTTP/1.x request head (request line and headers) from bytes
/// that may arrive in any number of TCP segments. Used by the loopback
/// listener instead of Qt 6.4's parser, which drops a request whose headers
/// arrive in two reads and buffers without limit.
///
/// Only what a browser sends to a redirect URI is accepted: an origin-form
/// target ("/callback?code=…"), HTTP/1.0 or 1.1, a head of at most
/// kMaxHeadSize bytes. A request body is never read.
class HttpRequestReader final
{
public:
    static constexpr qsizetype kMaxHeadSize = 8 * 1024;

    enum class Status {
        NeedMore, ///< head not complete yet
        Complete, ///< method() and url() are valid
        Invalid, ///< not an HTTP request we accept: answer 400
        TooLarge, ///< head exceeds kMaxHeadSize: answer 431
    };

    /// Appends `bytes` and returns where reading stands. Once Complete,
    /// Invalid or TooLarge, further bytes are ignored.
    Status feed(const QByteArray& bytes);

    Status status() const { return m_status; }
    QByteArray method() const { return m_method; }
    /// Path and query of the request target, relative (no scheme or host).
    QUrl url() const { return m_url; }
    /// The Host header as sent ("127.0.0.1:8741"), lower-cased; empty when
    /// the request has none. Repeated Host headers make the request Invalid.
    QByteArray host() const { return m_host; }

private:
    /// Where the head in m_buffer ends (before its blank line), looking
    /// for the blank line from `from` on; -1 when it has not arrived yet.
    qsizetype headEnd(qsizetype from, qsizetype* terminatorSize) const;
    Status parseHead(const QByteArray& head);
    Status parseHeaders(const QByteArray& headers);

    QByteArray m_buffer;
    Status m_status = Status::NeedMore;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_host;
};

} // namespace Plugboard

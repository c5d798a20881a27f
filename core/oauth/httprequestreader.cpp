#include "core/oauth/httprequestreader.h"

#include <QList>

namespace Plugboard {

namespace {

bool isToken(const QByteArray& method)
{
    if (method.isEmpty())
        return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

} // namespace

HttpRequestReader::Status HttpRequestReader::feed(const QByteArray& bytes)
{
    if (m_status != Status::NeedMore)
        return m_status;
    // A blank line may straddle the previous feed: look again from just
    // before it, not from the start (a slow client sends byte by byte).
    const qsizetype from = qMax<qsizetype>(0, m_buffer.size() - 2);
    m_buffer.append(bytes);

    qsizetype terminatorSize = 0;
    const qsizetype end = headEnd(from, &terminatorSize);
    if (end < 0) {
        if (m_buffer.size() > kMaxHeadSize)
            m_status = Status::TooLarge;
        return m_status;
    }
    if (end + terminatorSize > kMaxHeadSize) {
        m_status = Status::TooLarge;
        return m_status;
    }
    m_status = parseHead(m_buffer.left(end));
    m_buffer.clear();
    return m_status;
}

qsizetype HttpRequestReader::headEnd(qsizetype from, qsizetype* terminatorSize) const
{
    // The head ends at the first empty line. Lines end in CRLF, or in a bare
    // LF, which RFC 9112 §2.2 lets us accept; so an empty line is a LF
    // followed by LF or CRLF, whatever ended the line before it.
    for (qsizetype at = m_buffer.indexOf('\n', from); at >= 0; at = m_buffer.indexOf('\n', at + 1)) {
        qsizetype next = at + 1;
        if (next < m_buffer.size() && m_buffer.at(next) == '\r')
            ++next;
        if (next >= m_buffer.size() || m_buffer.at(next) != '\n')
            continue;
        const qsizetype end = at > 0 && m_buffer.at(at - 1) == '\r' ? at - 1 : at;
        *terminatorSize = next + 1 - end;
        return end;
    }
    return -1;
}

HttpRequestReader::Status HttpRequestReader::parseHead(const QByteArray& head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray requestLine = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return Status::Invalid;

    const QByteArray& method = parts.at(0);
    const QByteArray& target = parts.at(1);
    const QByteArray& version = parts.at(2);
    if (!isToken(method) || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return Status::Invalid;
    // Origin form only: an absolute URI ("GET http://evil/callback") would let
    // the request name a host other than the one we listen on.
    if (!target.startsWith('/') || target.startsWith("//"))
        return Status::Invalid;

    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative())
        return Status::Invalid;

    m_method = method;
    m_url = url;
    return lineEnd < 0 ? Status::Complete : parseHeaders(head.mid(lineEnd + 1));
}

HttpRequestReader::Status HttpRequestReader::parseHeaders(const QByteArray& headers)
{
    int hosts = 0;
    for (const QByteArray& line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().toLower() != "host")
            continue;
        // Two Host headers are a classic request-smuggling trick (RFC 9112 §3.2).
        if (++hosts > 1)
            return Status::Invalid;
        m_host = line.mid(colon + 1).trimmed().toLower();
    }
    return Status::Complete;
}

} // namespace Plugboard

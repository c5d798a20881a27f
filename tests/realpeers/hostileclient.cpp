#include "tests/realpeers/hostileclient.h"

#include <QTcpSocket>
#include <QTimer>

namespace Plugboard::Test {

HostileClient::HostileClient(HostileRequest request, quint16 port, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_port(port)
    , m_socket(new QTcpSocket(this))
    , m_gap(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_gap->setSingleShot(true);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(timeoutMs);
    connect(m_gap, &QTimer::timeout, this, &HostileClient::sendNext);
    connect(m_deadline, &QTimer::timeout, this, [this] { finish(true); });
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connected = true;
        sendNext();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_answer += m_socket->readAll(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(false); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(false); });
}

HostileClient::~HostileClient() = default;

void HostileClient::start()
{
    m_clock.start();
    m_deadline->start();
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

void HostileClient::sendNext()
{
    if (m_done || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_next < m_request.chunks.size()) {
        m_socket->write(m_request.chunks.at(m_next++));
        m_socket->flush();
    }
    if (m_next < m_request.chunks.size())
        m_gap->start(m_request.gapMs);
}

int HostileClient::status() const
{
    return m_answer.startsWith("HTTP/1.1 ") ? m_answer.mid(9, 3).toInt() : 0;
}

void HostileClient::finish(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_elapsedMs = m_clock.elapsed();
    m_gap->stop();
    m_deadline->stop();
    if (m_socket->bytesAvailable() > 0)
        m_answer += m_socket->readAll();
    if (!m_connected) {
        m_outcome = Outcome::Refused;
    } else if (timedOut) {
        m_problem = QStringLiteral("the listener neither answered nor closed within %1 ms").arg(m_elapsedMs);
    } else if (m_answer.isEmpty()) {
        m_outcome = m_request.mayCloseSilently ? Outcome::ClosedSilently : Outcome::Unanswered;
    } else {
        m_problem = judge();
        m_outcome = m_problem.isEmpty() ? Outcome::Answered : Outcome::Wrong;
    }
    m_socket->abort();
    // Reported from the event loop: the owner may delete this client.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
}

QString HostileClient::judge() const
{
    if (!m_request.statuses.contains(status()))
        return QStringLiteral("answered %1").arg(QString::fromLatin1(m_answer.left(40)));
    const qsizetype end = m_answer.indexOf("\r\n\r\n");
    const QByteArray headers = m_answer.left(end);
    if (end < 0 || !headers.contains("\r\nConnection: close")
        || !headers.contains("\r\nCache-Control: no-store"))
        return QStringLiteral("an answer without its headers: %1").arg(QString::fromLatin1(headers));
    const QByteArray page = m_answer.mid(end + 4);
    for (const QByteArray& text : m_request.pages) {
        if (page.contains(text))
            return {};
    }
    return m_request.pages.isEmpty() ? QString()
                                     : QStringLiteral("the wrong page: %1").arg(QString::fromUtf8(page));
}

} // namespace Plugboard::Test

#include "tests/support/tinyproxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Plugboard::Test {

namespace {

quint16 freeLoopbackPort()
{
    // Released right away for tinyproxy to take: another process could grab
    // it in between, which start() then reports.
    QTcpServer probe;
    probe.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

TinyProxy::TinyProxy() = default;

TinyProxy::~TinyProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void TinyProxy::setBasicAuth(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

bool TinyProxy::start(QString* error)
{
    m_port = freeLoopbackPort();
    if (!m_folder.isValid() || m_port == 0) {
        *error = QStringLiteral("no temporary folder or free port for tinyproxy");
        return false;
    }
    QStringList lines { u"Port "_qs + QString::number(m_port),
                        QStringLiteral("Listen 127.0.0.1"),
                        QStringLiteral("Timeout 15"),
                        u"LogFile \""_qs + m_folder.filePath(QStringLiteral("tinyproxy.log")) + u'"',
                        QStringLiteral("LogLevel Connect"),
                        QStringLiteral("MaxClients 20"),
                        QStringLiteral("Allow 127.0.0.1"),
                        QStringLiteral("DisableViaHeader Yes") };
    if (m_upstream != 0)
        lines << u"Upstream http 127.0.0.1:"_qs + QString::number(m_upstream);
    if (!m_user.isEmpty())
        lines << u"BasicAuth "_qs + m_user + u' ' + m_password;
    const QString configPath = m_folder.filePath(QStringLiteral("tinyproxy.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(lines.join(u'\n').toUtf8() + '\n') < 0) {
        *error = QStringLiteral("cannot write the tinyproxy configuration");
        return false;
    }
    config.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), configPath });
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("tinyproxy did not start (apt-get install tinyproxy): ")
            + m_process.errorString();
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (!accepts(m_port)) {
        if (m_process.state() == QProcess::NotRunning || waited.hasExpired(10000)) {
            *error = QStringLiteral("tinyproxy is not accepting connections: ")
                + QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

QStringList TinyProxy::requests() const
{
    QFile log(m_folder.filePath(QStringLiteral("tinyproxy.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression request(QStringLiteral("Request \\(file descriptor \\d+\\): (.*)$"));
    QStringList found;
    for (const QByteArray& line : log.readAll().split('\n')) {
        const QRegularExpressionMatch match = request.match(QString::fromUtf8(line));
        if (match.hasMatch())
            found << match.captured(1);
    }
    return found;
}

int TinyProxy::requestsFor(const QString& host) const
{
    int count = 0;
    for (const QString& line : requests()) {
        const QString target = line.section(u' ', 1, 1);
        if (target.startsWith(host + u':') || target.contains(u"://"_qs + host))
            ++count;
    }
    return count;
}

} // namespace Plugboard::Test

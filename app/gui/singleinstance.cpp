#include "app/gui/singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "plugboard.instance")

namespace Plugboard {

namespace {

constexpr int kConnectTimeoutMs = 1000;
// sockaddr_un::sun_path holds 108 bytes on Linux, the terminating NUL included.
constexpr qsizetype kMaxSocketPath = 100;
const QByteArray kActivate("activate\n");

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
    , m_socketName(socketName(key))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString& key)
{
    // In the user's runtime folder (XDG_RUNTIME_DIR, private to the user and
    // the session) when there is one; else in /tmp, where the uid keeps
    // users apart.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString path = runtime + QLatin1Char('/') + key;
    if (!runtime.isEmpty() && path.toLocal8Bit().size() < kMaxSocketPath)
        return path;
    return QStringLiteral("%1-%2").arg(key).arg(::getuid());
}

bool SingleInstance::isPrimary() const
{
    return m_server != nullptr;
}

bool SingleInstance::activateRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_socketName);
    if (socket.waitForConnected(kConnectTimeoutMs)) {
        socket.write(kActivate);
        socket.waitForBytesWritten(kConnectTimeoutMs);
        socket.disconnectFromServer();
        qCInfo(lcInstance) << "asked the running instance to show itself";
        return true;
    }
    listen(); // this instance is the first: wait for later launches
    return false;
}

bool SingleInstance::listen()
{
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_socketName)) {
        // Nobody answered, so a socket file left by a crash is stale.
        QLocalServer::removeServer(m_socketName);
        if (!server->listen(m_socketName)) {
            qCWarning(lcInstance) << "cannot listen for other launches:" << server->errorString();
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* client = server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().startsWith(kActivate.trimmed()))
                    Q_EMIT activationRequested();
                client->disconnectFromServer();
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    m_server = server;
    return true;
}

} // namespace Plugboard

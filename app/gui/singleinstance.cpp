#include "app/gui/singleinstance.h"

#include "app/dbus/instancesocket.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "plugboard.instance")

namespace Plugboard {

namespace {

constexpr int kConnectTimeoutMs = 1000;
const QByteArray kActivate("activate\n");

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
    , m_socketName(socketName(key))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString& key)
{
    // plugboard-cli looks for the same socket to tell whether the app runs.
    return InstanceSocket::name(key);
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
    // In the runtime folder (XDG_RUNTIME_DIR, which Qt makes sure is the
    // user's alone) nobody else can reach the socket. Only in the shared
    // /tmp does Qt need to restrict it, which costs every start a temporary
    // folder and seeding a random generator for its name.
    if (!QDir::isAbsolutePath(m_socketName))
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

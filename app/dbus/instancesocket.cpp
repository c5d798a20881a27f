#include "app/dbus/instancesocket.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace Plugboard::InstanceSocket {

namespace {

// sockaddr_un::sun_path holds 108 bytes on Linux, the terminating NUL included.
constexpr qsizetype kMaxSocketPath = 100;

} // namespace

QString name(const QString& key)
{
    // The runtime folder (XDG_RUNTIME_DIR) is private to the user and the
    // session; /tmp is shared, where the uid keeps users apart.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString path = runtime + QLatin1Char('/') + key;
    if (!runtime.isEmpty() && path.toLocal8Bit().size() < kMaxSocketPath)
        return path;
    return QStringLiteral("%1-%2").arg(key).arg(::getuid());
}

QString filePath(const QString& key)
{
    const QString socket = name(key);
    return QDir::isAbsolutePath(socket) ? socket : QDir::tempPath() + QLatin1Char('/') + socket;
}

bool exists(const QString& key)
{
    return QFileInfo::exists(filePath(key));
}

} // namespace Plugboard::InstanceSocket

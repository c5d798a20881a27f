#pragma once

#include <QString>

namespace Plugboard::InstanceSocket {

/// The local socket the desktop app listens on while it runs, so a second
/// launch can hand over to it (SingleInstance): in the user's runtime
/// folder when there is one and the path fits, else a name QLocalServer
/// puts in the temporary folder, with the user id keeping users apart.
QString name(const QString& key);
/// The socket's file: name(), or where QLocalServer puts a bare name.
QString filePath(const QString& key);
/// Whether that socket exists: a cheap hint that the app runs (a crash can
/// leave the file behind; nothing but a stat when it does not run).
bool exists(const QString& key);

} // namespace Plugboard::InstanceSocket

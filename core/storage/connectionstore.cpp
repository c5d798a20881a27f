#include "core/storage/connectionstore.h"

#include "core/storage/filelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcConnectionStore, "plugboard.storage.connections")

namespace Plugboard {

namespace {

const QLatin1String kVersionKey("version");
const QLatin1String kConnectionsKey("connections");

/// Long enough for another process to finish a save of a small file, short
/// enough that a stuck process does not freeze the app.
constexpr std::chrono::milliseconds kLockTimeout { 5000 };

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The connections in `bytes`, or an Error whose message is the problem
/// only (ConnectionStore puts it into a sentence). A newer version stops
/// the reading before anything else and sets `version`.
Result<QList<Connection>> parse(const QByteArray& bytes, int& version)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { ErrorCode::CorruptFile,
                       QCoreApplication::translate("Plugboard::ConnectionStore",
                                                   "not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    const QJsonObject root = document.object();
    const QJsonValue versionValue = root.value(kVersionKey);
    version = versionValue.toInt(0);
    if (!document.isObject() || !versionValue.isDouble() || versionValue.toDouble() != version || version < 1)
        return Error { ErrorCode::CorruptFile,
                       QCoreApplication::translate("Plugboard::ConnectionStore",
                                                   "it is not an object with a positive whole \"version\"") };
    if (version > ConnectionStore::kFileVersion)
        return Error { ErrorCode::UnsupportedFileVersion, QString() };

    const QJsonValue list = root.value(kConnectionsKey);
    if (!list.isArray())
        return Error { ErrorCode::CorruptFile,
                       QCoreApplication::translate("Plugboard::ConnectionStore",
                                                   "\"connections\" must be a list") };
    QList<Connection> connections;
    QSet<QString> ids;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("connections[%1]").arg(i);
        if (!array.at(i).isObject())
            return Error {
                ErrorCode::CorruptFile,
                QCoreApplication::translate("Plugboard::ConnectionStore", "%1 must be an object").arg(where)
            };
        Result<Connection> connection = Connection::fromJson(array.at(i).toObject(), where);
        if (!connection)
            return connection.error();
        if (ids.contains(connection.value().id()))
            return Error { ErrorCode::CorruptFile,
                           QCoreApplication::translate("Plugboard::ConnectionStore",
                                                       "%1 repeats the connection %2")
                               .arg(where, connection.value().id()) };
        ids.insert(connection.value().id());
        connections.append(std::move(connection).value());
    }
    return connections;
}

QByteArray serialize(const QList<Connection>& connections)
{
    QJsonArray array;
    for (const Connection& connection : connections)
        array.append(connection.toJson());
    const QJsonObject root { { kVersionKey, ConnectionStore::kFileVersion }, { kConnectionsKey, array } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Error saveFailed(const QString& path, const QString& reason)
{
    return { ErrorCode::StorageFailed,
             QCoreApplication::translate("Plugboard::ConnectionStore",
                                         "Plugboard could not save %1: %2. Check the free disk space and the "
                                         "permissions of its folder, then try again.")
                 .arg(shown(path), reason) };
}

} // namespace

ConnectionStore::ConnectionStore(QObject* parent)
    : ConnectionStore(defaultFilePath(), parent)
{ }

ConnectionStore::ConnectionStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(QFileInfo(filePath).absoluteFilePath())
{ }

ConnectionStore::~ConnectionStore() = default;

QString ConnectionStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/connections.json");
}

Result<void> ConnectionStore::load()
{
    return read(true);
}

Result<void> ConnectionStore::reload()
{
    return read(false);
}

std::optional<Connection> ConnectionStore::connection(const QString& id) const
{
    for (const Connection& connection : m_connections) {
        if (connection.id() == id)
            return connection;
    }
    return std::nullopt;
}

QList<Connection> ConnectionStore::connectionsForPlatform(const QString& platformId) const
{
    QList<Connection> matching;
    for (const Connection& connection : m_connections) {
        if (connection.platformId == platformId)
            matching.append(connection);
    }
    return matching;
}

Result<void> ConnectionStore::upsert(const Connection& connection)
{
    if (Result<void> valid = connection.validate(); !valid)
        return valid;
    return mutate([&connection](QList<Connection>& connections) -> Result<void> {
        Connection stamped = connection;
        stamped.updated = QDateTime::currentDateTimeUtc();
        const QString id = connection.id();
        for (Connection& existing : connections) {
            if (existing.id() != id)
                continue;
            if (existing.created.isValid())
                stamped.created = existing.created;
            stamped.grants = existing.grants; // signing in again keeps the apps' access
            existing = stamped;
            return {};
        }
        if (!stamped.created.isValid())
            stamped.created = stamped.updated;
        connections.append(stamped);
        return {};
    });
}

Result<void> ConnectionStore::update(const QString& id, const std::function<void(Connection&)>& change)
{
    return mutate([this, &id, &change](QList<Connection>& connections) -> Result<void> {
        for (Connection& existing : connections) {
            if (existing.id() != id)
                continue;
            change(existing);
            existing.updated = QDateTime::currentDateTimeUtc();
            return {};
        }
        return Error { ErrorCode::UnknownConnection,
                       tr("There is no connection %1 in %2; it may have been removed already.")
                           .arg(id, shown(m_filePath)) };
    });
}

Result<void> ConnectionStore::remove(const QString& id)
{
    return mutate([this, &id](QList<Connection>& connections) -> Result<void> {
        if (connections.removeIf([&id](const Connection& c) { return c.id() == id; }) > 0)
            return {};
        return Error { ErrorCode::UnknownConnection,
                       tr("There is no connection %1 in %2; it may have been removed already.")
                           .arg(id, shown(m_filePath)) };
    });
}

Result<void> ConnectionStore::read(bool force)
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) {
            m_knownBytes.reset();
            adopt({});
            return {};
        }
        return Error { ErrorCode::StorageFailed,
                       tr("Plugboard could not read %1: %2. Check the file's permissions, then try again; "
                          "Plugboard will not change the file until it can read it.")
                           .arg(shown(m_filePath), file.errorString()) };
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (!force && m_knownBytes == bytes)
        return {};

    int version = 0;
    const Result<QList<Connection>> parsed = parse(bytes, version);
    if (parsed) {
        m_knownBytes = bytes;
        adopt(parsed.value());
        return {};
    }
    if (parsed.error().code == ErrorCode::UnsupportedFileVersion) {
        m_knownBytes.reset();
        return Error {
            ErrorCode::UnsupportedFileVersion,
            tr("%1 was written by a newer Plugboard (file version %2; this one reads version %3). "
               "Plugboard will not change it; update Plugboard to see and manage these connections.")
                .arg(shown(m_filePath))
                .arg(version)
                .arg(kFileVersion)
        };
    }
    return setAside(parsed.error().message);
}

// Keeping the damaged file under a new name keeps the original bytes for
// whoever wants to repair it, and lets Plugboard work again at once.
Error ConnectionStore::setAside(const QString& problem)
{
    const QString base = m_filePath + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_filePath, aside))
        return {
            ErrorCode::StorageFailed,
            tr("%1 cannot be read (%2), and Plugboard could not move it aside. Plugboard will not change "
               "it: repair, move or delete it, then try again.")
                .arg(shown(m_filePath), problem)
        };

    qCWarning(lcConnectionStore) << "Moved unreadable" << m_filePath << "aside to" << aside;
    m_knownBytes.reset();
    adopt({});
    return {
        ErrorCode::CorruptFile,
        tr("%1 cannot be read (%2). Plugboard moved it to %3 and starts a new, empty list of connections; "
           "the tokens stay in the keyring. Reconnect your accounts, or repair the file and move it back "
           "while Plugboard is closed.")
            .arg(shown(m_filePath), problem, shown(aside))
    };
}

Result<void> ConnectionStore::mutate(const std::function<Result<void>(QList<Connection>&)>& change)
{
    if (Result<void> folder = ensureFolder(); !folder)
        return folder;
    // The lock makes read-change-write one step across processes, so a save
    // by plugboard-cli and one by the app cannot drop each other's change.
    // flock(2), not QLockFile: a process killed while taking a QLockFile can
    // leave it empty, and every save then failed until it was 30 s old.
    const Result<std::unique_ptr<FileLock>> lock
        = FileLock::acquire(m_filePath + QStringLiteral(".lock"), kLockTimeout);
    if (!lock) {
        if (lock.error().code != ErrorCode::Timeout)
            return lock.error();
        return Error { ErrorCode::StorageFailed,
                       tr("Another Plugboard process is still updating %1. Try again in a moment.")
                           .arg(shown(m_filePath)) };
    }

    if (Result<void> synced = read(false); !synced) {
        if (synced.error().code != ErrorCode::CorruptFile)
            return synced; // a newer or unreadable file: never overwrite it
        qCWarning(lcConnectionStore) << "Starting a new" << m_filePath
                                     << "after setting the damaged one aside";
    }

    QList<Connection> next = m_connections;
    if (Result<void> applied = change(next); !applied)
        return applied;
    if (Result<void> written = write(next); !written)
        return written;
    adopt(next);
    return {};
}

Result<void> ConnectionStore::write(const QList<Connection>& connections)
{
    const QByteArray bytes = serialize(connections);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return saveFailed(m_filePath, file.errorString());
    // Before any byte is written: QSaveFile's temporary file starts with the
    // umask's permissions (or the old file's), and the final file is it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return saveFailed(m_filePath, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return saveFailed(m_filePath, file.errorString());
    m_knownBytes = bytes;
    qCDebug(lcConnectionStore) << "Saved" << connections.size() << "connections to" << m_filePath;
    return {};
}

// Only a folder Plugboard creates gets 0700; an existing one is the user's.
Result<void> ConnectionStore::ensureFolder() const
{
    const QFileInfo info(m_filePath);
    const QString folder = info.absolutePath();
    if (QFileInfo::exists(folder))
        return {};
    const QFileInfo folderInfo(folder);
    if ((QDir().mkpath(folderInfo.absolutePath())
         && QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        || QFileInfo::exists(folder))
        return {};
    return saveFailed(m_filePath, tr("its folder could not be created"));
}

void ConnectionStore::adopt(const QList<Connection>& connections)
{
    if (connections == m_connections)
        return;
    m_connections = connections;
    Q_EMIT changed();
}

} // namespace Plugboard

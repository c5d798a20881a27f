#pragma once

#include "core/result.h"
#include "core/storage/connection.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Plugboard {

/// The metadata of every connection (never a secret), in one versioned JSON
/// file, by default AppDataLocation/connections.json
/// (~/.local/share/plugboard/connections.json):
///
///     {"version": 1, "connections": [ {Connection::toJson()}, … ]}
///
/// Several Plugboard processes (the app, plugboard-cli) share the file. Each
/// mutation takes a lock file next to it, re-reads it, applies the change
/// and saves atomically (QSaveFile: temporary file + rename), so changes
/// from other processes are kept; the file is mode 0600, a folder it creates
/// 0700. Watch the file with QFileSystemWatcher and call reload().
///
/// A damaged file is never silently overwritten:
/// - not JSON or the wrong shape: renamed to connections.json.corrupt-<UTC
///   time> (the original bytes kept) and reported with
///   ErrorCode::CorruptFile; the store is then empty, and the next save
///   starts a fresh file. A mutation that finds a damaged file sets it aside
///   the same way, logs a warning and goes on.
/// - a newer "version": left exactly as it is, reported with
///   ErrorCode::UnsupportedFileVersion, and every mutation refuses to save.
/// - unreadable: ErrorCode::StorageFailed, mutations refuse to save.
///
/// Synchronous and fast (the file is small); use it from the main thread.
class ConnectionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    static constexpr int kFileVersion = 1;

    /// The store at defaultFilePath(); needs
    /// ApplicationInfo::applyToApplication() first.
    explicit ConnectionStore(QObject* parent = nullptr);
    /// The store at `filePath`, for tests and tools.
    explicit ConnectionStore(const QString& filePath, QObject* parent = nullptr);
    ~ConnectionStore() override;

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    /// Reads the file. A missing file is an empty list. On failure the
    /// connections in memory stay as they were (empty before the first
    /// successful load).
    Result<void> load();
    /// Like load(), but does nothing when the file's bytes are what this
    /// store last read or wrote: cheap enough for every QFileSystemWatcher
    /// notification, including those for this store's own saves.
    Result<void> reload();

    QList<Connection> connections() const { return m_connections; }
    std::optional<Connection> connection(const QString& id) const;
    QList<Connection> connectionsForPlatform(const QString& platformId) const;

    /// Adds `connection` or replaces the one with its id, then saves.
    /// Stamps `updated` with the current time and keeps the stored `created`
    /// (or sets it, for a new connection without one) and the stored grants:
    /// those change only through update(). InvalidArgument when
    /// Connection::validate() fails.
    Result<void> upsert(const Connection& connection);
    /// Applies `change` to the stored connection `id` as it is in the file
    /// right now (under the lock, after re-reading), then saves: fields
    /// another process changed meanwhile are kept. UnknownConnection when
    /// there is no such connection (it was disconnected meanwhile).
    Result<void> update(const QString& id, const std::function<void(Connection&)>& change);
    /// Forgets the connection `id` and saves; UnknownConnection if there is
    /// none.
    Result<void> remove(const QString& id);

Q_SIGNALS:
    /// The list of connections changed, by this store or (after load() or
    /// reload()) by another process.
    void changed();

private:
    Result<void> read(bool force);
    Result<void> mutate(const std::function<Result<void>(QList<Connection>&)>& change);
    Result<void> write(const QList<Connection>& connections);
    Result<void> ensureFolder() const;
    Error setAside(const QString& problem);
    void adopt(const QList<Connection>& connections);

    QString m_filePath;
    QList<Connection> m_connections;
    /// The file's bytes as last read or written; nullopt when unknown (never
    /// read, missing, or moved aside).
    std::optional<QByteArray> m_knownBytes;
};

} // namespace Plugboard

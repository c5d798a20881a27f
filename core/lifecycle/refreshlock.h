#pragma once

#include "core/error.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace Plugboard {

class FileLock;

/// The cross-process lock that lets exactly one Plugboard process (the app,
/// the tray, any number of plugboard-cli calls) refresh one connection's
/// tokens at a time. Platforms with refresh-token reuse detection revoke the
/// whole grant when an old refresh token comes back, so two processes must
/// never both present the same one.
///
/// A lock file per connection in the folder beside connections.json
/// ("locks/<sha-256 of the connection id>.lock", the id itself may hold
/// '/'), locked with flock(2) (FileLock): the kernel lets go of a crashed or
/// killed process's lock at once, whatever state it left the file in.
///
/// acquire() never blocks the event loop: it tries, then polls every
/// kPollInterval until it holds the lock (acquired()) or gives up after the
/// wait limit (failed(), ErrorCode::Timeout). The lock is released by
/// release() or the destructor.
class RefreshLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshLock)

public:
    static constexpr std::chrono::milliseconds kPollInterval { 25 };
    static constexpr std::chrono::seconds kDefaultWait { 60 };

    /// `folder` holds the lock files (created 0700 when missing).
    RefreshLock(const QString& folder, const QString& connectionId, QObject* parent = nullptr);
    ~RefreshLock() override;

    void setWaitLimit(std::chrono::milliseconds limit) { m_waitLimit = limit; }
    void acquire();
    void release();
    QString filePath() const { return m_filePath; }

    /// The lock file's path for one connection.
    static QString lockFilePath(const QString& folder, const QString& connectionId);

Q_SIGNALS:
    void acquired();
    void failed(const Plugboard::Error& error);

private:
    void tryOnce();

    QString m_connectionId;
    QString m_filePath;
    std::unique_ptr<FileLock> m_lock; ///< while held
    QTimer* m_poll = nullptr;
    QElapsedTimer m_waiting;
    std::chrono::milliseconds m_waitLimit = kDefaultWait;
};

} // namespace Plugboard

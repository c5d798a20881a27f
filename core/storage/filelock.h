#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

namespace Plugboard {

/// An exclusive advisory lock on a file (flock(2)), held for the object's
/// life. The kernel releases it when the process dies, so a crash never
/// leaves a stale lock behind, and a waiter gets it within a millisecond or
/// two of its release: QLockFile polls every 100 ms and more, far too
/// coarse for appends that take tens of microseconds.
class FileLock final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::FileLock)
    Q_DISABLE_COPY_MOVE(FileLock)

public:
    ~FileLock();

    /// Waits up to `timeout` (zero: one try) for the lock on `path`
    /// (created 0600 if missing; never removed, so no one can lock a file
    /// another is about to delete). Timeout when another holder kept it
    /// for all of the wait; StorageFailed when the file cannot be opened
    /// or locked.
    static Result<std::unique_ptr<FileLock>> acquire(const QString& path, std::chrono::milliseconds timeout);

private:
    explicit FileLock(int descriptor);

    int m_descriptor = -1;
};

} // namespace Plugboard

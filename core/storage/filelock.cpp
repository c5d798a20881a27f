#include "core/storage/filelock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Plugboard {

FileLock::FileLock(int descriptor)
    : m_descriptor(descriptor)
{ }

FileLock::~FileLock()
{
    ::flock(m_descriptor, LOCK_UN);
    ::close(m_descriptor);
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString& path, std::chrono::milliseconds timeout)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return Error { ErrorCode::StorageFailed,
                       tr("Could not open the lock file %1. Check that its folder is writable.")
                           .arg(QDir::toNativeSeparators(path)) };
    const QDeadlineTimer deadline(timeout);
    std::chrono::microseconds pause(50);
    while (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(descriptor);
            return Error { ErrorCode::StorageFailed,
                           tr("Could not lock %1.").arg(QDir::toNativeSeparators(path)) };
        }
        if (deadline.hasExpired()) {
            ::close(descriptor);
            return Error { ErrorCode::Timeout,
                           tr("Another Plugboard process holds %1 and did not let go within %2 seconds.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(timeout.count() / 1000) };
        }
        QThread::usleep(static_cast<unsigned long>(pause.count()));
        pause = std::min(pause * 2, std::chrono::microseconds(2000));
    }
    return std::unique_ptr<FileLock>(new FileLock(descriptor));
}

} // namespace Plugboard

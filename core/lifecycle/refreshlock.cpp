#include "core/lifecycle/refreshlock.h"

#include "core/storage/filelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRefreshLock, "plugboard.lifecycle.lock")

namespace Plugboard {

RefreshLock::RefreshLock(const QString& folder, const QString& connectionId, QObject* parent)
    : QObject(parent)
    , m_connectionId(connectionId)
    , m_filePath(lockFilePath(folder, connectionId))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollInterval);
    connect(m_poll, &QTimer::timeout, this, &RefreshLock::tryOnce);
}

RefreshLock::~RefreshLock()
{
    release();
}

QString RefreshLock::lockFilePath(const QString& folder, const QString& connectionId)
{
    const QByteArray digest = QCryptographicHash::hash(connectionId.toUtf8(), QCryptographicHash::Sha256);
    return QDir(folder).filePath(QLatin1String("locks/%1.lock").arg(QLatin1String(digest.toHex())));
}

void RefreshLock::acquire()
{
    if (m_lock)
        return;
    const QString lockFolder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(lockFolder)) {
        Q_EMIT failed({ ErrorCode::StorageFailed,
                        tr("Plugboard could not create its lock folder %1. Check that the folder above it "
                           "is writable.")
                            .arg(QDir::toNativeSeparators(lockFolder)) });
        return;
    }
    QFile::setPermissions(lockFolder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_waiting.start();
    tryOnce();
}

void RefreshLock::tryOnce()
{
    Result<std::unique_ptr<FileLock>> taken
        = FileLock::acquire(m_filePath, std::chrono::milliseconds::zero());
    if (taken) {
        m_poll->stop();
        m_lock = std::move(taken).value();
        qCDebug(lcRefreshLock) << "holding the refresh lock of" << m_connectionId << "after"
                               << m_waiting.elapsed() << "ms";
        Q_EMIT acquired();
        return;
    }
    if (taken.error().code != ErrorCode::Timeout) {
        m_poll->stop();
        Q_EMIT failed({ ErrorCode::StorageFailed,
                        tr("Plugboard could not create the lock file %1. Check the folder's permissions.")
                            .arg(QDir::toNativeSeparators(m_filePath)) });
        return;
    }
    if (m_waiting.elapsed() >= m_waitLimit.count()) {
        m_poll->stop();
        Q_EMIT failed(
            { ErrorCode::Timeout,
              tr("Another Plugboard process has been renewing %1 for more than %2 s. Try again in a "
                 "moment.")
                  .arg(m_connectionId)
                  .arg(m_waitLimit.count() / 1000) });
        return;
    }
    if (!m_poll->isActive())
        m_poll->start();
}

void RefreshLock::release()
{
    m_poll->stop();
    if (m_lock) {
        m_lock.reset();
        qCDebug(lcRefreshLock) << "released the refresh lock of" << m_connectionId;
    }
}

} // namespace Plugboard

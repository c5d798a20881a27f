#include "app/gui/sharedstatewatcher.h"

#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/settings/autostartentry.h"
#include "core/storage/connectionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Plugboard {

namespace {

QTimer* settleTimer(QObject* parent, void (SharedStateWatcher::*signal)(), SharedStateWatcher* watcher)
{
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(SharedStateWatcher::kSettleMs);
    QObject::connect(timer, &QTimer::timeout, watcher, signal);
    return timer;
}

} // namespace

SharedStateWatcher::SharedStateWatcher(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_connectionsSettle(settleTimer(this, &SharedStateWatcher::connectionsChanged, this))
    , m_configurationSettle(settleTimer(this, &SharedStateWatcher::configurationChanged, this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SharedStateWatcher::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SharedStateWatcher::onPathChanged);
}

SharedStateWatcher::~SharedStateWatcher() = default;

void SharedStateWatcher::start()
{
    const QString connections = ConnectionStore::defaultFilePath();
    const QString settings = ApplicationInfo::settingsFilePath();
    m_connectionsFolder = QFileInfo(connections).absolutePath();
    m_files = { connections, settings };
    const QStringList folders { m_connectionsFolder, QFileInfo(settings).absolutePath(),
                                PlatformCatalog::customDirectory(),
                                QFileInfo(AutostartEntry::filePath()).absolutePath() };
    for (const QString& folder : folders) {
        QDir().mkpath(folder);
        m_watcher->addPath(folder);
    }
    watchExistingFiles();
}

void SharedStateWatcher::watchExistingFiles()
{
    // A replaced file drops out of the watch list: add it back.
    for (const QString& file : std::as_const(m_files)) {
        if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
            m_watcher->addPath(file);
    }
}

void SharedStateWatcher::onPathChanged(const QString& path)
{
    watchExistingFiles();
    const bool connections = path == m_connectionsFolder || path == ConnectionStore::defaultFilePath();
    (connections ? m_connectionsSettle : m_configurationSettle)->start();
}

} // namespace Plugboard

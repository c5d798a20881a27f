#pragma once

#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace Plugboard {

/// Notices what other Plugboard processes (the command line, a script)
/// change on disk, so the running window shows it within a second:
/// connections' metadata, custom platform records, the settings file (the
/// index of saved app credentials, `config set`) and the autostart folder. Folders are watched as well as
/// files because atomic saves replace a file, and a file that does not exist yet can only be seen appearing
/// in its folder. Bursts of changes (one save touches a folder and a file) are reported once.
class SharedStateWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedStateWatcher)

public:
    static constexpr int kSettleMs = 150;

    explicit SharedStateWatcher(QObject* parent = nullptr);
    ~SharedStateWatcher() override;

    /// Starts watching connections.json, the custom platforms folder, the
    /// settings file and the autostart folder (creating them when missing).
    void start();

Q_SIGNALS:
    /// connections.json may have changed.
    void connectionsChanged();
    /// Custom platforms, saved credentials or settings may have changed.
    void configurationChanged();

private:
    void onPathChanged(const QString& path);
    void watchExistingFiles();

    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_connectionsSettle = nullptr;
    QTimer* m_configurationSettle = nullptr;
    QStringList m_files;
    QString m_connectionsFolder;
};

} // namespace Plugboard

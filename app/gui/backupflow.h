#pragma once

#include "core/backup/backupimport.h"
#include "ui/backupresultdialog.h"

#include <QObject>
#include <QPointer>

namespace Plugboard {

class BackupExport;
class Job;
class MainWindow;
class Services;

/// File ▸ Export backup… and Import backup…: what `plugboard-cli backup
/// export|import` does, from the window.
///
/// Export: where to save it (the system's save dialog), a new passphrase
/// typed twice (PassphraseDialog), then BackupExport with progress and the
/// outcome in the status bar. Import: which file, its passphrase (asked
/// again after a wrong one), then BackupImport; when items exist here
/// already, one dialog lists them with a Replace box each (keep by
/// default); finally a dialog lists what was restored, kept and not
/// restored. One backup operation at a time.
class BackupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFlow)

public:
    /// `services` and `window` must outlive the flow.
    BackupFlow(Services* services, MainWindow* window, QObject* parent = nullptr);
    ~BackupFlow() override;

    void exportBackup();
    void importBackup();
    /// The last import's result dialog while it is open; null otherwise.
    BackupResultDialog* resultDialog() const { return m_result; }

Q_SIGNALS:
    /// An import restored something: the catalog, the connections and the
    /// cards should be read again.
    void imported();

private:
    bool busy();
    void onExported(BackupExport* job);
    void startImport(const QString& path, const QString& problem);
    void askWhatToReplace(const QList<BackupItem>& existing, const BackupImport::Answer& answer);
    void onImported(BackupImport* job);

    Services* m_services = nullptr;
    MainWindow* m_window = nullptr;
    QPointer<Job> m_running;
    QPointer<BackupResultDialog> m_result;
};

} // namespace Plugboard

#include "app/gui/backupflow.h"

#include "core/backup/backupexport.h"
#include "core/backup/backupfile.h"
#include "core/services.h"
#include "ui/backupconflictdialog.h"
#include "ui/backupresultdialog.h"
#include "ui/filechooser.h"
#include "ui/mainwindow.h"
#include "ui/passphrasedialog.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace Plugboard {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

BackupFlow::BackupFlow(Services* services, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{
    connect(m_window, &MainWindow::exportBackupRequested, this, &BackupFlow::exportBackup);
    connect(m_window, &MainWindow::importBackupRequested, this, &BackupFlow::importBackup);
}

BackupFlow::~BackupFlow()
{
    delete m_result;
}

bool BackupFlow::busy()
{
    if (m_running)
        m_window->showStatus(tr("Plugboard is still busy with a backup. Try again when it is done."));
    return m_running;
}

void BackupFlow::exportBackup()
{
    if (busy())
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("plugboard-%1.pbbackup").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileChooser::saveFileName(m_window, tr("Export backup"), suggested,
                                                   tr("Plugboard backups (*.pbbackup);;All files (*)"));
    if (path.isEmpty())
        return;
    PassphraseDialog dialog(PassphraseDialog::Purpose::Choose, path, m_window);
    dialog.setTexts(
        { tr("Choose a passphrase for the backup"),
          tr("The backup %1 will hold your tokens, app credentials and the secrets apps keep with "
             "Plugboard, encrypted with this passphrase. Nobody can recover a forgotten passphrase: "
             "keep it somewhere safe, apart from the file.")
              .arg(shown(path)),
          tr("Export") });
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* job = new BackupExport(path, dialog.passphrase(), BackupFile::newParams(), m_services->secrets(),
                                 m_services->connections(), this);
    m_running = job;
    m_window->showStatus(tr("Writing the encrypted backup %1…").arg(shown(path)));
    startJob(job, this, &BackupFlow::onExported);
}

void BackupFlow::onExported(BackupExport* job)
{
    if (job->error().isError())
        m_window->showStatus(job->error().message);
    else
        m_window->showStatus(tr("Wrote the encrypted backup %1 (%n item(s)). Keep it, and its passphrase, "
                                "somewhere safe.",
                                nullptr, int(job->items().size()))
                                 .arg(shown(job->filePath())));
}

void BackupFlow::importBackup()
{
    if (busy())
        return;
    const QString path = FileChooser::openFileName(m_window, tr("Import backup"),
                                                   tr("Plugboard backups (*.pbbackup);;All files (*)"));
    if (!path.isEmpty())
        startImport(path, QString());
}

void BackupFlow::startImport(const QString& path, const QString& problem)
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Unlock, path, m_window);
    dialog.setTexts(
        { tr("Open the backup"),
          tr("Enter the passphrase the backup %1 was made with. Plugboard restores what it holds; "
             "for what you have here already, it asks you first.")
              .arg(shown(path)),
          tr("Open") });
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* job
        = new BackupImport(path, dialog.passphrase(), m_services->secrets(), m_services->connections(), this);
    job->setDecider([this](const QList<BackupItem>& existing, const BackupImport::Answer& answer) {
        askWhatToReplace(existing, answer);
    });
    m_running = job;
    m_window->showStatus(tr("Reading the backup %1…").arg(shown(path)));
    startJob(job, this, &BackupFlow::onImported);
}

void BackupFlow::askWhatToReplace(const QList<BackupItem>& existing, const BackupImport::Answer& answer)
{
    auto* dialog = new BackupConflictDialog(existing, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [dialog, answer](int result) {
        if (result != QDialog::Accepted) {
            answer(Error { ErrorCode::Cancelled, tr("Import cancelled. Nothing was changed.") });
            return;
        }
        BackupImport::Decisions decisions;
        const QStringList replaced = dialog->replacedKeys();
        for (const QString& key : replaced)
            decisions.insert(key, BackupItem::Decision::Replace);
        answer(decisions);
    });
    dialog->open();
}

void BackupFlow::onImported(BackupImport* job)
{
    if (!job->restored().isEmpty())
        Q_EMIT imported();
    if (job->error().code == ErrorCode::WrongPassphrase) {
        // Asked again once the job is gone, not from inside its signal.
        QTimer::singleShot(0, this, [this, path = job->filePath()] {
            startImport(path, tr("That passphrase is wrong. Try again."));
        });
        return;
    }
    if (job->error().isError() && job->restored().isEmpty() && job->failed().isEmpty()) {
        m_window->showStatus(job->error().message); // nothing was changed
        return;
    }
    m_window->showStatus(
        tr("Imported the backup %1: %n item(s) restored.", nullptr, int(job->restored().size()))
            .arg(shown(job->filePath())));
    delete m_result;
    m_result = new BackupResultDialog(job->restored(), job->kept(), job->failed(), m_window);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    m_result->open();
}

} // namespace Plugboard

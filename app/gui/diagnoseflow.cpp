#include "app/gui/diagnoseflow.h"

#include "app/dbus/instancesocket.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/diagnosisreport.h"
#include "ui/diagnosisdialog.h"
#include "ui/mainwindow.h"

namespace Plugboard {

DiagnoseFlow::DiagnoseFlow(const PlatformCatalog* catalog, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_window(window)
{
    connect(m_window, &MainWindow::diagnoseRequested, this, &DiagnoseFlow::open);
}

// A diagnosis still running is a child: deleting it waits for its checks,
// each bounded in time.
DiagnoseFlow::~DiagnoseFlow() = default;

DiagnosisDialog* DiagnoseFlow::dialog() const
{
    return m_dialog;
}

void DiagnoseFlow::open()
{
    if (!m_dialog) {
        m_dialog = new DiagnosisDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (m_running)
        return;
    m_dialog->showRunning();
    DiagnosisOptions options;
    options.platforms = m_catalog->platforms();
    options.paths = DiagnosisOptions::defaultPaths();
    options.paths.append({ tr("Window's socket"), InstanceSocket::filePath(ApplicationInfo::appId()),
                           CheckedPath::Kind::Socket });
    m_running = startJob(new Diagnosis(std::move(options), this), this, &DiagnoseFlow::onDiagnosed);
}

void DiagnoseFlow::onDiagnosed(Diagnosis* diagnosis)
{
    if (!m_dialog)
        return; // closed meanwhile
    m_dialog->showReport(DiagnosisReport::toText(diagnosis->results()), diagnosis->anyFailed());
    Q_EMIT reported();
}

} // namespace Plugboard

#pragma once

#include <QObject>
#include <QPointer>

namespace Plugboard {

class Diagnosis;
class DiagnosisDialog;
class MainWindow;
class PlatformCatalog;

/// Help ▸ Diagnose problems…: runs the checks of `plugboard-cli diagnose`
/// (core/diagnosis) without the internet, in the background so the window
/// stays responsive, and shows their report in a DiagnosisDialog with Copy.
/// Asking again while the dialog is open raises it and runs the checks again.
class DiagnoseFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseFlow)

public:
    /// `catalog` (its fixed redirect ports) and `window` must outlive the flow.
    DiagnoseFlow(const PlatformCatalog* catalog, MainWindow* window, QObject* parent = nullptr);
    ~DiagnoseFlow() override;

    void open();
    /// Null until open() first shows it.
    DiagnosisDialog* dialog() const;

Q_SIGNALS:
    /// The report is shown.
    void reported();

private:
    void onDiagnosed(Diagnosis* diagnosis);

    const PlatformCatalog* m_catalog = nullptr;
    MainWindow* m_window = nullptr;
    QPointer<DiagnosisDialog> m_dialog;
    QPointer<Diagnosis> m_running;
};

} // namespace Plugboard

#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Plugboard {

/// Help ▸ Diagnose problems…: the report of `plugboard-cli diagnose`, as
/// plain text someone can read, select and copy into a bug report. Shows
/// "Checking…" while the checks run (showRunning()), then the report
/// (showReport()); Copy puts the whole report on the clipboard.
class DiagnosisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisDialog)

public:
    explicit DiagnosisDialog(QWidget* parent = nullptr);
    ~DiagnosisDialog() override;

    /// The checks are running: no report to copy yet.
    void showRunning();
    /// `report` (DiagnosisReport::toText()); `failed` when a check failed.
    void showReport(const QString& report, bool failed);
    QString report() const;

private:
    void copy();

    QLabel* m_summaryLabel = nullptr;
    QPlainTextEdit* m_reportEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace Plugboard

#include "ui/diagnosisdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Plugboard {

DiagnosisDialog::DiagnosisDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("diagnosisDialog"));
    setWindowTitle(tr("Diagnose problems"));
    auto* layout = new QVBoxLayout(this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_reportEdit = new QPlainTextEdit(this);
    m_reportEdit->setObjectName(QStringLiteral("reportPlainTextEdit"));
    m_reportEdit->setReadOnly(true);
    m_reportEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_reportEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reportEdit->setAccessibleName(tr("Diagnosis report"));
    m_reportEdit->setMinimumSize(560, 280);
    layout->addWidget(m_reportEdit, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyPushButton"));
    m_copyButton->setToolTip(tr("Copies the report as plain text, e.g. for a bug report"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosisDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showRunning();
}

DiagnosisDialog::~DiagnosisDialog() = default;

void DiagnosisDialog::showRunning()
{
    m_summaryLabel->setText(tr("Checking what Plugboard needs from this computer…"));
    m_reportEdit->clear();
    m_copyButton->setEnabled(false);
}

void DiagnosisDialog::showReport(const QString& report, bool failed)
{
    m_summaryLabel->setText(failed ? tr("Some checks failed: each says what to do next.")
                                   : tr("Every check passed or only warns."));
    m_reportEdit->setPlainText(report);
    m_copyButton->setEnabled(true);
}

QString DiagnosisDialog::report() const
{
    return m_reportEdit->toPlainText();
}

void DiagnosisDialog::copy()
{
    QGuiApplication::clipboard()->setText(report());
    m_summaryLabel->setText(tr("The report is on the clipboard."));
}

} // namespace Plugboard

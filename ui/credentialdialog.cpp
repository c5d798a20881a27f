#include "credentialdialog.h"

#include "catalog/platformrecord.h"
#include "credentialform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Plugboard {

CredentialDialog::CredentialDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new CredentialForm(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: 600; }"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));

    connect(m_form, &CredentialForm::edited, this, &CredentialDialog::updateSaveButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        Q_EMIT saveRequested(m_platformId, m_form->enteredValues());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

CredentialDialog::~CredentialDialog() = default;

void CredentialDialog::setPlatform(const PlatformRecord& record, const QUrl& redirectUri)
{
    m_platformId = record.id;
    setWindowTitle(tr("%1 app credentials").arg(record.name));
    m_form->setPlatform(record, redirectUri);
    updateSaveButton();
}

void CredentialDialog::setSavedFields(const QMap<QString, QString>& hints)
{
    m_form->setSavedFields(hints);
    updateSaveButton();
}

void CredentialDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void CredentialDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    updateSaveButton();
}

void CredentialDialog::updateSaveButton()
{
    // Nothing typed and nothing missing means nothing to save.
    const bool hasInput = !m_form->enteredValues().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_busy && m_form->isComplete() && hasInput);
}

} // namespace Plugboard

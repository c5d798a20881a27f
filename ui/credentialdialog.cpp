#include "ui/credentialdialog.h"

#include "core/catalog/platformrecord.h"
#include "ui/credentialform.h"
#include "ui/visualtaborder.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

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

    // On a small screen the form scrolls instead of squashing its fields.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("credentialFormScrollArea"));
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    fitContents();
}

void CredentialDialog::fitContents()
{
    // The help steps and field hints wrap: the narrower the dialog, the
    // taller it must be. A window does not grow by itself when its content
    // does, so size it for what it holds now (never smaller than it is).
    const int width
        = std::max({ kPreferredWidth, minimumSizeHint().width(), isVisible() ? this->width() : 0 });
    const QMargins margins = layout()->contentsMargins();
    const int formWidth = width - margins.left() - margins.right();
    const int needed = m_form->heightForWidth(formWidth) + m_buttons->sizeHint().height()
        + (m_error->isVisibleTo(this) ? m_error->heightForWidth(formWidth) : 0) + margins.top()
        + margins.bottom() + 2 * layout()->spacing();
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const int available = screen ? screen->availableSize().height() * 9 / 10 : needed;
    resize(width, std::max(std::min(needed, available), isVisible() ? this->height() : 0));
}

CredentialDialog::~CredentialDialog() = default;

void CredentialDialog::setPlatform(const PlatformRecord& record, const QUrl& redirectUri)
{
    m_platformId = record.id;
    const bool apiKey = record.authKind == AuthKind::Token;
    setWindowTitle(apiKey ? tr("Connect to %1 with an API key").arg(record.name)
                          : tr("%1 app credentials").arg(record.name));
    // The key is checked with the platform before anything is kept.
    m_buttons->button(QDialogButtonBox::Save)->setText(apiKey ? tr("Connect") : tr("Save"));
    m_form->setPlatform(record, redirectUri);
    updateSaveButton();
    fitContents();
}

void CredentialDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Tab in reading order (the buttons exist before the fields do), and
    // start where there is something to type, not on Copy.
    layout()->activate();
    VisualTabOrder::apply(this);
    m_form->focusFirstField();
}

void CredentialDialog::setSavedFields(const QMap<QString, QString>& hints)
{
    m_form->setSavedFields(hints);
    updateSaveButton();
    fitContents();
}

void CredentialDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
    fitContents();
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

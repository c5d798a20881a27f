#include "ui/secretlineedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Plugboard {

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    // Keep the secret out of input methods' learning and the clipboard's
    // history where the platform honours these hints.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the secret"));
    m_reveal->setAccessibleName(tr("Show secret"));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    connect(m_reveal, &QToolButton::toggled, this, &SecretLineEdit::setRevealed);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretLineEdit::textChanged);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
}

SecretLineEdit::~SecretLineEdit() = default;

QString SecretLineEdit::text() const
{
    return m_edit->text();
}

void SecretLineEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

bool SecretLineEdit::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretLineEdit::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setAccessibleName(revealed ? tr("Hide secret") : tr("Show secret"));
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
}

bool SecretLineEdit::eventFilter(QObject* watched, QEvent* event)
{
    // Focus moving to the toggle itself must not undo the reveal.
    if (watched == m_edit && event->type() == QEvent::FocusOut && !m_reveal->hasFocus())
        setRevealed(false);
    return QWidget::eventFilter(watched, event);
}

} // namespace Plugboard

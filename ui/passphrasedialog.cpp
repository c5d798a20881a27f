#include "ui/passphrasedialog.h"

#include "ui/problemcolor.h"
#include "ui/secretlineedit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Plugboard {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& vaultPath, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_intro(new QLabel(this))
    , m_passphrase(new SecretLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    const bool unlock = purpose == Purpose::Unlock;
    setWindowTitle(unlock ? tr("Unlock the vault") : tr("Choose a vault passphrase"));
    QLabel* intro = m_intro;
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString path = QDir::toNativeSeparators(vaultPath);
    intro->setText(unlock ? tr("Plugboard keeps your tokens and app credentials in an encrypted vault (%1). "
                               "Enter its passphrase to use them; Plugboard asks once until you quit.")
                                .arg(path)
                          : tr("Your tokens and app credentials will be kept in an encrypted vault (%1) "
                               "instead of the keyring. Nobody can recover a forgotten passphrase: keep "
                               "it somewhere safe.")
                                .arg(path));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->lineEdit()->setAccessibleName(tr("Passphrase"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, ProblemColor::on(warning));
    m_problem->setPalette(warning);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (!unlock) {
        m_repeat = new SecretLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatEdit"));
        m_repeat->lineEdit()->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_repeat);
        connect(m_repeat, &SecretLineEdit::textChanged, this, &PassphraseDialog::updateButton);
    }
    connect(m_passphrase, &SecretLineEdit::textChanged, this, &PassphraseDialog::updateButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(unlock ? tr("Unlock") : tr("Create vault"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptPushButton"));
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Wide enough for the explanation in a few lines, and growing when the
    // problem line appears instead of squeezing the explanation.
    intro->setMinimumWidth(intro->fontMetrics().averageCharWidth() * 64);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_passphrase->lineEdit()->setFocus();
    updateButton();
}

PassphraseDialog::~PassphraseDialog()
{
    // The fields held the passphrase: leave nothing in their buffers.
    m_passphrase->lineEdit()->clear();
    if (m_repeat)
        m_repeat->lineEdit()->clear();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void PassphraseDialog::setTexts(const Texts& texts)
{
    setWindowTitle(texts.title);
    m_intro->setText(texts.intro);
    m_accept->setText(texts.accept);
}

void PassphraseDialog::setProblem(const QString& message)
{
    if (m_problem->text() == message)
        return;
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    // Wrapped labels: only adjustSize() asks them for their height at this
    // width, so the explanation is not squeezed by the new line.
    adjustSize();
}

void PassphraseDialog::updateButton()
{
    const QString typed = m_passphrase->text();
    if (m_purpose == Purpose::Unlock) {
        m_accept->setEnabled(!typed.isEmpty());
        return;
    }
    QString problem;
    if (!typed.isEmpty() && typed.size() < kMinimumLength)
        problem = tr("Use at least %n characters.", nullptr, kMinimumLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != typed)
        problem = tr("The two passphrases differ.");
    setProblem(problem);
    m_accept->setEnabled(problem.isEmpty() && !typed.isEmpty() && m_repeat->text() == typed);
}

} // namespace Plugboard

#include "ui/serverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Plugboard {

ServerDialog::ServerDialog(QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_about(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Add a self-hosted server"));
    m_kind->setObjectName(QStringLiteral("serverKindComboBox"));
    m_about->setObjectName(QStringLiteral("aboutLabel"));
    m_about->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: 600; }"));
    m_error->hide();
    QPushButton* add = m_buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add server"));
    add->setObjectName(QStringLiteral("addServerPushButton"));

    auto* kindForm = new QFormLayout;
    kindForm->addRow(tr("Kind of server:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Plugboard connects to servers you or your organisation host. Pick the kind "
                                "of server and say where it is."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(kindForm);
    layout->addWidget(m_about);
    layout->addLayout(m_fields);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ServerDialog::showTemplate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        Q_EMIT addRequested(m_templates.value(m_kind->currentIndex()).id(), enteredValues());
    });
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::setTemplates(const QList<PlatformTemplate>& templates)
{
    m_templates = templates;
    const QSignalBlocker quiet(m_kind);
    m_kind->clear();
    for (const PlatformTemplate& from : templates)
        m_kind->addItem(QIcon(QStringLiteral(":/icons/platforms/") + from.icon()), from.name());
    showTemplate(0);
}

void ServerDialog::showTemplate(int index)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_editors.clear();
    m_error->hide();
    if (index < 0 || index >= m_templates.size())
        return;
    const PlatformTemplate& from = m_templates.at(index);
    m_about->setText(from.registration() == AppRegistration::Mastodon
                         ? tr("Plugboard registers itself with the server: you can connect right after.")
                         : tr("Next you register Plugboard as an app on the server, as its page for "
                              "applications explains."));
    for (const TemplateParameter& parameter : from.parameters()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(parameter.name + QStringLiteral("LineEdit"));
        edit->setPlaceholderText(parameter.example);
        edit->setAccessibleName(parameter.label);
        edit->setToolTip(parameter.description);
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateAddButton);
        auto* column = new QVBoxLayout;
        column->addWidget(edit);
        auto* hint = new QLabel(parameter.description, this);
        hint->setWordWrap(true);
        hint->setEnabled(false); // the quieter colour of help text
        column->addWidget(hint);
        m_fields->addRow(parameter.label + QLatin1Char(':'), column);
        m_editors.insert(parameter.name, edit);
    }
    updateAddButton();
}

QMap<QString, QString> ServerDialog::enteredValues() const
{
    QMap<QString, QString> values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    return values;
}

void ServerDialog::updateAddButton()
{
    const QMap<QString, QString> values = enteredValues();
    const bool complete = !values.isEmpty()
        && std::none_of(values.cbegin(), values.cend(), [](const QString& value) { return value.isEmpty(); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && complete);
}

void ServerDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void ServerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_kind->setEnabled(!busy);
    for (QLineEdit* edit : std::as_const(m_editors))
        edit->setEnabled(!busy);
    updateAddButton();
}

} // namespace Plugboard

#include "ui/credentialform.h"

#include "ui/registrationhelp.h"
#include "ui/secretlineedit.h"
#include "ui/tokenproxyfield.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Plugboard {

namespace {

QString link(const QUrl& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

QString objectNameFor(const QString& key, const char* suffix)
{
    // client_id -> clientIdLineEdit, as tests and accessibility tools find it
    QString name;
    bool upper = false;
    for (const QChar c : key) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QLatin1String(suffix);
}

constexpr int kCopiedFeedbackMs = 2000;

} // namespace

CredentialForm::CredentialForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("credentialFormWidget"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    // Links reachable by Tab too; "#why" opens the help page in the app.
    m_intro->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_intro, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("#why"))
            RegistrationHelp::show(this);
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("stepsLabel"));
    m_steps->setWordWrap(true);

    m_redirectUri = new QLabel(this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriLabel"));
    m_redirectUri->setTextFormat(Qt::PlainText);
    m_redirectUri->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_redirectUri->setAccessibleName(tr("Redirect URI to register"));
    QFont mono = m_redirectUri->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_redirectUri->setFont(mono);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyRedirectUriPushButton"));
    copy->setAccessibleName(tr("Copy redirect URI"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_redirectUri->text());
        // Say it worked, where the eye is, then offer the button again.
        copy->setText(tr("Copied"));
        QTimer::singleShot(kCopiedFeedbackMs, copy, [copy] { copy->setText(tr("Copy")); });
    });

    m_redirectRow = new QWidget(this);
    auto* redirectRow = new QHBoxLayout(m_redirectRow);
    redirectRow->setContentsMargins(0, 0, 0, 0);
    auto* redirectCaption = new QLabel(tr("Redirect URI to register:"), m_redirectRow);
    redirectRow->addWidget(redirectCaption);
    redirectRow->addWidget(m_redirectUri, 1);
    redirectRow->addWidget(copy);

    m_fieldsLayout = new QFormLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps);
    layout->addWidget(m_redirectRow);
    layout->addSpacing(8);
    layout->addLayout(m_fieldsLayout);
}

CredentialForm::~CredentialForm() = default;

void CredentialForm::clearFields()
{
    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    m_fields.clear();
    m_proxy = nullptr; // removeRow() deleted it
}

QWidget* CredentialForm::createEditor(const CredentialField& field)
{
    if (field.secret) {
        auto* secret = new SecretLineEdit(this);
        secret->setObjectName(objectNameFor(field.key, "SecretLineEdit"));
        secret->lineEdit()->setObjectName(objectNameFor(field.key, "LineEdit"));
        secret->lineEdit()->setAccessibleName(field.label);
        connect(secret, &SecretLineEdit::textChanged, this, &CredentialForm::validate);
        return secret;
    }
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectNameFor(field.key, "LineEdit"));
    edit->setAccessibleName(field.label);
    connect(edit, &QLineEdit::textChanged, this, &CredentialForm::validate);
    return edit;
}

void CredentialForm::setPlatform(const PlatformRecord& record, const QUrl& redirectUri)
{
    clearFields();
    // An API key belongs to the person, not to a registered app: no
    // redirect URI, and the link goes to the page where keys are made.
    const bool apiKey = record.authKind == AuthKind::Token;
    if (apiKey)
        m_intro->setText(
            tr("Create an API key at %1 and paste it here; Plugboard checks it with %1 before "
               "keeping it in your keyring. %2")
                .arg(record.name.toHtmlEscaped(), link(record.helpUrl, tr("Open the page for keys"))));
    else
        m_intro->setText(tr("Register an app with %1 to get these values. %2 · %3")
                             .arg(record.name.toHtmlEscaped(),
                                  link(record.helpUrl, tr("Open the developer console")),
                                  link(QUrl(QStringLiteral("#why")), tr("Why is this needed?"))));
    m_redirectRow->setVisible(!apiKey);
    QString steps;
    for (qsizetype i = 0; i < record.helpSteps.size(); ++i)
        steps += QStringLiteral("%1. %2<br>").arg(i + 1).arg(record.helpSteps.at(i).toHtmlEscaped());
    m_steps->setText(steps);
    m_steps->setVisible(!steps.isEmpty());
    m_redirectUri->setText(redirectUri.toString());

    for (const CredentialField& declaration : record.credentials) {
        Field field;
        field.declaration = declaration;
        field.editor = createEditor(declaration);
        field.status = new QLabel(this);
        field.status->setObjectName(objectNameFor(declaration.key, "StatusLabel"));
        field.status->setWordWrap(true);
        field.status->setTextFormat(Qt::RichText);
        field.status->setOpenExternalLinks(true);
        auto* column = new QVBoxLayout;
        column->addWidget(field.editor);
        column->addWidget(field.status);
        field.label = new QLabel(this);
        m_fieldsLayout->addRow(field.label, column);
        m_fields.append(field);
    }
    addProxyField();
    validate();
}

void CredentialForm::addProxyField()
{
    const bool hasSecret = std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field& field) {
        return field.declaration.type == CredentialType::OAuthClientSecret;
    });
    if (!hasSecret)
        return;
    m_proxy = new TokenProxyField(this);
    connect(m_proxy, &TokenProxyField::changed, this, &CredentialForm::validate);
    m_fieldsLayout->addRow(tr("Token-exchange proxy"), m_proxy);
}

void CredentialForm::setTokenExchangeProxy(const QUrl& proxy)
{
    if (m_proxy)
        m_proxy->setUrl(proxy);
}

QUrl CredentialForm::tokenExchangeProxy() const
{
    return m_proxy ? m_proxy->url() : QUrl();
}

bool CredentialForm::isHeldByProxy(const Field& field) const
{
    return field.declaration.type == CredentialType::OAuthClientSecret && tokenExchangeProxy().isValid();
}

bool CredentialForm::isRequired(const Field& field) const
{
    return field.declaration.required && !isHeldByProxy(field);
}

void CredentialForm::focusFirstField()
{
    // The first field still to fill in, else the first one.
    QWidget* first = nullptr;
    for (const Field& field : std::as_const(m_fields)) {
        auto* edit = field.editor->findChild<QLineEdit*>();
        QLineEdit* line = edit ? edit : qobject_cast<QLineEdit*>(field.editor);
        if (!first)
            first = field.editor;
        if (line && line->text().isEmpty()) {
            field.editor->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (first)
        first->setFocus(Qt::TabFocusReason);
}

void CredentialForm::setSavedFields(const QMap<QString, QString>& hints)
{
    for (Field& field : m_fields) {
        field.saved = hints.contains(field.declaration.key);
        if (!field.saved)
            continue;
        if (auto* secret = qobject_cast<SecretLineEdit*>(field.editor)) {
            secret->setPlaceholderText(tr("Saved; type to replace"));
        } else if (auto* edit = qobject_cast<QLineEdit*>(field.editor)) {
            // Not secret: shown as saved, to check and correct in place.
            field.savedValue = hints.value(field.declaration.key);
            edit->setText(field.savedValue);
        }
    }
    validate();
}

QString CredentialForm::textOf(const Field& field) const
{
    if (auto* secret = qobject_cast<SecretLineEdit*>(field.editor))
        return secret->text().trimmed();
    return qobject_cast<QLineEdit*>(field.editor)->text().trimmed();
}

QMap<QString, QString> CredentialForm::enteredValues() const
{
    QMap<QString, QString> values;
    for (const Field& field : m_fields) {
        const QString text = textOf(field);
        // Unchanged saved values are not new input.
        if (!text.isEmpty() && !isHeldByProxy(field) && !(field.saved && text == field.savedValue))
            values.insert(field.declaration.key, text);
    }
    return values;
}

QStringList CredentialForm::missingLabels() const
{
    QStringList missing;
    for (const Field& field : m_fields) {
        if (isRequired(field) && !field.saved && textOf(field).isEmpty())
            missing.append(field.declaration.label);
    }
    if (m_proxy && m_proxy->isInvalid())
        missing.append(tr("Token-exchange proxy"));
    return missing;
}

void CredentialForm::validate()
{
    for (const Field& field : std::as_const(m_fields)) {
        QString status = field.declaration.description.toHtmlEscaped();
        if (field.declaration.helpUrl.isValid())
            status += QStringLiteral(" ") + link(field.declaration.helpUrl, tr("Where do I find this?"));
        if (isRequired(field) && !field.saved && textOf(field).isEmpty())
            status = tr("<b>Required.</b> ") + status;
        const bool heldByProxy = isHeldByProxy(field);
        if (heldByProxy)
            status = tr("Your team's token-exchange proxy holds it.");
        field.status->setText(status);
        field.label->setText(isRequired(field) ? tr("%1 *").arg(field.declaration.label)
                                               : field.declaration.label);
        field.editor->setEnabled(!heldByProxy);
    }
    Q_EMIT edited();
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completenessChanged(complete);
    }
}

} // namespace Plugboard

#include "customproviderdialog.h"

#include "visualtaborder.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Plugboard {

CustomProviderDialog::CustomProviderDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customProviderDialog"));
    setWindowTitle(tr("Add custom provider"));

    auto* intro = new QLabel(tr("Plugboard reads the server's published configuration (OpenID Connect "
                                "discovery or OAuth server metadata) and shows what it found for you to "
                                "check before saving."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    m_issuer = addField(form, tr("&Issuer URL:"), QStringLiteral("issuerUrlLineEdit"));
    m_issuer->setPlaceholderText(QStringLiteral("https://login.example.com"));
    m_name = addField(form, tr("&Name:"), QStringLiteral("providerNameLineEdit"));
    m_name->setPlaceholderText(tr("Shown on the card, e.g. Acme SSO"));
    m_id = addField(form, tr("I&D:"), QStringLiteral("providerIdLineEdit"));
    m_id->setPlaceholderText(tr("Lower-case letters, digits and dashes"));
    m_discover = new QPushButton(tr("&Find endpoints"), this);
    m_discover->setObjectName(QStringLiteral("discoverPushButton"));
    m_discover->setAccessibleName(tr("Find endpoints"));
    m_discover->setDefault(true);
    form->addRow(QString(), m_discover);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_endpoints = new QGroupBox(tr("What the server published (check, and change if needed)"), this);
    m_endpoints->setObjectName(QStringLiteral("endpointsGroupBox"));
    auto* review = new QFormLayout(m_endpoints);
    m_authorization
        = addField(review, tr("&Authorization:"), QStringLiteral("authorizationEndpointLineEdit"));
    m_token = addField(review, tr("&Token:"), QStringLiteral("tokenEndpointLineEdit"));
    m_revocation = addField(review, tr("&Revocation:"), QStringLiteral("revocationEndpointLineEdit"));
    m_revocation->setPlaceholderText(tr("None: disconnecting only forgets the tokens"));
    m_userinfo = addField(review, tr("&User info:"), QStringLiteral("userinfoEndpointLineEdit"));
    m_scopes = addField(review, tr("&Scopes to ask for:"), QStringLiteral("scopesLineEdit"));
    m_scopes->setPlaceholderText(tr("Separated by spaces"));
    m_endpoints->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: 600; }"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save provider"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    connect(m_issuer, &QLineEdit::textEdited, this, &CustomProviderDialog::forgetDiscovery);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_idEdited)
            m_id->setText(idFromName(name));
        updateButtons();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = !m_id->text().isEmpty();
        updateButtons();
    });
    connect(m_discover, &QPushButton::clicked, this, &CustomProviderDialog::requestDiscovery);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomProviderDialog::requestSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(600, sizeHint().height());
    updateButtons();
}

CustomProviderDialog::~CustomProviderDialog() = default;

QLineEdit* CustomProviderDialog::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, edit);
    return edit;
}

QString CustomProviderDialog::idFromName(const QString& name)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    QString id = name.toLower().replace(notAllowed, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

QUrl CustomProviderDialog::issuerUrl() const
{
    return QUrl::fromUserInput(m_issuer->text().trimmed());
}

QString CustomProviderDialog::platformId() const
{
    return m_id->text().trimmed();
}

QString CustomProviderDialog::displayName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? platformId() : name;
}

void CustomProviderDialog::requestDiscovery()
{
    forgetDiscovery();
    setBusy(true, tr("Looking for the server's endpoints…"));
    Q_EMIT discoverRequested(issuerUrl());
}

void CustomProviderDialog::setDiscoveredRecord(const PlatformRecord& record)
{
    m_discovered = record;
    m_authorization->setText(record.authorizationEndpoint.toString());
    m_token->setText(record.tokenEndpoint.toString());
    m_revocation->setText(record.revocationEndpoint.toString());
    m_userinfo->setText(record.userinfoEndpoint.toString());
    m_scopes->setText(record.defaultScopes().join(QLatin1Char(' ')));
    m_endpoints->show();
    setBusy(false);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_authorization->setFocus();
}

void CustomProviderDialog::setDiscoveryError(const QString& message)
{
    setBusy(false);
    showError(message);
    m_issuer->setFocus();
}

void CustomProviderDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CustomProviderDialog::forgetDiscovery()
{
    // The endpoints belong to the URL they came from.
    m_discovered.reset();
    m_endpoints->hide();
    m_error->hide();
    m_discover->setDefault(true);
    updateButtons();
}

void CustomProviderDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_status->setText(status);
    m_status->setVisible(busy && !status.isEmpty());
    m_issuer->setEnabled(!busy);
    updateButtons();
}

void CustomProviderDialog::updateButtons()
{
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9-]+$"));
    const bool idOk = validId.match(platformId()).hasMatch();
    const QUrl issuer = issuerUrl();
    const bool issuerOk = issuer.isValid() && !issuer.host().isEmpty();
    m_discover->setEnabled(!m_busy && idOk && issuerOk);
    // A disabled button says what it waits for.
    m_discover->setToolTip(
        m_discover->isEnabled() ? tr("Read the provider's discovery document")
            : !issuerOk         ? tr("Enter the issuer URL first, such as https://sso.example.com")
            : !idOk ? tr("Enter a name first: it becomes the provider's id (lowercase letters, digits, -)")
                    : QString());
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!m_busy && idOk && m_discovered.has_value());
    save->setToolTip(save->isEnabled() ? QString() : tr("Find the endpoints first, then review them"));
}

void CustomProviderDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    layout()->activate();
    VisualTabOrder::apply(this);
}

std::optional<PlatformRecord> CustomProviderDialog::reviewedRecord() const
{
    if (!m_discovered)
        return std::nullopt;
    PlatformRecord record = *m_discovered;
    record.id = platformId();
    record.name = displayName();
    record.authorizationEndpoint = QUrl(m_authorization->text().trimmed());
    record.tokenEndpoint = QUrl(m_token->text().trimmed());
    record.revocationEndpoint = QUrl(m_revocation->text().trimmed());
    if (record.revocationEndpoint.isEmpty())
        record.revocationStyle = RevocationStyle::None;
    else if (record.revocationStyle == RevocationStyle::None)
        record.revocationStyle = RevocationStyle::Rfc7009;
    record.userinfoEndpoint = QUrl(m_userinfo->text().trimmed());
    // The scopes field lists what to ask for: mark those, add any new ones.
    const QStringList wanted = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (ScopeInfo& scope : record.scopes)
        scope.isDefault = wanted.contains(scope.name);
    for (const QString& name : wanted) {
        if (!record.defaultScopes().contains(name)) {
            ScopeInfo scope;
            scope.name = name;
            scope.isDefault = true;
            record.scopes.append(scope);
        }
    }
    return record;
}

QString CustomProviderDialog::reviewProblem() const
{
    const auto check = [](const QLineEdit* edit, const QString& what, bool required) -> QString {
        const QUrl url(edit->text().trimmed());
        if (edit->text().trimmed().isEmpty())
            return required ? tr("The %1 endpoint is needed.").arg(what) : QString();
        if (!url.isValid() || !isAllowedEndpoint(url))
            return tr("The %1 endpoint must be an https:// address (http:// only on this computer).")
                .arg(what);
        return QString();
    };
    for (const QString& problem :
         { check(m_authorization, tr("authorization"), true), check(m_token, tr("token"), true),
           check(m_revocation, tr("revocation"), false), check(m_userinfo, tr("user info"), false) }) {
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

void CustomProviderDialog::requestSave()
{
    const std::optional<PlatformRecord> record = reviewedRecord();
    if (!record)
        return;
    if (const QString problem = reviewProblem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT saveRequested(*record);
}

} // namespace Plugboard

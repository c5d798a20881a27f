#include "customproviderdialog.h"

#include "catalog/discoverydocumentparser.h"
#include "visualtaborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

bool isValidId(const QString& id)
{
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9-]+$"));
    return validId.match(id).hasMatch();
}

/// A field of the userinfo answer, as the record parser accepts it.
bool isDottedPath(const QString& path)
{
    static const QRegularExpression dotted(QStringLiteral("^[^.\\s]+(\\.[^.\\s]+)*$"));
    return dotted.match(path).hasMatch();
}

} // namespace

CustomProviderDialog::CustomProviderDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customProviderDialog"));
    setWindowTitle(tr("Add custom provider"));

    auto* intro = new QLabel(tr("Plugboard reads the server's published configuration (OpenID Connect "
                                "discovery or OAuth server metadata) and shows what it found for you to "
                                "check before saving. If the server publishes none, you can enter the "
                                "endpoints by hand."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
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
    m_manual = new QPushButton(tr("Enter the endpoints by &hand"), this);
    m_manual->setObjectName(QStringLiteral("enterManuallyPushButton"));
    m_manual->setAccessibleName(withoutMnemonic(m_manual->text()));
    auto* ways = new QHBoxLayout;
    ways->addWidget(m_discover);
    ways->addWidget(m_manual);
    ways->addStretch();
    form->addRow(QString(), ways);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    createForm();

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
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
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
    connect(m_manual, &QPushButton::clicked, this, &CustomProviderDialog::enterManually);
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

/// The one form both ways fill: discovery, or the user from the provider's
/// documentation.
void CustomProviderDialog::createForm()
{
    m_endpoints = new QGroupBox(this);
    m_endpoints->setObjectName(QStringLiteral("endpointsGroupBox"));
    auto* review = new QFormLayout(m_endpoints);
    m_authorization
        = addField(review, tr("&Authorization:"), QStringLiteral("authorizationEndpointLineEdit"));
    m_authorization->setPlaceholderText(QStringLiteral("https://login.example.com/authorize"));
    m_token = addField(review, tr("&Token:"), QStringLiteral("tokenEndpointLineEdit"));
    m_token->setPlaceholderText(QStringLiteral("https://login.example.com/token"));
    m_revocation = addField(review, tr("&Revocation:"), QStringLiteral("revocationEndpointLineEdit"));
    m_revocation->setPlaceholderText(tr("None: disconnecting only forgets the tokens"));
    m_revocation->setToolTip(tr("Optional: an RFC 7009 endpoint that takes tokens back on disconnecting"));
    m_userinfo = addField(review, tr("&User info:"), QStringLiteral("userinfoEndpointLineEdit"));
    m_userinfo->setPlaceholderText(tr("Optional: tells accounts apart"));
    m_identityId = addField(review, tr("A&ccount ID field:"), QStringLiteral("identityIdLineEdit"));
    m_identityId->setPlaceholderText(QStringLiteral("sub"));
    m_identityId->setToolTip(
        tr("Where the user info answer names the account: a field such as sub, or a dotted path such as "
           "user.id"));
    m_identityName = addField(review, tr("Account na&me field:"), QStringLiteral("identityNameLineEdit"));
    m_identityName->setPlaceholderText(QStringLiteral("name"));
    m_identityName->setToolTip(tr("Where the user info answer gives the name shown on the card, such as "
                                  "name or user.login"));
    m_scopes = addField(review, tr("&Scopes to ask for:"), QStringLiteral("scopesLineEdit"));
    m_scopes->setPlaceholderText(tr("Separated by spaces"));

    m_clientAuthentication = new QComboBox(this);
    m_clientAuthentication->setObjectName(QStringLiteral("clientAuthenticationComboBox"));
    m_clientAuthentication->addItem(tr("HTTP Basic (client_secret_basic)"),
                                    QVariant::fromValue(int(ClientAuthentication::ClientSecretBasic)));
    m_clientAuthentication->addItem(tr("In the request body (client_secret_post)"),
                                    QVariant::fromValue(int(ClientAuthentication::ClientSecretPost)));
    m_clientAuthentication->addItem(tr("None: a public client without a secret"),
                                    QVariant::fromValue(int(ClientAuthentication::None)));
    m_clientAuthentication->setToolTip(tr("How the application you register sends its client secret to "
                                          "the token endpoint"));
    auto* clientLabel = new QLabel(tr("C&lient authentication:"), this);
    clientLabel->setBuddy(m_clientAuthentication);
    m_clientAuthentication->setAccessibleName(withoutMnemonic(clientLabel->text()).remove(QLatin1Char(':')));
    m_pkce = new QCheckBox(tr("Use &PKCE"), this);
    m_pkce->setObjectName(QStringLiteral("pkceCheckBox"));
    m_pkce->setAccessibleName(withoutMnemonic(m_pkce->text()));
    m_pkce->setToolTip(tr("Proof Key for Code Exchange (S256): leave it on unless the provider refuses it"));
    auto* client = new QHBoxLayout;
    client->addWidget(m_clientAuthentication);
    client->addWidget(m_pkce);
    client->addStretch();
    review->addRow(clientLabel, client);
    m_endpoints->hide();

    for (QLineEdit* edit : { m_authorization, m_token, m_userinfo, m_identityId })
        connect(edit, &QLineEdit::textChanged, this, &CustomProviderDialog::updateButtons);
}

QLineEdit* CustomProviderDialog::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(withoutMnemonic(label).remove(QLatin1Char(':')));
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
    m_prefill.clear();
    m_authorization->setText(record.authorizationEndpoint.toString());
    m_token->setText(record.tokenEndpoint.toString());
    m_revocation->setText(record.revocationEndpoint.toString());
    m_userinfo->setText(record.userinfoEndpoint.toString());
    m_identityId->setText(record.identityIdPath);
    m_identityName->setText(record.identityNamePath);
    m_scopes->setText(record.defaultScopes().join(QLatin1Char(' ')));
    m_clientAuthentication->setCurrentIndex(
        m_clientAuthentication->findData(QVariant::fromValue(int(record.clientAuthentication))));
    m_pkce->setChecked(record.pkce);
    setBusy(false);
    openForm(Source::Discovered);
    m_authorization->setFocus();
}

void CustomProviderDialog::enterManually()
{
    if (m_source == Source::None) {
        // A fresh form: what a discovery for another URL left must not stay.
        const QUrl issuer = issuerForEndpoints();
        m_prefill = issuer.isEmpty() ? QString() : issuer.toString();
        m_authorization->setText(m_prefill);
        m_token->setText(m_prefill);
        m_revocation->clear();
        m_userinfo->clear();
        m_identityId->setText(QStringLiteral("sub"));
        m_identityName->setText(QStringLiteral("name"));
        m_scopes->clear();
        // The default of both OpenID Connect Discovery and RFC 8414.
        m_clientAuthentication->setCurrentIndex(m_clientAuthentication->findData(
            QVariant::fromValue(int(ClientAuthentication::ClientSecretBasic))));
        // Servers ignore parameters they do not know (RFC 6749 §3.1).
        m_pkce->setChecked(true);
    }
    m_discovered.reset();
    m_error->hide();
    openForm(Source::Manual);
    m_authorization->setFocus();
    m_authorization->end(false);
}

void CustomProviderDialog::openForm(Source source)
{
    m_source = source;
    m_endpoints->setTitle(source == Source::Discovered
                              ? tr("What the server published (check, and change if needed)")
                              : tr("The provider's endpoints, from its documentation"));
    m_endpoints->show();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    updateButtons();
    fitContents();
    if (isVisible())
        VisualTabOrder::apply(this);
}

void CustomProviderDialog::fitContents()
{
    // Wrapped text (the intro, an error) needs more lines the narrower the
    // dialog, which a window's minimum size does not know, and a window does
    // not grow by itself when the form or an error appears: grow it here.
    layout()->activate();
    const int width = std::max(this->width(), minimumSizeHint().width());
    const int needed = layout()->totalHeightForWidth(width);
    if (width > this->width() || needed > height())
        resize(width, std::max(needed, height()));
}

void CustomProviderDialog::setDiscoveryError(const QString& message)
{
    setBusy(false);
    if (m_source == Source::Manual) {
        showError(message);
        m_issuer->setFocus();
        return;
    }
    // The typed alternative, right where the user reads why discovery failed.
    showError(tr("%1\n\nTo add the provider anyway, choose \"%2\" and copy the endpoints from its "
                 "documentation.")
                  .arg(message, withoutMnemonic(m_manual->text())));
    m_manual->setDefault(true);
    m_manual->setFocus();
}

void CustomProviderDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitContents();
}

void CustomProviderDialog::forgetDiscovery()
{
    m_error->hide();
    // Discovered endpoints belong to the URL they came from; typed ones do not.
    if (m_source == Source::Discovered) {
        m_source = Source::None;
        m_discovered.reset();
        m_endpoints->hide();
        m_discover->setDefault(true);
    }
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

QUrl CustomProviderDialog::issuerForEndpoints() const
{
    // The endpoints usually live under the issuer: start them there.
    QUrl issuer = issuerUrl();
    if (!issuer.isValid() || issuer.host().isEmpty())
        return {};
    issuer = issuer.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::StripTrailingSlash);
    if (!isLoopbackHost(issuer.host()))
        issuer.setScheme(QStringLiteral("https")); // typed without a scheme, it came out http://
    issuer.setPath(issuer.path() + QLatin1Char('/'));
    return issuer;
}

QString CustomProviderDialog::missingField() const
{
    const auto filled = [this](const QLineEdit* edit) {
        const QString text = edit->text().trimmed();
        return !text.isEmpty() && text != m_prefill;
    };
    if (m_source == Source::None)
        return tr("Find the endpoints first, or enter them by hand");
    if (!isValidId(platformId()))
        return tr("Enter a name first: it becomes the provider's id (lowercase letters, digits, -)");
    if (!filled(m_authorization))
        return tr("Enter the %1 endpoint first").arg(tr("authorization"));
    if (!filled(m_token))
        return tr("Enter the %1 endpoint first").arg(tr("token"));
    if (!m_userinfo->text().trimmed().isEmpty() && m_identityId->text().trimmed().isEmpty())
        return tr("Enter the account ID field first: the user info endpoint needs it to tell accounts apart");
    return QString();
}

void CustomProviderDialog::updateButtons()
{
    // A disabled button says what it waits for.
    const QString busy = tr("Wait until Plugboard has finished looking for the endpoints");
    const QUrl issuer = issuerUrl();
    QString discoverWaits;
    if (m_busy)
        discoverWaits = busy;
    else if (!issuer.isValid() || issuer.host().isEmpty())
        discoverWaits = tr("Enter the issuer URL first, such as https://sso.example.com");
    else if (!isValidId(platformId()))
        discoverWaits = tr("Enter a name first: it becomes the provider's id (lowercase letters, digits, -)");
    m_discover->setEnabled(discoverWaits.isEmpty());
    m_discover->setToolTip(discoverWaits.isEmpty() ? tr("Read the provider's discovery document")
                                                   : discoverWaits);

    QString manualWaits;
    if (m_busy)
        manualWaits = busy;
    else if (m_source != Source::None)
        manualWaits = tr("The endpoints are open below: change them there");
    const QString manualDoes
        = tr("For a provider without discovery: type its endpoints from its documentation");
    m_manual->setEnabled(manualWaits.isEmpty());
    m_manual->setToolTip(manualWaits.isEmpty() ? manualDoes : manualWaits);

    const QString saveWaits = m_busy ? busy : missingField();
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(saveWaits.isEmpty());
    save->setToolTip(saveWaits);
}

void CustomProviderDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    layout()->activate();
    VisualTabOrder::apply(this);
}

/// What a manual entry has beyond the form: the same client fields and
/// registration steps a discovered record gets.
PlatformRecord CustomProviderDialog::manualRecord() const
{
    PlatformRecord record;
    record.authKind = AuthKind::OAuth2;
    record.custom = true;
    record.redirect = RedirectRule(); // 127.0.0.1, any port, /callback (RFC 8252 §7.3)
    const QUrl issuer = issuerUrl();
    const QUrl authorization(m_authorization->text().trimmed());
    if (isAllowedEndpoint(issuer))
        record.helpUrl = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    else if (isAllowedEndpoint(authorization))
        record.helpUrl = authorization.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    DiscoveryDocumentParser::addClientFields(record, displayName());
    return record;
}

std::optional<PlatformRecord> CustomProviderDialog::reviewedRecord() const
{
    if (m_source == Source::None)
        return std::nullopt;
    PlatformRecord record = m_source == Source::Discovered && m_discovered ? *m_discovered : manualRecord();
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
    record.identityIdPath = m_identityId->text().trimmed();
    record.identityNamePath = m_identityName->text().trimmed();
    // Without an id there is no identity lookup (Save waits for one when
    // there is a user info endpoint), so a name alone would only be refused.
    if (record.identityIdPath.isEmpty())
        record.identityNamePath.clear();
    record.clientAuthentication
        = static_cast<ClientAuthentication>(m_clientAuthentication->currentData().toInt());
    record.pkce = m_pkce->isChecked();
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
    const QString id = m_identityId->text().trimmed();
    const QString name = m_identityName->text().trimmed();
    if ((!id.isEmpty() && !isDottedPath(id)) || (!name.isEmpty() && !isDottedPath(name)))
        return tr("An account field must be a field name such as sub, or a dotted path such as user.id, "
                  "without spaces.");
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

#include "ui/customproviderdialog.h"

#include "core/catalog/discoverydocumentparser.h"
#include "ui/endpointsform.h"
#include "ui/formfields.h"
#include "ui/visualtaborder.h"

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

bool isValidId(const QString& id)
{
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9-]+$"));
    return validId.match(id).hasMatch();
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

    QFormLayout* form = createIssuerForm();
    createForm();
    createFeedback();
    connectFields();

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

/// Issuer, name and id, and the two ways on: discovery or by hand.
QFormLayout* CustomProviderDialog::createIssuerForm()
{
    auto* form = new QFormLayout;
    m_issuer = FormFields::addLineEdit(this, form, tr("&Issuer URL:"), QStringLiteral("issuerUrlLineEdit"));
    m_issuer->setPlaceholderText(QStringLiteral("https://login.example.com"));
    m_name = FormFields::addLineEdit(this, form, tr("&Name:"), QStringLiteral("providerNameLineEdit"));
    m_name->setPlaceholderText(tr("Shown on the card, e.g. Acme SSO"));
    m_id = FormFields::addLineEdit(this, form, tr("I&D:"), QStringLiteral("providerIdLineEdit"));
    m_id->setPlaceholderText(tr("Lower-case letters, digits and dashes"));
    m_discover = new QPushButton(tr("&Find endpoints"), this);
    m_discover->setObjectName(QStringLiteral("discoverPushButton"));
    m_discover->setAccessibleName(tr("Find endpoints"));
    m_discover->setDefault(true);
    m_manual = new QPushButton(tr("Enter the endpoints by &hand"), this);
    m_manual->setObjectName(QStringLiteral("enterManuallyPushButton"));
    m_manual->setAccessibleName(FormFields::withoutMnemonic(m_manual->text()));
    auto* ways = new QHBoxLayout;
    ways->addWidget(m_discover);
    ways->addWidget(m_manual);
    ways->addStretch();
    form->addRow(QString(), ways);

    return form;
}

/// What the dialog says while and after it works, and its buttons.
void CustomProviderDialog::createFeedback()
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

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
}

void CustomProviderDialog::connectFields()
{
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
}

CustomProviderDialog::~CustomProviderDialog() = default;

/// The one form both ways fill: discovery, or the user from the provider's
/// documentation.
void CustomProviderDialog::createForm()
{
    m_endpoints = new EndpointsForm(this);
    m_endpoints->hide();
    connect(m_endpoints, &EndpointsForm::edited, this, &CustomProviderDialog::updateButtons);
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
    m_endpoints->showRecord(record);
    setBusy(false);
    openForm(Source::Discovered);
    m_endpoints->focusFirstField();
}

void CustomProviderDialog::enterManually()
{
    if (m_source == Source::None) {
        // A fresh form: what a discovery for another URL left must not stay.
        const QUrl issuer = issuerForEndpoints();
        m_endpoints->startManual(issuer.isEmpty() ? QString() : issuer.toString());
    }
    m_discovered.reset();
    m_error->hide();
    openForm(Source::Manual);
    m_endpoints->focusFirstField();
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
                  .arg(message, FormFields::withoutMnemonic(m_manual->text())));
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
    if (m_source == Source::None)
        return tr("Find the endpoints first, or enter them by hand");
    if (!isValidId(platformId()))
        return tr("Enter a name first: it becomes the provider's id (lowercase letters, digits, -)");
    return m_endpoints->missingField();
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
    const QUrl authorization = m_endpoints->authorizationEndpoint();
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
    m_endpoints->applyTo(record);
    return record;
}

void CustomProviderDialog::requestSave()
{
    const std::optional<PlatformRecord> record = reviewedRecord();
    if (!record)
        return;
    if (const QString problem = m_endpoints->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT saveRequested(*record);
}

} // namespace Plugboard

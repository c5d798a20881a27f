#include "ui/endpointsform.h"

#include "ui/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace Plugboard {

namespace {

/// A field of the userinfo answer, as the record parser accepts it.
bool isDottedPath(const QString& path)
{
    static const QRegularExpression dotted(QStringLiteral("^[^.\\s]+(\\.[^.\\s]+)*$"));
    return dotted.match(path).hasMatch();
}

} // namespace

EndpointsForm::EndpointsForm(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("endpointsGroupBox"));
    auto* review = new QFormLayout(this);
    m_authorization = FormFields::addLineEdit(this, review, tr("&Authorization:"),
                                              QStringLiteral("authorizationEndpointLineEdit"));
    m_authorization->setPlaceholderText(QStringLiteral("https://login.example.com/authorize"));
    m_token = FormFields::addLineEdit(this, review, tr("&Token:"), QStringLiteral("tokenEndpointLineEdit"));
    m_token->setPlaceholderText(QStringLiteral("https://login.example.com/token"));
    m_revocation = FormFields::addLineEdit(this, review, tr("&Revocation:"),
                                           QStringLiteral("revocationEndpointLineEdit"));
    m_revocation->setPlaceholderText(tr("None: disconnecting only forgets the tokens"));
    m_revocation->setToolTip(tr("Optional: an RFC 7009 endpoint that takes tokens back on disconnecting"));
    m_userinfo = FormFields::addLineEdit(this, review, tr("&User info:"),
                                         QStringLiteral("userinfoEndpointLineEdit"));
    m_userinfo->setPlaceholderText(tr("Optional: tells accounts apart"));
    m_identityId = FormFields::addLineEdit(this, review, tr("A&ccount ID field:"),
                                           QStringLiteral("identityIdLineEdit"));
    m_identityId->setPlaceholderText(QStringLiteral("sub"));
    m_identityId->setToolTip(
        tr("Where the user info answer names the account: a field such as sub, or a dotted path such as "
           "user.id"));
    m_identityName = FormFields::addLineEdit(this, review, tr("Account na&me field:"),
                                             QStringLiteral("identityNameLineEdit"));
    m_identityName->setPlaceholderText(QStringLiteral("name"));
    m_identityName->setToolTip(tr("Where the user info answer gives the name shown on the card, such as "
                                  "name or user.login"));
    m_scopes
        = FormFields::addLineEdit(this, review, tr("&Scopes to ask for:"), QStringLiteral("scopesLineEdit"));
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
    m_clientAuthentication->setAccessibleName(
        FormFields::withoutMnemonic(clientLabel->text()).remove(QLatin1Char(':')));
    m_pkce = new QCheckBox(tr("Use &PKCE"), this);
    m_pkce->setObjectName(QStringLiteral("pkceCheckBox"));
    m_pkce->setAccessibleName(FormFields::withoutMnemonic(m_pkce->text()));
    m_pkce->setToolTip(tr("Proof Key for Code Exchange (S256): leave it on unless the provider refuses it"));
    auto* client = new QHBoxLayout;
    client->addWidget(m_clientAuthentication);
    client->addWidget(m_pkce);
    client->addStretch();
    review->addRow(clientLabel, client);

    for (QLineEdit* edit : { m_authorization, m_token, m_userinfo, m_identityId })
        connect(edit, &QLineEdit::textChanged, this, &EndpointsForm::edited);
}

EndpointsForm::~EndpointsForm() = default;

void EndpointsForm::showRecord(const PlatformRecord& record)
{
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
}

void EndpointsForm::startManual(const QString& prefill)
{
    m_prefill = prefill;
    m_authorization->setText(m_prefill);
    m_token->setText(m_prefill);
    m_revocation->clear();
    m_userinfo->clear();
    m_identityId->setText(QStringLiteral("sub"));
    m_identityName->setText(QStringLiteral("name"));
    m_scopes->clear();
    // The default of both OpenID Connect Discovery and RFC 8414.
    m_clientAuthentication->setCurrentIndex(
        m_clientAuthentication->findData(QVariant::fromValue(int(ClientAuthentication::ClientSecretBasic))));
    // Servers ignore parameters they do not know (RFC 6749 §3.1).
    m_pkce->setChecked(true);
}

void EndpointsForm::focusFirstField()
{
    m_authorization->setFocus();
    m_authorization->end(false);
}

QUrl EndpointsForm::authorizationEndpoint() const
{
    return QUrl(m_authorization->text().trimmed());
}

void EndpointsForm::applyTo(PlatformRecord& record) const
{
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
}

QString EndpointsForm::missingField() const
{
    const auto filled = [this](const QLineEdit* edit) {
        const QString text = edit->text().trimmed();
        return !text.isEmpty() && text != m_prefill;
    };
    if (!filled(m_authorization))
        return tr("Enter the %1 endpoint first").arg(tr("authorization"));
    if (!filled(m_token))
        return tr("Enter the %1 endpoint first").arg(tr("token"));
    if (!m_userinfo->text().trimmed().isEmpty() && m_identityId->text().trimmed().isEmpty())
        return tr("Enter the account ID field first: the user info endpoint needs it to tell accounts apart");
    return QString();
}

QString EndpointsForm::problem() const
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

} // namespace Plugboard

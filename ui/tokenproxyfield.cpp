#include "ui/tokenproxyfield.h"

#include "core/catalog/platformrecord.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Plugboard {

TokenProxyField::TokenProxyField(QWidget* parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("tokenProxyLineEdit"));
    m_edit->setPlaceholderText(QStringLiteral("https://tokens.example.com/exchange"));
    m_edit->setAccessibleName(tr("Token-exchange proxy"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tokenProxyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        showStatus();
        Q_EMIT changed();
    });
    showStatus();
}

TokenProxyField::~TokenProxyField() = default;

void TokenProxyField::setUrl(const QUrl& url)
{
    m_edit->setText(url.toString());
}

QUrl TokenProxyField::url() const
{
    const QString text = m_edit->text().trimmed();
    const QUrl url(text);
    return !text.isEmpty() && isAllowedEndpoint(url) ? url : QUrl();
}

bool TokenProxyField::isInvalid() const
{
    return !m_edit->text().trimmed().isEmpty() && !url().isValid();
}

void TokenProxyField::showStatus()
{
    if (isInvalid())
        m_status->setText(
            tr("<b>Not a proxy address.</b> Enter an https:// address (http:// only for 127.0.0.1 "
               "or localhost)."));
    else if (url().isValid())
        m_status->setText(tr("Your team's server holds the client secret: Plugboard neither asks for it nor "
                             "sends it, for signing in and for renewals."));
    else
        m_status->setText(tr("Optional. Only if your team keeps the client secret on its own token-exchange "
                             "server; then leave the client secret empty."));
}

} // namespace Plugboard

#include "ui/networksettingspage.h"

#include "core/network/proxysettings.h"
#include "core/settings/proxysettingvalue.h"
#include "core/settings/settingsregistry.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Plugboard {

NetworkSettingsPage::NetworkSettingsPage(QWidget* parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("networkSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("How Plugboard's requests (sign-ins, renewals, checks) reach the internet. Connections to this "
           "computer never go through a proxy."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(explanation);
    m_system = addRadio(tr("Use the s&ystem's proxy settings"), "proxySystemRadioButton");
    m_none = addRadio(tr("N&o proxy"), "proxyNoneRadioButton");
    m_manual = addRadio(tr("&Manual proxy:"), "proxyManualRadioButton");
    // clicked, not toggled: only the person's click asks for a change, not showSetting().
    connect(m_system, &QRadioButton::clicked, this, [this] {
        Q_EMIT changeRequested(SettingsRegistry::kProxy,
                               ProxySettings::modeName(ProxySettings::Mode::System));
    });
    connect(m_none, &QRadioButton::clicked, this, [this] {
        Q_EMIT changeRequested(SettingsRegistry::kProxy, ProxySettings::modeName(ProxySettings::Mode::None));
    });
    for (QRadioButton* radio : { m_system, m_none, m_manual })
        connect(radio, &QRadioButton::clicked, this, &NetworkSettingsPage::updateManualEnabled);
    layout->addWidget(createManualFields());
    layout->addStretch();
    updateManualEnabled();
}

NetworkSettingsPage::~NetworkSettingsPage() = default;

QString NetworkSettingsPage::title() const
{
    return tr("&Network");
}

QRadioButton* NetworkSettingsPage::addRadio(const QString& text, const char* name)
{
    auto* radio = new QRadioButton(text, this);
    radio->setObjectName(QLatin1String(name));
    layout()->addWidget(radio);
    return radio;
}

void NetworkSettingsPage::addField(QFormLayout* form, const QString& text, QWidget* field, const char* name)
{
    field->setObjectName(QLatin1String(name));
    auto* label = new QLabel(text, m_manualFields);
    label->setBuddy(field);
    form->addRow(label, field);
}

QWidget* NetworkSettingsPage::createManualFields()
{
    m_manualFields = new QWidget(this);
    auto* form = new QFormLayout(m_manualFields);
    form->setContentsMargins(fontMetrics().averageCharWidth() * 3, 0, 0, 0);
    m_type = new QComboBox(m_manualFields);
    m_type->addItem(tr("HTTP"), ProxySettings::typeName(ProxySettings::Type::Http));
    m_type->addItem(tr("SOCKS5"), ProxySettings::typeName(ProxySettings::Type::Socks5));
    addField(form, tr("&Type:"), m_type, "proxyTypeComboBox");
    m_host = new QLineEdit(m_manualFields);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    addField(form, tr("&Host:"), m_host, "proxyHostLineEdit");
    m_port = new QSpinBox(m_manualFields);
    m_port->setRange(1, 65535);
    m_port->setValue(3128);
    addField(form, tr("&Port:"), m_port, "proxyPortSpinBox");
    m_user = new QLineEdit(m_manualFields);
    m_user->setPlaceholderText(tr("Optional"));
    m_user->setAccessibleDescription(tr("Only when the proxy asks for a sign-in"));
    addField(form, tr("&User name:"), m_user, "proxyUserLineEdit");
    m_password = new QLineEdit(m_manualFields);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleDescription(tr("Kept in the secret store, never in the settings file"));
    addField(form, tr("Pass&word:"), m_password, "proxyPasswordLineEdit");
    m_apply = new QPushButton(tr("&Apply"), m_manualFields);
    m_apply->setObjectName(QStringLiteral("proxyApplyPushButton"));
    connect(m_apply, &QPushButton::clicked, this, &NetworkSettingsPage::applyManual);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_apply);
    form->addRow(buttonRow);
    return m_manualFields;
}

void NetworkSettingsPage::updateManualEnabled()
{
    m_manualFields->setEnabled(m_manual->isChecked());
}

void NetworkSettingsPage::applyManual()
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.type = m_type->currentIndex() == 1 ? ProxySettings::Type::Socks5 : ProxySettings::Type::Http;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.user = m_user->text().trimmed();
    const QString password = m_password->text();
    m_password->clear(); // not kept in the widget longer than needed
    Q_EMIT changeRequested(SettingsRegistry::kProxy, ProxySettingValue::format(settings));
    if (!password.isEmpty())
        Q_EMIT proxyPasswordEntered(password);
}

void NetworkSettingsPage::showManual(const ProxySettings& settings)
{
    m_type->setCurrentIndex(settings.type == ProxySettings::Type::Socks5 ? 1 : 0);
    m_host->setText(settings.host);
    if (settings.port >= 1 && settings.port <= 65535)
        m_port->setValue(settings.port);
    m_user->setText(settings.user);
}

bool NetworkSettingsPage::showSetting(const QString& key, const QString& value,
                                      const QStringList& /*available*/)
{
    if (key != SettingsRegistry::kProxy)
        return false;
    if (value == m_shown)
        return true; // a refresh: keep what is being typed
    m_shown = value;
    const Result<ProxySettings> parsed = ProxySettingValue::parse(value);
    const ProxySettings settings = parsed ? parsed.value() : ProxySettings {};
    m_system->setChecked(settings.mode == ProxySettings::Mode::System);
    m_none->setChecked(settings.mode == ProxySettings::Mode::None);
    m_manual->setChecked(settings.mode == ProxySettings::Mode::Manual);
    if (settings.mode == ProxySettings::Mode::Manual)
        showManual(settings);
    updateManualEnabled();
    return true;
}

void NetworkSettingsPage::showPasswordStored(bool stored)
{
    m_password->setPlaceholderText(stored ? tr("A password is stored; type a new one to replace it")
                                          : QString());
}

} // namespace Plugboard

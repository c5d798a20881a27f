#include "ui/secretssettingspage.h"

#include "core/settings/settingsregistry.h"
#include "ui/confirmation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

const QString kKeyring = QStringLiteral("keyring");
const QString kVault = QStringLiteral("vault");

} // namespace

SecretsSettingsPage::SecretsSettingsPage(QWidget* parent)
    : SettingsPage(parent)
    , m_backend(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_setUpVault(new QPushButton(tr("Set &up an encrypted vault…"), this))
{
    setObjectName(QStringLiteral("secretsSettingsPage"));
    m_backend->setObjectName(QStringLiteral("secretBackendComboBox"));
    m_backend->addItem(tr("The system keyring"), kKeyring);
    m_backend->addItem(tr("The encrypted vault"), kVault);
    connect(m_backend, &QComboBox::activated, this, &SecretsSettingsPage::onActivated);
    auto* label = new QLabel(tr("&Keep secrets in:"), this);
    label->setBuddy(m_backend);

    m_explanation->setObjectName(QStringLiteral("secretBackendExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_setUpVault->setObjectName(QStringLiteral("setUpVaultPushButton"));
    connect(m_setUpVault, &QPushButton::clicked, this, &SecretsSettingsPage::vaultSetupRequested);

    auto* form = new QFormLayout;
    form->addRow(label, m_backend);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_setUpVault, 0, Qt::AlignLeft);
    layout->addStretch();
}

SecretsSettingsPage::~SecretsSettingsPage() = default;

QString SecretsSettingsPage::title() const
{
    return tr("S&ecrets");
}

bool SecretsSettingsPage::showSetting(const QString& key, const QString& value, const QStringList& available)
{
    if (key != SettingsRegistry::kSecretBackend)
        return false;
    m_shown = value;
    const bool vaultExists = available.contains(kVault);
    auto* model = static_cast<QStandardItemModel*>(m_backend->model());
    model->item(m_backend->findData(kVault))->setEnabled(vaultExists);
    m_backend->setCurrentIndex(m_backend->findData(value)); // -1 for a value a newer Plugboard wrote
    m_setUpVault->setVisible(!vaultExists);
    m_explanation->setText(
        vaultExists ? tr("The keyring unlocks with your login. The vault is one file locked by a passphrase "
                         "Plugboard asks for once per session; use it where there is no keyring.")
                    : tr("The keyring unlocks with your login. Where there is no keyring, set up an "
                         "encrypted vault: Plugboard moves your secrets into one file locked by a "
                         "passphrase you choose."));
    return true;
}

void SecretsSettingsPage::onActivated(int index)
{
    const QString chosen = m_backend->itemData(index).toString();
    if (chosen == m_shown)
        return;
    const QString question = chosen == kVault
        ? tr("Use the encrypted vault from now on?\n\nPlugboard moves nothing: secrets saved in the keyring "
             "stay "
             "there, unused, and connections whose secrets are only there need to be connected again.")
        : tr(
            "Use the keyring from now on?\n\nPlugboard moves nothing: the vault keeps what it holds, unused, "
            "and connections whose secrets are only there need to be connected again.");
    if (!Confirmation::ask(this, tr("Change where secrets are kept?"), question, tr("Change"))) {
        m_backend->setCurrentIndex(m_backend->findData(m_shown));
        return;
    }
    Q_EMIT changeRequested(SettingsRegistry::kSecretBackend, chosen);
}

} // namespace Plugboard

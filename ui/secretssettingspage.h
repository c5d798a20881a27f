#pragma once

#include "ui/settingspage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Plugboard {

/// Settings ▸ Secrets: where secrets are kept, the keyring or the encrypted
/// vault. The vault can be chosen once it exists; until then the page offers
/// to set one up (what File ▸ Keep secrets in an encrypted vault… does,
/// moving the secrets). Switching between two existing stores moves
/// nothing, so the page asks first and says so.
class SecretsSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsSettingsPage)

public:
    explicit SecretsSettingsPage(QWidget* parent = nullptr);
    ~SecretsSettingsPage() override;

    QString title() const override;
    bool showSetting(const QString& key, const QString& value, const QStringList& available) override;

Q_SIGNALS:
    /// "Set up an encrypted vault…": the vault does not exist yet.
    void vaultSetupRequested();

private:
    void onActivated(int index);

    QComboBox* m_backend = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_setUpVault = nullptr;
    QString m_shown; ///< the value the files hold, to go back to when the person cancels
};

} // namespace Plugboard

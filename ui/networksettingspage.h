#pragma once

#include "ui/settingspage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Plugboard {

struct ProxySettings;

/// Settings ▸ Network: the proxy (SettingsRegistry's "proxy" key, in the
/// form ProxySettingValue describes). System and No proxy apply when
/// chosen; a manual proxy only on Apply, as one value, so half-typed fields
/// are never saved. The password goes separately (proxyPasswordEntered())
/// to the secret store, never into the value, and is never read back.
class NetworkSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsPage)

public:
    explicit NetworkSettingsPage(QWidget* parent = nullptr);
    ~NetworkSettingsPage() override;

    QString title() const override;
    bool showSetting(const QString& key, const QString& value, const QStringList& available) override;
    /// Says whether a proxy password is in the secret store (from what the
    /// store knows without reading the keyring).
    void showPasswordStored(bool stored);

Q_SIGNALS:
    /// The person typed a proxy password and chose Apply: store it.
    void proxyPasswordEntered(const QString& password);

private:
    QRadioButton* addRadio(const QString& text, const char* name);
    QWidget* createManualFields();
    void addField(QFormLayout* form, const QString& text, QWidget* field, const char* name);
    void showManual(const ProxySettings& settings);
    void updateManualEnabled();
    void applyManual();

    QRadioButton* m_system = nullptr;
    QRadioButton* m_none = nullptr;
    QRadioButton* m_manual = nullptr;
    QWidget* m_manualFields = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_apply = nullptr;
    QString m_shown; ///< the value last shown: a refresh with the same one keeps what is being typed
};

} // namespace Plugboard

#pragma once

#include "core/catalog/platformrecord.h"

#include <QMap>
#include <QUrl>
#include <QWidget>

class QLabel;
class QFormLayout;

namespace Plugboard {

class SecretLineEdit;
class TokenProxyField;

/// The app-credentials form of one platform (for platforms that use API
/// keys: the key form), generated from the fields the platform declares: labels with required markers, help
/// text and a "Where do I find this?" link per field, the short registration steps, the exact redirect URI to
/// register (with Copy), masked secrets with a reveal toggle, and live validation. Saved secrets are never
/// shown again: the field says so and stays empty unless the user types a replacement.
class CredentialForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialForm)

public:
    explicit CredentialForm(QWidget* parent = nullptr);
    ~CredentialForm() override;

    void setPlatform(const PlatformRecord& record, const QUrl& redirectUri);
    /// Marks fields that already hold a saved value: non-secret ones show
    /// `hint` (e.g. "…a1b2"), secret ones "Saved; type to replace".
    /// Puts the cursor in the first field still to fill in.
    void focusFirstField();
    void setSavedFields(const QMap<QString, QString>& hints);

    /// What the user typed, by field key; empty fields are left out, and so
    /// is the client secret when a token-exchange proxy holds it.
    QMap<QString, QString> enteredValues() const;

    /// A platform with a client secret may use a team's token-exchange
    /// proxy instead: the form then offers the field.
    bool offersTokenExchangeProxy() const { return m_proxy != nullptr; }
    void setTokenExchangeProxy(const QUrl& proxy);
    /// The proxy entered (empty: none, or not a usable address).
    QUrl tokenExchangeProxy() const;
    /// Labels of required fields that are neither entered nor saved.
    QStringList missingLabels() const;
    bool isComplete() const { return missingLabels().isEmpty(); }

Q_SIGNALS:
    void completenessChanged(bool complete);
    /// Any field changed.
    void edited();

private:
    struct Field
    {
        CredentialField declaration;
        QWidget* editor = nullptr; ///< QLineEdit or SecretLineEdit
        QLabel* status = nullptr;
        QLabel* label = nullptr; ///< "Client Secret *": the marker follows isRequired()
        bool saved = false;
        QString savedValue; ///< the saved value of a field that is no secret
    };

    void clearFields();
    QWidget* createEditor(const CredentialField& field);
    QString textOf(const Field& field) const;
    /// The client secret, while a token-exchange proxy holds it.
    bool isHeldByProxy(const Field& field) const;
    /// Required by the platform, and not held by a token-exchange proxy.
    bool isRequired(const Field& field) const;
    void addProxyField();
    void validate();

    QLabel* m_intro = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_redirectUri = nullptr;
    QWidget* m_redirectRow = nullptr; ///< caption, URI and Copy; hidden for API keys
    QFormLayout* m_fieldsLayout = nullptr;
    QList<Field> m_fields;
    TokenProxyField* m_proxy = nullptr; ///< only for platforms with a client secret
    bool m_complete = false;
};

} // namespace Plugboard

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Plugboard {

class SecretLineEdit;

/// Asks for the passphrase of the encrypted vault: to unlock it (once per
/// session; Plugboard keeps the derived key, not the passphrase), or twice
/// to choose a new one. setTexts() words it for another sealed file (the
/// encrypted backup). Unlock/Create stays disabled until the fields say
/// something usable; it never checks the passphrase itself (its owner does,
/// and shows a wrong one with setProblem()).
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Purpose {
        Unlock, ///< the vault exists: one field
        Choose, ///< a new passphrase: two fields that must match
    };

    /// The shortest new passphrase accepted (as `vault init` on the terminal).
    static constexpr int kMinimumLength = 8;

    PassphraseDialog(Purpose purpose, const QString& vaultPath, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    /// What was typed, as UTF-8; the owner wipes its copy once used.
    QByteArray passphrase() const;
    /// What the dialog says when the passphrase is not the vault's.
    struct Texts
    {
        QString title;
        QString intro;
        QString accept; ///< the accept button's label
    };
    void setTexts(const Texts& texts);

    /// A line under the fields ("That passphrase is wrong…"); empty hides it.
    void setProblem(const QString& message);

private:
    void updateButton();

    Purpose m_purpose;
    QLabel* m_intro = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    SecretLineEdit* m_repeat = nullptr; ///< Choose only
    QLabel* m_problem = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace Plugboard

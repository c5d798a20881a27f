#pragma once

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QScrollArea;

namespace Plugboard {

class CredentialForm;
struct PlatformRecord;

/// "Set up credentials" for one platform: the generated form, Save and
/// Cancel. For a platform that uses API keys it is the key form, and Save
/// reads "Connect". It saves nothing itself: saveRequested() goes to whoever owns the
/// core facade, which answers with accept() or showError(), so a failed save
/// keeps what the user typed.
class CredentialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialDialog)

public:
    explicit CredentialDialog(QWidget* parent = nullptr);
    ~CredentialDialog() override;

    void setPlatform(const PlatformRecord& record, const QUrl& redirectUri);
    void setSavedFields(const QMap<QString, QString>& hints);
    CredentialForm* form() const { return m_form; }

    /// Shows what went wrong (e.g. "Your keyring is locked…") and re-enables Save.
    void showError(const QString& message);
    /// Disables the buttons while the save runs.
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested(const QString& platformId, const QMap<QString, QString>& values);

protected:
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kPreferredWidth = 560;
    QScrollArea* m_scroll = nullptr;
    void fitContents();
    void updateSaveButton();

    QString m_platformId;
    CredentialForm* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace Plugboard

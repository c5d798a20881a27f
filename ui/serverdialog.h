#pragma once

#include "core/catalog/platformtemplate.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Plugboard {

/// "Add self-hosted server": the user picks a kind of server (GitLab,
/// Gitea or Forgejo, Keycloak, Mastodon) and fills in what its template
/// asks for, such as the server's address; each field shows an example.
/// The dialog does no network or file work: addRequested() goes to whoever
/// owns the core, which answers with accept() or showError(), so a server
/// that cannot be added keeps what the user typed.
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    explicit ServerDialog(QWidget* parent = nullptr);
    ~ServerDialog() override;

    void setTemplates(const QList<PlatformTemplate>& templates);
    /// What went wrong (a wrong address, a server that refused), in words.
    void showError(const QString& message);
    /// Disables the form while the server is being added.
    void setBusy(bool busy);

Q_SIGNALS:
    void addRequested(const QString& templateId, const QMap<QString, QString>& values);

private:
    void showTemplate(int index);
    QMap<QString, QString> enteredValues() const;
    void updateAddButton();

    QList<PlatformTemplate> m_templates;
    QComboBox* m_kind = nullptr;
    QLabel* m_about = nullptr;
    QFormLayout* m_fields = nullptr;
    QMap<QString, QLineEdit*> m_editors; ///< by parameter name
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace Plugboard

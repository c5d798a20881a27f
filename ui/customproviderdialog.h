#pragma once

#include "catalog/platformrecord.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Plugboard {

/// "Add custom provider": the user gives an issuer URL and a name, asks
/// for discovery, reviews (and may edit) the endpoints and scopes found, and
/// saves. The dialog does no network or file work itself: it asks with
/// discoverRequested() and saveRequested(), and whoever owns the core
/// answers with setDiscoveredRecord(), setDiscoveryError(), showError() or
/// accept(). Problems show inline, in plain words.
class CustomProviderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomProviderDialog)

public:
    explicit CustomProviderDialog(QWidget* parent = nullptr);
    ~CustomProviderDialog() override;

    QUrl issuerUrl() const;
    /// The id for the record and its file: what the user typed, else one
    /// made from the name ("Acme SSO" → "acme-sso").
    QString platformId() const;
    QString displayName() const;

    /// Discovery found `record`: its endpoints and scopes show for review.
    void setDiscoveredRecord(const PlatformRecord& record);
    /// Discovery failed: says why and lets the user change the URL.
    void setDiscoveryError(const QString& message);
    /// Saving failed (e.g. the id is taken): says why, keeps everything.
    void showError(const QString& message);
    /// The discovered record with the user's edits; nullopt before discovery.
    std::optional<PlatformRecord> reviewedRecord() const;

    static QString idFromName(const QString& name);

Q_SIGNALS:
    void discoverRequested(const QUrl& issuer);
    void saveRequested(const Plugboard::PlatformRecord& record);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLineEdit* addField(QFormLayout* form, const QString& label, const QString& objectName);
    void requestDiscovery();
    void requestSave();
    void forgetDiscovery();
    void setBusy(bool busy, const QString& status = QString());
    void updateButtons();
    QString reviewProblem() const;

    std::optional<PlatformRecord> m_discovered;
    bool m_busy = false;
    bool m_idEdited = false;

    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_id = nullptr;
    QPushButton* m_discover = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_endpoints = nullptr;
    QLineEdit* m_authorization = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_revocation = nullptr;
    QLineEdit* m_userinfo = nullptr;
    QLineEdit* m_scopes = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Plugboard

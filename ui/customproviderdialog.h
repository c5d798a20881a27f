#pragma once

#include "core/catalog/platformrecord.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Plugboard {

class EndpointsForm;

/// "Add custom provider": the user gives an issuer URL and a name, then
/// fills one form of endpoints, account fields, scopes and client settings
/// in one of two ways: discovery fills it from the server's published
/// configuration, or the user types it by hand from the provider's
/// documentation. Either way the user reviews (and may edit) the form and
/// saves; both go through the same checks here and the same validation in
/// PlatformCatalog::addCustom().
///
/// The dialog does no network or file work itself: it asks with
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

    /// Discovery found `record`: the form shows its values for review.
    void setDiscoveredRecord(const PlatformRecord& record);
    /// Discovery failed: says why, lets the user change the URL and offers
    /// to enter the endpoints by hand.
    void setDiscoveryError(const QString& message);
    /// Opens the form empty for typing the endpoints by hand (what the
    /// "Enter the endpoints by hand" button does), the endpoints started
    /// with the issuer's address when there is one.
    void enterManually();
    /// Saving failed (e.g. the id is taken): says why, keeps everything.
    void showError(const QString& message);
    /// The record the form describes; nullopt until the form is open
    /// (after discovery or enterManually()).
    std::optional<PlatformRecord> reviewedRecord() const;

    static QString idFromName(const QString& name);

Q_SIGNALS:
    void discoverRequested(const QUrl& issuer);
    void saveRequested(const Plugboard::PlatformRecord& record);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// How the form was filled; None while it is closed.
    enum class Source { None, Discovered, Manual };

    QFormLayout* createIssuerForm();
    void createForm();
    void createFeedback();
    void connectFields();
    void openForm(Source source);
    void fitContents();
    void requestDiscovery();
    void requestSave();
    void forgetDiscovery();
    void setBusy(bool busy, const QString& status = QString());
    void updateButtons();
    QString missingField() const;
    PlatformRecord manualRecord() const;
    QUrl issuerForEndpoints() const;

    Source m_source = Source::None;
    std::optional<PlatformRecord> m_discovered;
    bool m_busy = false;
    bool m_idEdited = false;

    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_id = nullptr;
    QPushButton* m_discover = nullptr;
    QPushButton* m_manual = nullptr;
    QLabel* m_status = nullptr;
    EndpointsForm* m_endpoints = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Plugboard

#pragma once

#include "core/catalog/platformrecord.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Plugboard {

/// The endpoints of a custom provider, to review and change: filled by
/// discovery (showRecord()) or typed in from the provider's documentation
/// (startManual()); one form, so both ways end in the same review and the
/// same checks (problem(), missingField()).
class EndpointsForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsForm)

public:
    explicit EndpointsForm(QWidget* parent = nullptr);
    ~EndpointsForm() override;

    /// What discovery found, to check and change.
    void showRecord(const PlatformRecord& record);
    /// A fresh form for typing: the endpoints start at `prefill` (the
    /// issuer's address), which does not count as filled in.
    void startManual(const QString& prefill);
    void focusFirstField();

    QUrl authorizationEndpoint() const;
    /// Writes the form into `record` (endpoints, identity paths, client
    /// authentication, PKCE, which scopes to ask for).
    void applyTo(PlatformRecord& record) const;
    /// Why Save must wait ("Enter the token endpoint first"), or empty.
    QString missingField() const;
    /// What is wrong with what was typed (an http:// endpoint on another
    /// computer, an account field with spaces), or empty.
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    QString m_prefill;
    QLineEdit* m_authorization = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_revocation = nullptr;
    QLineEdit* m_userinfo = nullptr;
    QLineEdit* m_identityId = nullptr;
    QLineEdit* m_identityName = nullptr;
    QLineEdit* m_scopes = nullptr;
    QComboBox* m_clientAuthentication = nullptr;
    QCheckBox* m_pkce = nullptr;
};

} // namespace Plugboard

#pragma once

#include "core/storage/vaultpassphraseprovider.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Plugboard {

class PassphraseDialog;

/// The window's way to unlock the vault: a PassphraseDialog, asked when a
/// secret is first needed in this session (the store keeps the derived key
/// afterwards), again with "wrong passphrase" after a wrong one. Closing it
/// answers Cancelled: the job that needed the secret fails and says so,
/// nothing else changes.
class DesktopPassphraseProvider final : public QObject, public VaultPassphraseProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopPassphraseProvider)

public:
    explicit DesktopPassphraseProvider(QObject* parent = nullptr);
    ~DesktopPassphraseProvider() override;

    /// Where the dialog opens; none: on its own.
    void setWindow(QWidget* window) { m_window = window; }

    void requestPassphrase(const Request& request, Answer answer) override;

private:
    QPointer<QWidget> m_window;
    QPointer<PassphraseDialog> m_dialog; ///< the question being asked
};

} // namespace Plugboard

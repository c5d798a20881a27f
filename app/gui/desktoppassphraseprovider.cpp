#include "app/gui/desktoppassphraseprovider.h"

#include "ui/passphrasedialog.h"

namespace Plugboard {

DesktopPassphraseProvider::DesktopPassphraseProvider(QObject* parent)
    : QObject(parent)
{ }

DesktopPassphraseProvider::~DesktopPassphraseProvider()
{
    delete m_dialog;
}

void DesktopPassphraseProvider::requestPassphrase(const Request& request, Answer answer)
{
    // The store runs one job at a time, so one question at a time: a second
    // would only come after the first was answered.
    m_dialog = new PassphraseDialog(PassphraseDialog::Purpose::Unlock, request.vaultPath, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (request.again)
        m_dialog->setProblem(tr("That passphrase is wrong. Try again."));
    connect(m_dialog, &QDialog::finished, this, [dialog = m_dialog.data(), answer](int result) {
        if (result == QDialog::Accepted)
            answer(dialog->passphrase());
        else
            answer(Error { ErrorCode::Cancelled,
                           tr("The vault stays locked, so Plugboard cannot read or save secrets. Unlock it "
                              "with its passphrase to go on.") });
    });
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace Plugboard

#include "app/gui/desktopconsentprompter.h"

#include "ui/consentdialog.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWidget>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcConsent, "plugboard.consent")

ConsentAnswer toAnswer(ConsentDialog::Answer answer)
{
    switch (answer) {
    case ConsentDialog::Answer::AllowOnce:
        return ConsentAnswer::AllowOnce;
    case ConsentDialog::Answer::AlwaysAllow:
        return ConsentAnswer::AlwaysAllow;
    case ConsentDialog::Answer::Deny:
        break;
    }
    return ConsentAnswer::Deny;
}

} // namespace

DesktopConsentPrompter::DesktopConsentPrompter(QWidget* window, QObject* parent)
    : ConsentPrompter(parent)
    , m_window(window)
{ }

DesktopConsentPrompter::~DesktopConsentPrompter()
{
    for (const QPointer<ConsentDialog>& dialog : std::as_const(m_dialogs)) {
        if (dialog)
            dialog->dismiss();
    }
}

void DesktopConsentPrompter::ask(quint64 id, const ConsentRequest& request, QDeadlineTimer deadline)
{
    // A window in the tray is hidden: the question then stands alone, or
    // it would not be seen.
    QWidget* parent = m_window && m_window->isVisible() ? m_window.data() : nullptr;
    auto* dialog = new ConsentDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApplication(request.caller);
    dialog->setConnection(request.platformName, request.accountName);
    dialog->setScopes(request.scopes, request.scopeDescriptions);
    dialog->setDeadline(QDateTime::currentDateTimeUtc().addMSecs(deadline.remainingTime()));
    connect(dialog, &ConsentDialog::answered, this, [this, id](ConsentDialog::Answer answer) {
        m_dialogs.remove(id);
        qCInfo(lcConsent) << "question" << id << "answered" << answer;
        Q_EMIT answered(id, toAnswer(answer));
    });
    m_dialogs.insert(id, dialog);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void DesktopConsentPrompter::withdraw(quint64 id)
{
    if (QPointer<ConsentDialog> dialog = m_dialogs.take(id))
        dialog->dismiss();
}

void DesktopConsentPrompter::openSignInPage(const QUrl& url)
{
    if (!QDesktopServices::openUrl(url))
        qCWarning(lcConsent) << "no browser opened the sign-in page";
}

QList<ConsentDialog*> DesktopConsentPrompter::openDialogs() const
{
    QList<ConsentDialog*> open;
    for (const QPointer<ConsentDialog>& dialog : m_dialogs) {
        if (dialog)
            open.append(dialog);
    }
    return open;
}

} // namespace Plugboard

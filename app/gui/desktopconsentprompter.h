#pragma once

#include "app/dbus/consentprompter.h"

#include <QHash>
#include <QPointer>

class QWidget;

namespace Plugboard {

class ConsentDialog;

/// Asks the user in a ConsentDialog, one per question, raised above the
/// window (or alone when the window is in the tray), and opens sign-in
/// pages an application started in the system browser.
class DesktopConsentPrompter final : public ConsentPrompter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopConsentPrompter)

public:
    /// `window` parents the dialogs when it is shown.
    explicit DesktopConsentPrompter(QWidget* window, QObject* parent = nullptr);
    ~DesktopConsentPrompter() override;

    void ask(quint64 id, const ConsentRequest& request, QDeadlineTimer deadline) override;
    void withdraw(quint64 id) override;
    void openSignInPage(const QUrl& url) override;

    /// The open questions' dialogs (tests answer them).
    QList<ConsentDialog*> openDialogs() const;

private:
    QPointer<QWidget> m_window;
    QHash<quint64, QPointer<ConsentDialog>> m_dialogs;
};

} // namespace Plugboard

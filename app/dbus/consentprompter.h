#pragma once

#include "core/access/callerapplication.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Plugboard {

/// What an application asks the user to allow.
struct ConsentRequest
{
    CallerApplication caller;
    QString platformName; ///< "GitLab"
    /// The connection it would use ("gitlab/12345"), with its account; empty
    /// when it asks for a new sign-in (Authorize without a fitting connection).
    QString connectionId;
    QString accountName;
    QStringList scopes; ///< what the token allows
    QMap<QString, QString> scopeDescriptions; ///< from the platform's record
};

enum class ConsentAnswer {
    AllowOnce,
    AlwaysAllow,
    Deny,
};

/// The user's side of the D-Bus API: the desktop app asks in a dialog and
/// opens sign-in pages in the browser. The bus service never shows anything
/// itself, so it can be tested with a scripted prompter.
class ConsentPrompter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentPrompter)

public:
    ~ConsentPrompter() override;

    /// Shows `request` as question `id`; answer with answered(id, …). After
    /// `deadline` the question counts as denied and is withdrawn.
    virtual void ask(quint64 id, const ConsentRequest& request, QDeadlineTimer deadline) = 0;
    /// Question `id` is no longer asked (timed out, or its caller went).
    virtual void withdraw(quint64 id) = 0;
    /// Opens a sign-in page that an application's Authorize started.
    virtual void openSignInPage(const QUrl& url) = 0;

Q_SIGNALS:
    void answered(quint64 id, Plugboard::ConsentAnswer answer);

protected:
    explicit ConsentPrompter(QObject* parent = nullptr);
};

} // namespace Plugboard

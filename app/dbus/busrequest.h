#pragma once

#include "core/access/callerapplication.h"
#include "core/job.h"

#include <QDBusMessage>
#include <QPointer>

#include <functional>

namespace Plugboard {

class BusService;
class CallerLookup;
class ConsentQuestion;
struct Connection;
struct ConsentRequest;

/// One call to the bus API being answered, as a Job: finds out who is
/// calling (once per bus name), then handle() does the method's work and
/// ends with reply() or fail(), which send the D-Bus answer. Parented to the
/// BusService; a request destroyed before it answered answers nothing (the
/// caller's call times out), which only happens when the app quits.
class BusRequest : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusRequest)

public:
    ~BusRequest() override;

protected:
    BusRequest(BusService* service, const QDBusMessage& call);

    /// The method's work, once caller() is known.
    virtual void handle() = 0;

    BusService* service() const { return m_service; }
    const QDBusMessage& call() const { return m_call; }
    const CallerApplication& caller() const { return m_caller; }
    /// The caller's process id, as the bus daemon reported it.
    qint64 callerPid() const { return m_callerPid; }

    /// Calls `granted` when caller() may use `connection`: it holds a grant,
    /// or (when `interactive` and someone can ask) the user allows it now;
    /// "Always allow" stores the grant first. Otherwise fails with
    /// AccessDenied, saying how to grant access.
    void requireAccess(const Connection& connection, bool interactive, std::function<void()> granted);
    /// What the consent prompt shows for `connection` (or, with an empty
    /// one, for a new sign-in to `platformId`).
    ConsentRequest consentRequest(const QString& platformId, const Connection* connection,
                                  const QStringList& scopes) const;
    /// Asks `request`; `answered` gets the finished question.
    void ask(const ConsentRequest& request, std::function<void(ConsentQuestion*)> answered);
    /// AccessDenied for a refusal: the user's, the clock's, or no way to ask.
    Error refusal(const QString& connectionId, const ConsentQuestion* question) const;

    /// Sends the method's return values and finishes.
    void reply(const QVariantList& values = {});
    /// Sends the error for `error` and finishes with it.
    void fail(const Error& error);

private:
    void run() override;
    void onCallerFound(CallerLookup* lookup);

    QPointer<BusService> m_service;
    QDBusMessage m_call;
    CallerApplication m_caller;
    qint64 m_callerPid = 0;
};

} // namespace Plugboard

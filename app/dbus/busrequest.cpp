#include "app/dbus/busrequest.h"

#include "app/dbus/businterface.h"
#include "app/dbus/busservice.h"
#include "app/dbus/callerlookup.h"
#include "app/dbus/consentquestion.h"
#include "core/services.h"

namespace Plugboard {

BusRequest::BusRequest(BusService* service, const QDBusMessage& call)
    : Job(service)
    , m_service(service)
    , m_call(call)
{ }

BusRequest::~BusRequest() = default;

void BusRequest::run()
{
    if (std::optional<CallerApplication> known = m_service->knownCaller(m_call.service())) {
        m_caller = *known;
        m_callerPid = m_service->knownCallerPid(m_call.service());
        handle();
        return;
    }
    startJob(new CallerLookup(m_service->bus(), m_call.service(), this), this, &BusRequest::onCallerFound);
}

void BusRequest::onCallerFound(CallerLookup* lookup)
{
    if (lookup->error().isError()) {
        fail(lookup->error());
        return;
    }
    m_caller = lookup->caller();
    m_callerPid = lookup->pid();
    m_service->rememberCaller(m_call.service(), m_caller, m_callerPid);
    handle();
}

void BusRequest::requireAccess(const Connection& connection, bool interactive, std::function<void()> granted)
{
    GrantRegistry* grants = m_service->services()->grants();
    if (grants->isAllowed(connection.id(), m_caller.id)) {
        granted();
        return;
    }
    if (!interactive || !m_service->prompter()) {
        fail(refusal(connection.id(), nullptr));
        return;
    }
    const QString connectionId = connection.id();
    ask(consentRequest(connection.platformId, &connection, connection.grantedScopes),
        [this, connectionId, granted = std::move(granted)](ConsentQuestion* question) {
            if (question->answer() == ConsentAnswer::Deny) {
                fail(refusal(connectionId, question));
                return;
            }
            if (question->answer() == ConsentAnswer::AlwaysAllow) {
                if (Result<void> stored = m_service->services()->grants()->allow(connectionId, m_caller.id);
                    !stored) {
                    fail(stored.error());
                    return;
                }
            }
            granted();
        });
}

ConsentRequest BusRequest::consentRequest(const QString& platformId, const Connection* connection,
                                          const QStringList& scopes) const
{
    ConsentRequest request;
    request.caller = m_caller;
    const std::optional<PlatformRecord> record = m_service->services()->tokens()->record(platformId);
    request.platformName = record ? record->name : platformId;
    if (connection) {
        request.connectionId = connection->id();
        request.accountName = connection->accountName;
    }
    request.scopes = scopes;
    for (const QString& scope : scopes) {
        if (const ScopeInfo* info = record ? record->scope(scope) : nullptr)
            request.scopeDescriptions.insert(scope, info->description);
    }
    return request;
}

void BusRequest::ask(const ConsentRequest& request, std::function<void(ConsentQuestion*)> answered)
{
    startJob(new ConsentQuestion(m_service->prompter(), request, m_service->consentTimeout(), this), this,
             std::move(answered));
}

Error BusRequest::refusal(const QString& connectionId, const ConsentQuestion* question) const
{
    QString message;
    if (!question)
        message = tr("%1 has no access to %2. Allow it in Plugboard when it asks, or run `plugboard-cli "
                     "grants allow %3 %2`.")
                      .arg(m_caller.name, connectionId, m_caller.id);
    else if (question->timedOut())
        message = tr("Nobody answered whether %1 may use %2, so it was refused. Ask again when someone "
                     "is at the computer.")
                      .arg(m_caller.name, connectionId.isEmpty() ? tr("a new connection") : connectionId);
    else
        message = tr("You refused %1 access to %2.")
                      .arg(m_caller.name, connectionId.isEmpty() ? tr("a new connection") : connectionId);
    return { ErrorCode::AccessDenied, message };
}

void BusRequest::reply(const QVariantList& values)
{
    if (isFinished())
        return;
    m_service->bus().send(m_call.createReply(values));
    emitFinished();
}

void BusRequest::fail(const Error& error)
{
    if (isFinished())
        return;
    m_service->bus().send(BusInterface::errorReply(m_call, error));
    emitFinished(error);
}

} // namespace Plugboard

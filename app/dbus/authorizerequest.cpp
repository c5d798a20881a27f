#include "app/dbus/authorizerequest.h"

#include "app/dbus/busservice.h"
#include "app/dbus/consentquestion.h"
#include "core/lifecycle/connectoperation.h"
#include "core/services.h"

#include <QLoggingCategory>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcAuthorize, "plugboard.dbus.authorize")

} // namespace

AuthorizeRequest::AuthorizeRequest(BusService* service, const QDBusMessage& call, const QString& platformId,
                                   const QStringList& scopes, const BusOptions& options)
    : BusRequest(service, call)
    , m_platformId(platformId)
    , m_scopes(scopes)
    , m_options(options)
{ }

AuthorizeRequest::~AuthorizeRequest() = default;

void AuthorizeRequest::handle()
{
    if (!service()->services()->tokens()->record(m_platformId)) {
        fail({ ErrorCode::UnknownPlatform,
               tr("Plugboard knows no platform \"%1\". `plugboard-cli providers` lists them.")
                   .arg(m_platformId) });
        return;
    }
    (void)service()->services()->connections()->reload();
    const QList<Connection> candidates = fitting();
    if (candidates.isEmpty()) {
        askToSignIn();
        return;
    }
    const Connection chosen = candidates.first();
    requireAccess(chosen, m_options.interactive, [this, id = chosen.id()] { reply({ id }); });
}

QList<Connection> AuthorizeRequest::fitting() const
{
    QList<Connection> granted;
    QList<Connection> others;
    for (const Connection& connection :
         service()->services()->connections()->connectionsForPlatform(m_platformId)) {
        const bool covers
            = std::all_of(m_scopes.cbegin(), m_scopes.cend(), [&connection](const QString& scope) {
                  return connection.grantedScopes.contains(scope);
              });
        if (!covers || connection.state == ConnectionState::NeedsReconnect)
            continue;
        (connection.grantFor(caller().id) ? granted : others).append(connection);
    }
    return granted + others;
}

void AuthorizeRequest::askToSignIn()
{
    const std::optional<PlatformRecord> record = service()->services()->tokens()->record(m_platformId);
    if (record->authKind == AuthKind::Token) {
        fail({ ErrorCode::UnknownConnection,
               tr("%1 is connected with an API key, which only you can give: connect it in Plugboard's "
                  "window, then ask again.")
                   .arg(record->name) });
        return;
    }
    if (!m_options.interactive || !service()->prompter()) {
        fail(refusal(QString(), nullptr));
        return;
    }
    ask(consentRequest(m_platformId, nullptr, m_scopes.isEmpty() ? record->defaultScopes() : m_scopes),
        [this](ConsentQuestion* question) { onSignInAnswer(question); });
}

void AuthorizeRequest::onSignInAnswer(ConsentQuestion* question)
{
    if (question->answer() == ConsentAnswer::Deny) {
        fail(refusal(QString(), question));
        return;
    }
    m_alwaysAllow = question->answer() == ConsentAnswer::AlwaysAllow;
    Services* services = service()->services();
    auto* operation = new ConnectOperation(*services->tokens()->record(m_platformId), services->secrets(),
                                           services->connections(), this);
    operation->setScopes(m_scopes);
    connect(operation, &ConnectOperation::authorizationUrlReady, this, [this](const QUrl& url) {
        if (ConsentPrompter* prompter = service()->prompter())
            prompter->openSignInPage(url);
    });
    startJob(operation, this, &AuthorizeRequest::onConnected);
}

void AuthorizeRequest::onConnected(ConnectOperation* operation)
{
    if (operation->error().isError()) {
        fail(operation->error());
        return;
    }
    const QString id = operation->connectionId();
    qCInfo(lcAuthorize) << "signed in" << id << "for" << caller().id;
    if (m_alwaysAllow) {
        if (Result<void> stored = service()->services()->grants()->allow(id, caller().id); !stored) {
            fail(stored.error());
            return;
        }
    }
    reply({ id });
}

} // namespace Plugboard

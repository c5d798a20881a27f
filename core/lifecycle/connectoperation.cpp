#include "core/lifecycle/connectoperation.h"

#include "core/audit/audittrail.h"
#include "core/oauth/identityrequest.h"
#include "core/platformsettings.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnect, "plugboard.connect")

namespace Plugboard {

ConnectOperation::ConnectOperation(const PlatformRecord& record, SecretStore* secrets,
                                   ConnectionStore* connections, QObject* parent)
    : Job(parent)
    , m_record(record)
    , m_secrets(secrets)
    , m_connections(connections)
{ }

ConnectOperation::~ConnectOperation() = default;

void ConnectOperation::setApiKey(const QString& key, const QString& username, QNetworkAccessManager* network)
{
    m_tokens = {};
    m_tokens.accessToken = key.trimmed();
    m_tokens.username = username.trimmed();
    m_network = network;
}

void ConnectOperation::run()
{
    if (m_record.authKind == AuthKind::Token) {
        checkApiKey();
        return;
    }
    if (m_method == SignInMethod::Device && !m_record.deviceAuthorizationEndpoint.isValid()) {
        emitFinished({ ErrorCode::InvalidArgument,
                       tr("%1 does not offer sign-in with a code on another device. To sign in from another "
                          "machine, connect with --no-browser: open the URL on any machine, then paste the "
                          "address the browser ends on.")
                           .arg(m_record.name) });
        return;
    }
    startJob(CredentialsJob::load(m_secrets, m_record, this), this, &ConnectOperation::onCredentials);
}

void ConnectOperation::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_session)
        m_session->cancel(); // finishes through onSession()
    else if (m_deviceSession)
        m_deviceSession->cancel(); // finishes through onDeviceSession()
    else if (m_connectionId.isEmpty())
        finishSoon(AuthorizationSession::cancelledError(m_record.name));
    // Otherwise the sign-in is done and its tokens are being stored: letting
    // that finish loses nothing; stopping now would.
}

Result<void> ConnectOperation::submitRedirect(const QUrl& address)
{
    if (!m_session)
        return Error { ErrorCode::InvalidArgument,
                       tr("Plugboard is not waiting for a browser for %1 right now.").arg(m_record.name) };
    return m_session->submitRedirect(address);
}

void ConnectOperation::onCredentials(CredentialsJob* job)
{
    if (m_cancelled)
        return;
    if (job->error().isError()) {
        emitFinished(job->error());
        return;
    }
    // With a team's token-exchange proxy the secret stays on that server.
    const QUrl proxy = PlatformSettings::tokenExchangeProxy(m_record.id);
    PlatformRecord needed = m_record;
    needed.credentials = PlatformSettings::requiredCredentials(m_record);
    if (Result<void> complete = job->credentials().checkComplete(needed); !complete) {
        emitFinished(complete.error());
        return;
    }
    m_clientFingerprint = job->credentials().clientFingerprint();
    if (m_method == SignInMethod::Device) {
        startDeviceSession(*job, proxy);
        return;
    }
    AuthorizationSession::Request request;
    request.tokenExchangeProxy = proxy;
    request.record = m_record;
    request.clientId = job->credentials().clientId;
    request.clientSecret = job->credentials().clientSecret;
    request.scopes = m_scopes;
    request.timeout = m_timeout;
    m_session = new AuthorizationSession(request, this);
    connect(m_session, &AuthorizationSession::authorizationUrlReady, this,
            &ConnectOperation::authorizationUrlReady);
    startJob(m_session, this, &ConnectOperation::onSession);
}

void ConnectOperation::startDeviceSession(const CredentialsJob& credentials, const QUrl& proxy)
{
    DeviceAuthorizationSession::Request request;
    request.tokenExchangeProxy = proxy;
    request.record = m_record;
    request.clientId = credentials.credentials().clientId;
    request.clientSecret = credentials.credentials().clientSecret;
    request.scopes = m_scopes;
    request.timeout = m_timeout;
    m_deviceSession = new DeviceAuthorizationSession(request, this);
    connect(m_deviceSession, &DeviceAuthorizationSession::codeReady, this,
            &ConnectOperation::deviceCodeReady);
    startJob(m_deviceSession, this, &ConnectOperation::onDeviceSession);
}

template<typename Session> void ConnectOperation::takeSignIn(Session* session)
{
    session->deleteLater();
    if (session->error().isError()) {
        emitFinished(session->error());
        return;
    }
    m_tokens = session->tokens();
    m_identity = session->identity();
    m_requestedScopes = session->requestedScopes();
    writeTokens();
}

void ConnectOperation::onSession(AuthorizationSession* session)
{
    takeSignIn(session);
}

void ConnectOperation::onDeviceSession(DeviceAuthorizationSession* session)
{
    takeSignIn(session);
}

void ConnectOperation::checkApiKey()
{
    const CredentialField* username = m_record.credentialOfType(CredentialType::Username);
    if (m_tokens.accessToken.isEmpty() || (username && m_tokens.username.isEmpty())) {
        const QString missing = m_tokens.accessToken.isEmpty() ? tr("the API key") : username->label;
        emitFinished({ ErrorCode::MissingCredentials,
                       tr("To connect %1, give %2. Create a key at %3.")
                           .arg(m_record.name, missing, m_record.helpUrl.toString()) });
        return;
    }
    if (!m_network) {
        emitFinished(
            { ErrorCode::InvalidArgument, tr("No API key was given to check for %1.").arg(m_record.name) });
        return;
    }
    m_tokens.obtainedAt = QDateTime::currentDateTimeUtc();
    auto* check = new IdentityRequest(m_record, m_tokens, m_network, this);
    check->setTimeout(int(std::min<qint64>(m_timeout.count(), 30'000)));
    startJob(check, this, &ConnectOperation::onApiKeyChecked);
}

void ConnectOperation::onApiKeyChecked(IdentityRequest* request)
{
    if (m_cancelled)
        return;
    const int status = request->httpStatus();
    if (status == 401 || status == 403) {
        emitFinished(
            { ErrorCode::AccessDenied,
              tr("%1 refused this API key (HTTP %2). Check that you copied all of it and that it has "
                 "not expired or been revoked, or create a new one at %3.")
                  .arg(m_record.name)
                  .arg(status)
                  .arg(m_record.helpUrl.toString()) });
        return;
    }
    if (request->error().isError()) {
        emitFinished(request->error());
        return;
    }
    m_identity = request->identity();
    writeTokens();
}

void ConnectOperation::writeTokens()
{
    m_connectionId = Connection::makeId(m_record.id, m_identity.accountId);
    m_accountName = m_identity.displayName;
    // Tokens first: see the class comment for why this order is safe.
    SecretJob* write
        = m_secrets->write(SecretStore::connectionKey(m_record.id, m_identity.accountId), m_tokens.toJson());
    startJob(write, this, &ConnectOperation::onTokensWritten);
}

void ConnectOperation::onTokensWritten(SecretJob* job)
{
    if (job->error().isError()) {
        emitFinished(job->error());
        return;
    }
    Connection connection;
    if (const std::optional<Connection> existing = m_connections->connection(m_connectionId)) {
        connection = *existing; // reconnecting keeps created, last checked…
        m_replacedExisting = true;
    }
    connection.platformId = m_record.id;
    connection.accountId = m_identity.accountId;
    connection.accountName = m_identity.displayName;
    connection.grantedScopes = m_tokens.grantedScopes;
    connection.requestedScopes = m_requestedScopes;
    connection.usesDefaultScopes = m_scopes.isEmpty();
    connection.refreshable = !m_tokens.refreshToken.isEmpty();
    // The sign-in's refresh token starts its life now (RefreshTokenLifetime).
    connection.refreshIssuedAt = connection.refreshable ? QDateTime::currentDateTimeUtc() : QDateTime();
    connection.expiresAt = m_tokens.expiresAt;
    connection.clientFingerprint = m_clientFingerprint; // empty for an API key, also one replacing a sign-in
    connection.state = ConnectionState::Connected;
    connection.setLastError({});
    m_tokens = {}; // stored; no reason to keep it in memory
    const Result<void> saved = m_connections->upsert(connection);
    if (saved)
        AuditTrail::note(AuditEvent::ConnectionMade, m_connectionId, AuditTrail::ok(), signInDescription());
    emitFinished(saved.error());
}

QString ConnectOperation::signInDescription() const
{
    QString how = m_clientFingerprint.isEmpty() ? QStringLiteral("api key")
        : m_method == SignInMethod::Device      ? QStringLiteral("device code")
                                                : QStringLiteral("browser");
    return m_replacedExisting ? how + QStringLiteral(", replaced the earlier sign-in") : how;
}

void ConnectOperation::finishing()
{
    m_tokens = {};
    qCInfo(lcConnect) << "connect to" << m_record.id << "ended with" << error().codeName();
}

} // namespace Plugboard

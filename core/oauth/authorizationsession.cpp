#include "core/oauth/authorizationsession.h"

#include "core/logging.h"
#include "core/oauth/loopbackreplyhandler.h"
#include "core/oauth/oautherror.h"
#include "core/oauth/oauthnetworkaccessmanager.h"
#include "core/oauth/redirecturi.h"
#include "core/oauth/resultpage.h"
#include "core/oauth/tokenfields.h"
#include "core/securerandom.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

Q_LOGGING_CATEGORY(lcSession, "plugboard.oauth.session")

namespace Plugboard {

namespace {

// Qt 6.8 brought PKCE (S256 by default); before, we add it through the
// parameter hook. Exactly one of the two may run, or two challenges go out.
constexpr bool kQtHasPkce = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0);

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

AuthorizationSession::AuthorizationSession(Request request, QObject* parent)
    : Job(parent)
    , m_request(std::move(request))
    , m_scopes(m_request.scopes.isEmpty() ? m_request.record.defaultScopes() : m_request.scopes)
    , m_network(new OAuthNetworkAccessManager(this))
    , m_handler(new LoopbackReplyHandler(this))
    , m_flow(new QOAuth2AuthorizationCodeFlow(m_network, this))
{
    Logging::guardSecrets();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(browserTimeoutError()); });
    // Connected before the flow connects its own slot (at grant time), so
    // the code and errors are seen here first.
    connect(m_handler, &LoopbackReplyHandler::callbackReceived, this, &AuthorizationSession::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenFieldsReceived, this,
            &AuthorizationSession::onTokenFields);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, &AuthorizationSession::fail);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        Q_EMIT authorizationUrlReady(url);
        preflight(url);
    });
    configureFlow();
}

AuthorizationSession::~AuthorizationSession() = default;

void AuthorizationSession::configureFlow()
{
    const PlatformRecord& record = m_request.record;
    const bool viaProxy = m_request.tokenExchangeProxy.isValid();
    const QUrl tokenUrl = viaProxy ? m_request.tokenExchangeProxy : record.tokenEndpoint;

    m_handler->setPlatformName(record.name);
    m_handler->setRegisteredRedirectUri(RedirectUri::forRegistration(record.redirect));
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(record.authorizationEndpoint);
    m_flow->setAccessTokenUrl(tokenUrl);
    m_flow->setClientIdentifier(m_request.clientId);
    m_flow->setScope(m_scopes.join(record.scopeSeparator));
    m_network->setTokenEndpoint(tokenUrl);
    m_network->setAcceptJson(record.tokenAcceptJson);
    m_network->setRequestTimeout(int(m_request.requestTimeout.count()));

    // The proxy holds the secret; Plugboard never sends one there.
    if (!viaProxy && !m_request.clientSecret.isEmpty()) {
        if (record.clientAuthentication == ClientAuthentication::ClientSecretBasic)
            m_network->setBasicCredentials(m_request.clientId, m_request.clientSecret);
        else if (record.clientAuthentication == ClientAuthentication::ClientSecretPost)
            m_flow->setClientIdentifierSharedKey(m_request.clientSecret);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_flow->setPkceMethod(record.pkce ? QOAuth2AuthorizationCodeFlow::PkceMethod::S256
                                      : QOAuth2AuthorizationCodeFlow::PkceMethod::None);
#endif
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            modifyParameters(stage, parameters);
        });
}

void AuthorizationSession::modifyParameters(QAbstractOAuth::Stage stage,
                                            QMultiMap<QString, QVariant>* parameters)
{
    const PlatformRecord& record = m_request.record;
    switch (stage) {
    case QAbstractOAuth::Stage::RequestingAuthorization:
        if (!kQtHasPkce && record.pkce) {
            m_codeVerifier = SecureRandom::urlSafeToken(32); // 43 characters, RFC 7636 §4.1
            const QByteArray challenge
                = QCryptographicHash::hash(m_codeVerifier, QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            parameters->replace(key("code_challenge"), QString::fromLatin1(challenge));
            parameters->replace(key("code_challenge_method"), key("S256"));
        }
        for (auto it = record.authorizationParameters.cbegin(); it != record.authorizationParameters.cend();
             ++it)
            parameters->replace(it.key(), it.value());
        if (m_scopes.isEmpty()) // Qt sends "scope=" even when there is none
            parameters->remove(key("scope"));
        break;
    case QAbstractOAuth::Stage::RequestingAccessToken:
        // The handler decoded the code fully; put it on the wire encoded
        // exactly once, whatever Qt's version does (QTBUG-81624).
        parameters->replace(key("code"), QString::fromLatin1(QUrl::toPercentEncoding(m_code)));
        if (!kQtHasPkce && record.pkce)
            parameters->replace(key("code_verifier"), QString::fromLatin1(m_codeVerifier));
        break;
    default:
        break;
    }
}

void AuthorizationSession::run()
{
    if (m_stage != Stage::Idle)
        return;
    if (Result<void> listening = m_handler->listen(m_request.record.redirect); !listening) {
        fail(listening.error());
        return;
    }
    m_state = SecureRandom::urlSafeToken(32); // fresh per attempt, 256 bits
    m_flow->setState(QString::fromLatin1(m_state));
    m_handler->expectState(m_state);
    m_timeout.start(m_request.timeout);
    setStage(Stage::WaitingForBrowser);
    qCInfo(lcSession) << "sign-in started for" << m_request.record.id;
    m_flow->grant();
}

void AuthorizationSession::cancel()
{
    // Queued: finished() never reaches the caller inside its own cancel().
    QMetaObject::invokeMethod(
        this, [this] { fail(cancelledError(m_request.record.name)); }, Qt::QueuedConnection);
}

Result<void> AuthorizationSession::submitRedirect(const QUrl& address)
{
    if (m_stage != Stage::WaitingForBrowser)
        return Error {
            ErrorCode::InvalidArgument,
            tr("This sign-in to %1 is not waiting for the browser any more.").arg(m_request.record.name)
        };
    return m_handler->acceptPastedAddress(address);
}

Error AuthorizationSession::cancelledError(const QString& platformName)
{
    return { ErrorCode::Cancelled, tr("Connecting to %1 was cancelled.").arg(platformName) };
}

QUrl AuthorizationSession::redirectUri() const
{
    return m_handler->redirectUri();
}

std::chrono::milliseconds AuthorizationSession::remainingTime() const
{
    return m_timeout.isActive() ? m_timeout.remainingTimeAsDuration() : std::chrono::milliseconds(0);
}

void AuthorizationSession::onCallback(const QVariantMap& values)
{
    if (m_stage != Stage::WaitingForBrowser)
        return;
    const QString error = values.value(key("error")).toString();
    if (!error.isEmpty()) {
        fail(OAuthError::toError({ error, values.value(key("error_description")).toString(), 0 },
                                 m_request.record.name,
                                 RedirectUri::forRegistration(m_request.record.redirect)));
        return;
    }
    m_code = values.value(key("code")).toString();
    if (m_code.isEmpty()) {
        fail({ ErrorCode::ExchangeFailed,
               tr("%1 sent the browser back without an authorization code. Connect again to try once more.")
                   .arg(m_request.record.name) });
        return;
    }
    // The browser has answered: from here on each request has its own
    // deadline, and a slow platform is not the browser's fault.
    m_timeout.stop();
    setStage(Stage::ExchangingCode); // Qt's flow now posts the code
}

void AuthorizationSession::onTokenFields(const QVariantMap& fields)
{
    if (m_stage != Stage::ExchangingCode)
        return;
    // The token request is out, so the redirect URI has been used: nothing
    // more may arrive on the listener (RFC 8252 §8.3).
    m_handler->close();
    m_code.clear();
    m_codeVerifier.clear();
    m_tokens = TokenFields::toTokenSet(fields, m_scopes, QDateTime::currentDateTimeUtc());
    setStage(Stage::Identifying);

    m_identityRequest = new IdentityRequest(m_request.record, m_tokens, m_network, this);
    startJob(m_identityRequest, this, &AuthorizationSession::onIdentity);
}

void AuthorizationSession::onIdentity(IdentityRequest* request)
{
    if (m_stage != Stage::Identifying)
        return;
    if (request->error().isError()) {
        fail(request->error());
        return;
    }
    m_identity = request->identity();
    succeed();
}

void AuthorizationSession::preflight(const QUrl& url)
{
    // A wrong client ID or an unregistered redirect URI makes the platform
    // show an error page in the browser and never come back: without this
    // the user would watch a countdown for minutes. Fetching the same URL
    // (a safe GET; nothing is signed in) shows that error status within
    // seconds. Redirects, success pages and network trouble say nothing
    // either way: the browser's own visit decides then.
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "text/html,application/json;q=0.9");
    request.setTransferTimeout(kPreflightTimeoutMs);
    m_preflight = m_network->get(request);
    connect(m_preflight, &QNetworkReply::finished, this, [this, reply = m_preflight.data()] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_stage != Stage::WaitingForBrowser || status < 400 || status >= 500)
            return;
        qCInfo(lcSession) << "authorization request for" << m_request.record.id << "refused with HTTP"
                          << status;
        fail(OAuthError::refusedAuthorizationRequest(status, reply->readAll(), m_request.record.name,
                                                     RedirectUri::forRegistration(m_request.record.redirect),
                                                     m_request.record.helpUrl));
    });
}

Error AuthorizationSession::browserTimeoutError() const
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_request.timeout).count();
    const QString waited = seconds < 120 ? tr("%n second(s)", nullptr, int(seconds))
                                         : tr("%n minute(s)", nullptr, int(seconds / 60));
    return { ErrorCode::Timeout,
             tr("The browser did not come back from %1 within %2. If %1 showed an error page, check the "
                "client ID and that %3 is registered as a redirect URI; then connect again.")
                 .arg(m_request.record.name, waited,
                      RedirectUri::forRegistration(m_request.record.redirect).toString()) };
}

void AuthorizationSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void AuthorizationSession::succeed()
{
    m_timeout.stop();
    m_handler->finishBrowserPage(ResultPage::success(m_request.record.name, m_identity.displayName));
    m_handler->close();
    setStage(Stage::Succeeded);
    qCInfo(lcSession) << "sign-in succeeded for" << m_request.record.id;
    emitFinished();
}

void AuthorizationSession::fail(Error error)
{
    if (m_stage == Stage::Succeeded || m_stage == Stage::Failed)
        return;
    m_timeout.stop();
    if (QNetworkReply* reply = m_preflight)
        reply->abort();
    if (m_identityRequest) {
        // Aborting finishes the request synchronously; it must not call back.
        disconnect(m_identityRequest, nullptr, this, nullptr);
        m_identityRequest->abort();
    }
    m_tokens = {};
    m_code.clear();
    m_codeVerifier.clear();
    m_handler->finishBrowserPage(ResultPage::failure(m_request.record.name, error.message));
    m_handler->close();
    setStage(Stage::Failed);
    qCInfo(lcSession) << "sign-in failed for" << m_request.record.id << "with" << error.codeName();
    emitFinished(std::move(error));
}

} // namespace Plugboard

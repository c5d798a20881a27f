#include "core/oauth/deviceauthorizationsession.h"

#include "core/oauth/authorizationsession.h"
#include "core/oauth/formencoding.h"
#include "core/oauth/oauthnetworkaccessmanager.h"
#include "core/oauth/replydeadline.h"
#include "core/oauth/tokenfields.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcDevice, "plugboard.oauth.device")

namespace Plugboard {

namespace {

constexpr auto kDeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

QString waited(std::chrono::milliseconds duration)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    // The browser sign-in's words, with their English plural forms.
    return seconds < 120 ? AuthorizationSession::tr("%n second(s)", nullptr, int(seconds))
                         : AuthorizationSession::tr("%n minute(s)", nullptr, int(seconds / 60));
}

} // namespace

DeviceAuthorizationSession::DeviceAuthorizationSession(Request request, QObject* parent)
    : Job(parent)
    , m_request(std::move(request))
    , m_scopes(m_request.scopes.isEmpty() ? m_request.record.defaultScopes() : m_request.scopes)
    , m_network(new OAuthNetworkAccessManager(this))
{
    if (m_request.tokenExchangeProxy.isValid())
        m_request.clientSecret.clear(); // the proxy adds it; Plugboard never sends one there
    const PlatformRecord& record = m_request.record;
    m_network->setTokenEndpoint(m_request.tokenExchangeProxy.isValid() ? m_request.tokenExchangeProxy
                                                                       : record.tokenEndpoint);
    m_network->setDeviceAuthorizationEndpoint(record.deviceAuthorizationEndpoint);
    m_network->setAcceptJson(true); // GitHub answers a form otherwise; the parser reads both
    m_network->setRequestTimeout(int(m_request.requestTimeout.count()));
    if (record.clientAuthentication == ClientAuthentication::ClientSecretBasic
        && !m_request.clientSecret.isEmpty())
        m_network->setBasicCredentials(m_request.clientId, m_request.clientSecret);

    for (QTimer* timer : { &m_timeout, &m_expiry, &m_pollTimer })
        timer->setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(timeoutError()); });
    connect(&m_expiry, &QTimer::timeout, this, [this] { fail(expiredError()); });
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceAuthorizationSession::poll);
}

DeviceAuthorizationSession::~DeviceAuthorizationSession()
{
    if (QNetworkReply* reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

void DeviceAuthorizationSession::run()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_request.record.deviceAuthorizationEndpoint.isValid()) {
        fail({ ErrorCode::InvalidArgument,
               tr("%1 does not offer sign-in with a code on another device.").arg(m_request.record.name) });
        return;
    }
    m_timeout.start(m_request.timeout);
    qCInfo(lcDevice) << "device sign-in started for" << m_request.record.id;
    requestCode();
}

void DeviceAuthorizationSession::cancel()
{
    // Queued: finished() never reaches the caller inside its own cancel().
    QMetaObject::invokeMethod(
        this, [this] { fail(AuthorizationSession::cancelledError(m_request.record.name)); },
        Qt::QueuedConnection);
}

std::chrono::milliseconds DeviceAuthorizationSession::remainingTime() const
{
    if (m_stage != Stage::RequestingCode && m_stage != Stage::WaitingForUser)
        return std::chrono::milliseconds(0);
    std::chrono::milliseconds left = m_timeout.remainingTimeAsDuration();
    if (m_expiry.isActive())
        left = std::min(left, m_expiry.remainingTimeAsDuration());
    return std::max(left, std::chrono::milliseconds(0));
}

QNetworkReply* DeviceAuthorizationSession::post(const QUrl& url, QList<std::pair<QString, QString>> body)
{
    // HTTP Basic, when the record asks for it, is added by m_network.
    const PlatformRecord& record = m_request.record;
    if (record.clientAuthentication != ClientAuthentication::ClientSecretBasic
        || m_request.clientSecret.isEmpty()) {
        body.append({ QStringLiteral("client_id"), m_request.clientId });
        if (record.clientAuthentication == ClientAuthentication::ClientSecretPost
            && !m_request.clientSecret.isEmpty())
            body.append({ QStringLiteral("client_secret"), m_request.clientSecret });
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    m_reply = m_network->post(request, FormEncoding::encode(body));
    return m_reply;
}

void DeviceAuthorizationSession::requestCode()
{
    setStage(Stage::RequestingCode);
    FormEncoding::Items body;
    if (!m_scopes.isEmpty())
        body.append({ QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')) });
    connect(post(m_request.record.deviceAuthorizationEndpoint, body), &QNetworkReply::finished, this,
            &DeviceAuthorizationSession::onCodeReply);
}

std::optional<TokenResponseParser::Reply> DeviceAuthorizationSession::answerOf(QNetworkReply* reply,
                                                                               const QString& what)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || ReplyDeadline::wasTooLarge(reply)) {
        fail(ReplyDeadline::errorFor(reply, peerName(), what, tr("Connect again to try once more.")));
        return std::nullopt;
    }
    return TokenResponseParser::Reply { status,
                                        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                        reply->readAll() };
}

void DeviceAuthorizationSession::onCodeReply()
{
    const std::optional<TokenResponseParser::Reply> answer
        = answerOf(m_reply, tr("the request for a sign-in code"));
    if (!answer || m_stage != Stage::RequestingCode)
        return;
    Result<DeviceAuthorization> parsed
        = DeviceAuthorizationParser::parse(*answer, m_request.record.name, QDateTime::currentDateTimeUtc());
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    m_deviceCode = parsed.value().deviceCode;
    m_code = parsed.value().code;
    m_interval = std::max(m_code.interval, std::chrono::seconds(1));
    const qint64 lifetimeMs = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_code.expiresAt));
    m_codeLifetime = std::chrono::milliseconds(lifetimeMs + 500); // whole seconds, as the platform said
    m_expiry.start(std::chrono::milliseconds(lifetimeMs));
    setStage(Stage::WaitingForUser);
    qCInfo(lcDevice) << "sign-in code issued for" << m_request.record.id << "- polling every"
                     << m_interval.count() << "s";
    m_pollTimer.start(m_interval);
    Q_EMIT codeReady(m_code);
}

void DeviceAuthorizationSession::poll()
{
    if (m_stage != Stage::WaitingForUser)
        return;
    const QUrl url = m_request.tokenExchangeProxy.isValid() ? m_request.tokenExchangeProxy
                                                            : m_request.record.tokenEndpoint;
    const FormEncoding::Items body { { QStringLiteral("grant_type"), QString::fromLatin1(kDeviceCodeGrant) },
                                     { QStringLiteral("device_code"), m_deviceCode } };
    connect(post(url, body), &QNetworkReply::finished, this, &DeviceAuthorizationSession::onPollReply);
}

void DeviceAuthorizationSession::onPollReply()
{
    const std::optional<TokenResponseParser::Reply> answer = answerOf(m_reply, tr("the token request"));
    if (!answer || m_stage != Stage::WaitingForUser)
        return;
    const QString error = TokenResponseParser::fieldsOf(*answer).value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        handlePollError(error, *answer);
        return;
    }
    const Result<QVariantMap> fields = TokenResponseParser::parse(*answer, peerName(), QUrl());
    if (!fields) {
        fail(fields.error());
        return;
    }
    m_timeout.stop();
    m_expiry.stop();
    m_deviceCode.clear(); // used: the platform will not take it again
    m_tokens = TokenFields::toTokenSet(fields.value(), m_scopes, QDateTime::currentDateTimeUtc());
    setStage(Stage::Identifying);
    m_identityRequest = new IdentityRequest(m_request.record, m_tokens, m_network, this);
    m_identityRequest->setTimeout(int(m_request.requestTimeout.count()));
    startJob(m_identityRequest, this, &DeviceAuthorizationSession::onIdentity);
}

void DeviceAuthorizationSession::handlePollError(const QString& error,
                                                 const TokenResponseParser::Reply& answer)
{
    if (error == QLatin1String("authorization_pending")) {
        m_pollTimer.start(m_interval);
    } else if (error == QLatin1String("slow_down")) {
        m_interval += kSlowDownStep; // for the rest of the session (RFC 8628 §3.5)
        qCInfo(lcDevice) << m_request.record.id << "asked to slow down: polling every" << m_interval.count()
                         << "s";
        m_pollTimer.start(m_interval);
    } else if (error == QLatin1String("access_denied")) {
        fail({ ErrorCode::AccessDenied,
               tr("You declined the sign-in to %1 on the other device, so nothing was connected. Connect "
                  "again to try once more.")
                   .arg(m_request.record.name) });
    } else if (error == QLatin1String("expired_token")) {
        fail(expiredError());
    } else {
        const Result<QVariantMap> refused = TokenResponseParser::parse(answer, peerName(), QUrl());
        fail(refused ? Error { ErrorCode::ExchangeFailed, error } : refused.error());
    }
}

void DeviceAuthorizationSession::onIdentity(IdentityRequest* request)
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

Error DeviceAuthorizationSession::timeoutError() const
{
    return { ErrorCode::Timeout,
             tr("The sign-in to %1 was not approved within %2. Connect again (on the command line with a "
                "longer --timeout) to try once more.")
                 .arg(m_request.record.name, waited(m_request.timeout)) };
}

Error DeviceAuthorizationSession::expiredError() const
{
    return { ErrorCode::Timeout,
             tr("The code for %1 expired after %2 before it was approved. Connect again "
                "(`plugboard-cli connect %3 --device`) for a new code.")
                 .arg(m_request.record.name, waited(m_codeLifetime), m_request.record.id) };
}

QString DeviceAuthorizationSession::peerName() const
{
    return m_request.tokenExchangeProxy.isValid()
        ? tr("%1's token-exchange proxy (%2)")
              .arg(m_request.record.name, m_request.tokenExchangeProxy.authority())
        : m_request.record.name;
}

void DeviceAuthorizationSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void DeviceAuthorizationSession::succeed()
{
    setStage(Stage::Succeeded);
    qCInfo(lcDevice) << "device sign-in succeeded for" << m_request.record.id;
    emitFinished();
}

void DeviceAuthorizationSession::fail(Error error)
{
    if (m_stage == Stage::Succeeded || m_stage == Stage::Failed)
        return;
    for (QTimer* timer : { &m_timeout, &m_expiry, &m_pollTimer })
        timer->stop();
    if (QNetworkReply* reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr); // aborting finishes it at once
        reply->abort();
    }
    if (m_identityRequest) {
        disconnect(m_identityRequest, nullptr, this, nullptr);
        m_identityRequest->abort();
    }
    m_tokens = {};
    m_deviceCode.clear();
    setStage(Stage::Failed);
    qCInfo(lcDevice) << "device sign-in failed for" << m_request.record.id << "with" << error.codeName();
    emitFinished(std::move(error));
}

} // namespace Plugboard

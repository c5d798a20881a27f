#include "core/oauth/tokenrefreshrequest.h"

#include "core/oauth/formencoding.h"
#include "core/oauth/oauthnetworkaccessmanager.h"
#include "core/oauth/replydeadline.h"
#include "core/oauth/tokenresponseparser.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcRefresh, "plugboard.oauth.refresh")

namespace Plugboard {

TokenRefreshRequest::TokenRefreshRequest(const PlatformRecord& record, const QString& clientId,
                                         const QString& clientSecret, const QString& refreshToken,
                                         QNetworkAccessManager* network, QObject* parent)
    : Job(parent)
    , m_record(record)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_refreshToken(refreshToken)
    , m_network(network)
{ }

TokenRefreshRequest::~TokenRefreshRequest()
{
    if (QNetworkReply* reply = m_reply) // QPointer: null once Qt deleted it
        reply->abort();
}

void TokenRefreshRequest::run()
{
    QNetworkRequest request(m_proxy.isValid() ? m_proxy : m_record.tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, OAuthNetworkAccessManager::userAgent());
    if (m_record.tokenAcceptJson)
        request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);

    FormEncoding::Items body;
    const auto add = [&body](const QString& key, const QString& value) { body.append({ key, value }); };
    add(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    add(QStringLiteral("refresh_token"), m_refreshToken);
    const bool basic = m_record.clientAuthentication == ClientAuthentication::ClientSecretBasic
        && !m_clientSecret.isEmpty();
    if (basic) {
        request.setRawHeader("Authorization",
                             OAuthNetworkAccessManager::basicAuthorization(m_clientId, m_clientSecret));
    } else {
        add(QStringLiteral("client_id"), m_clientId);
        if (m_record.clientAuthentication == ClientAuthentication::ClientSecretPost
            && !m_clientSecret.isEmpty())
            add(QStringLiteral("client_secret"), m_clientSecret);
    }
    m_reply = m_network->post(request, FormEncoding::encode(body));
    ReplyDeadline::watch(m_reply, std::chrono::milliseconds(m_timeoutMs));
    connect(m_reply, &QNetworkReply::finished, this, &TokenRefreshRequest::onReply);
    qCDebug(lcRefresh) << "refresh requested for" << m_record.id;
}

void TokenRefreshRequest::onReply()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;
    if (status == 0 || ReplyDeadline::wasTooLarge(reply)) {
        emitFinished(ReplyDeadline::errorFor(reply, peerName(), tr("the token renewal"),
                                             tr("Plugboard will try again.")));
        return;
    }
    const TokenResponseParser::Reply answer { status,
                                              reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                              reply->readAll() };
    Result<QVariantMap> fields = TokenResponseParser::parse(answer, peerName(), QUrl());
    if (!fields) {
        emitFinished(fields.error());
        return;
    }
    m_fields = std::move(fields).value();
    emitFinished({});
}

void TokenRefreshRequest::setTokenExchangeProxy(const QUrl& proxy)
{
    m_proxy = proxy;
    if (m_proxy.isValid())
        m_clientSecret.clear(); // the proxy adds it; Plugboard never sends one there
}

QString TokenRefreshRequest::peerName() const
{
    return m_proxy.isValid() ? tr("%1's token-exchange proxy (%2)").arg(m_record.name, m_proxy.authority())
                             : m_record.name;
}

void TokenRefreshRequest::finishing()
{
    qCDebug(lcRefresh) << "refresh for" << m_record.id << "ended with" << error().codeName();
}

} // namespace Plugboard

#include "core/oauth/tokenrevocation.h"

#include "core/oauth/formencoding.h"
#include "core/oauth/oauthnetworkaccessmanager.h"
#include "core/oauth/replydeadline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRevoke, "plugboard.oauth.revoke")

namespace Plugboard {

namespace {

QNetworkRequest baseRequest(const QUrl& url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, OAuthNetworkAccessManager::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    return request;
}

} // namespace

TokenRevocation::TokenRevocation(const PlatformRecord& record, const QString& clientId,
                                 const QString& clientSecret, Tokens tokens, QNetworkAccessManager* network,
                                 QObject* parent)
    : Job(parent)
    , m_record(record)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_tokens(std::move(tokens))
    , m_network(network)
{ }

TokenRevocation::~TokenRevocation()
{
    if (QNetworkReply* reply = m_reply) // QPointer: null once Qt deleted it
        reply->abort();
}

void TokenRevocation::setTokenExchangeProxy(const QUrl& proxy)
{
    m_proxy = proxy;
    if (m_proxy.isValid())
        m_clientSecret.clear(); // the proxy adds it; Plugboard never sends one there
}

TokenRevocation::Call TokenRevocation::rfc7009Call(const QString& token, const QString& hint) const
{
    const QUrl url = m_proxy.isValid() ? m_proxy : m_record.revocationEndpoint;
    Call call { "POST", baseRequest(url, m_timeoutMs), {} };
    call.request.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
    FormEncoding::Items body;
    const auto add = [&body](const QString& key, const QString& value) { body.append({ key, value }); };
    add(QStringLiteral("token"), token);
    add(QStringLiteral("token_type_hint"), hint);
    if (m_record.clientAuthentication == ClientAuthentication::ClientSecretBasic
        && !m_clientSecret.isEmpty()) {
        call.request.setRawHeader("Authorization",
                                  OAuthNetworkAccessManager::basicAuthorization(m_clientId, m_clientSecret));
    } else {
        add(QStringLiteral("client_id"), m_clientId);
        if (!m_clientSecret.isEmpty())
            add(QStringLiteral("client_secret"), m_clientSecret);
    }
    call.body = FormEncoding::encode(body);
    return call;
}

QList<TokenRevocation::Call> TokenRevocation::plannedCalls() const
{
    QList<Call> calls;
    if (!m_record.revocationEndpoint.isValid())
        return calls;
    switch (m_record.revocationStyle) {
    case RevocationStyle::None:
        break;
    case RevocationStyle::Rfc7009:
        if (!m_tokens.refreshToken.isEmpty())
            calls.append(rfc7009Call(m_tokens.refreshToken, QStringLiteral("refresh_token")));
        if (!m_tokens.accessToken.isEmpty())
            calls.append(rfc7009Call(m_tokens.accessToken, QStringLiteral("access_token")));
        break;
    case RevocationStyle::GithubGrant: {
        // DELETE /applications/{client_id}/grant removes the whole grant.
        QString url = m_record.revocationEndpoint.toString();
        url.replace(QLatin1String("%7Bclient_id%7D"),
                    QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
        url.replace(QLatin1String("{client_id}"), QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
        Call call { "DELETE", baseRequest(QUrl(url), m_timeoutMs), {} };
        call.request.setRawHeader("Authorization",
                                  OAuthNetworkAccessManager::basicAuthorization(m_clientId, m_clientSecret));
        call.request.setRawHeader("Accept", "application/vnd.github+json");
        call.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        call.body = QJsonDocument(QJsonObject { { QStringLiteral("access_token"), m_tokens.accessToken } })
                        .toJson(QJsonDocument::Compact);
        calls.append(call);
        break;
    }
    case RevocationStyle::Dropbox:
    case RevocationStyle::Slack: {
        // Both revoke the token that authenticates the call.
        Call call { "POST", baseRequest(m_record.revocationEndpoint, m_timeoutMs), {} };
        call.request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
        calls.append(call);
        break;
    }
    }
    return calls;
}

void TokenRevocation::run()
{
    m_calls = plannedCalls();
    if (m_calls.isEmpty()) {
        emitFinished();
        return;
    }
    sendNext();
}

void TokenRevocation::sendNext()
{
    const Call call = m_calls.takeFirst();
    ++m_requestsSent;
    m_reply = m_network->sendCustomRequest(call.request, call.verb, call.body);
    ReplyDeadline::watch(m_reply, std::chrono::milliseconds(m_timeoutMs));
    connect(m_reply, &QNetworkReply::finished, this, &TokenRevocation::onReply);
}

void TokenRevocation::onReply()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // RFC 7009 §2.2: 200 also for tokens that were already invalid; GitHub
    // answers 204, and 404 once the grant is gone, which is what we want.
    // Google answers 400 invalid_token for a token that revoking the
    // refresh token already killed: gone is what we wanted.
    const bool alreadyGone = status == 400 && reply->readAll().contains("invalid_token");
    const bool revoked = (status >= 200 && status < 300) || alreadyGone
        || (status == 404 && m_record.revocationStyle == RevocationStyle::GithubGrant);
    if (!revoked) {
        const QString advice = tr("Plugboard forgot the tokens here; to cut access, remove the app at %1.")
                                   .arg(m_record.helpUrl.toString());
        if (status == 0) {
            const Error unreachable
                = ReplyDeadline::errorFor(reply, m_record.name, tr("the revocation"), advice);
            emitFinished({ ErrorCode::ExchangeFailed, unreachable.message });
            return;
        }
        emitFinished({ ErrorCode::ExchangeFailed,
                       tr("Could not revoke at %1: HTTP %2. %3")
                           .arg(m_record.name, QString::number(status), advice) });
        return;
    }
    if (m_calls.isEmpty())
        emitFinished({});
    else
        sendNext();
}

void TokenRevocation::finishing()
{
    qCInfo(lcRevoke) << "revocation at" << m_record.id << "ended with" << error().codeName() << "after"
                     << m_requestsSent << "request(s)";
}

} // namespace Plugboard

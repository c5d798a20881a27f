#include "core/oauth/identityrequest.h"

#include "core/oauth/replydeadline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcIdentity, "plugboard.oauth.identity")

namespace Plugboard {

IdentityRequest::IdentityRequest(const PlatformRecord& record, const TokenSet& tokens,
                                 QNetworkAccessManager* network, QObject* parent)
    : Job(parent)
    , m_record(record)
    , m_accessToken(tokens.accessToken)
    , m_username(tokens.username)
    , m_network(network)
{ }

IdentityRequest::~IdentityRequest()
{
    if (QNetworkReply* reply = m_reply) // QPointer: null once Qt deleted it
        reply->abort();
}

QString IdentityRequest::valueAt(const QByteArray& json, const QString& path)
{
    QJsonValue value = QJsonDocument::fromJson(json).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString& part : parts) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && value.isArray())
            value = value.toArray().at(index);
        else if (value.isObject())
            value = value.toObject().value(part);
        else
            return {};
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return {};
}

void IdentityRequest::run()
{
    if (!m_record.userinfoEndpoint.isValid()) {
        emitFinished(
            { ErrorCode::InvalidRecord,
              tr("%1 declares no userinfo endpoint, so Plugboard cannot tell which account signed in.")
                  .arg(m_record.name) });
        return;
    }
    QNetworkRequest request = authorizedRequest();
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    for (auto it = m_record.identityHeaders.cbegin(); it != m_record.identityHeaders.cend(); ++it)
        request.setRawHeader(it.key().toLatin1(), it.value().toUtf8());
    // Dropbox's account endpoint is POST with no body; most are GET.
    m_reply = m_record.identityMethod == QLatin1String("POST") ? m_network->post(request, QByteArray())
                                                               : m_network->get(request);
    ReplyDeadline::watch(m_reply, std::chrono::milliseconds(m_timeoutMs));
    connect(m_reply, &QNetworkReply::finished, this, &IdentityRequest::onReply);
}

QNetworkRequest IdentityRequest::authorizedRequest() const
{
    QNetworkRequest request(m_record.userinfoEndpoint);
    if (m_record.authKind == AuthKind::OAuth2) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
        return request;
    }
    const ApiKeyRule& rule = m_record.apiKey;
    switch (rule.placement) {
    case ApiKeyPlacement::Header:
        request.setRawHeader(rule.header.toLatin1(), (rule.prefix + m_accessToken).toUtf8());
        break;
    case ApiKeyPlacement::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_username + QLatin1Char(':') + m_accessToken).toUtf8().toBase64());
        break;
    case ApiKeyPlacement::Query: {
        QUrl url = m_record.userinfoEndpoint;
        QUrlQuery query(url);
        query.addQueryItem(rule.parameter, QString::fromUtf8(QUrl::toPercentEncoding(m_accessToken)));
        url.setQuery(query);
        request.setUrl(url);
        break;
    }
    }
    return request;
}

void IdentityRequest::abort()
{
    if (QNetworkReply* reply = m_reply) // QPointer: null once Qt deleted it
        reply->abort();
}

void IdentityRequest::onReply()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;
    if (status == 0 || ReplyDeadline::wasTooLarge(reply)) {
        Error error
            = ReplyDeadline::errorFor(reply, m_record.name, tr("the question which account signed in"),
                                      tr("Check your connection and try again."));
        // Qt's network errors may quote the URL, where a query-style key sits.
        for (const QString& form :
             { m_accessToken, QString::fromUtf8(QUrl::toPercentEncoding(m_accessToken)) }) {
            if (!form.isEmpty())
                error.message.replace(form, QStringLiteral("…"));
        }
        emitFinished(error);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        emitFinished({ ErrorCode::ExchangeFailed,
                       tr("%1 did not say which account signed in (HTTP %2). Connect again; "
                          "if it keeps failing, check the app's permissions at %1.")
                           .arg(m_record.name, QString::number(status)) });
        return;
    }
    m_identity.accountId = valueAt(body, m_record.identityIdPath);
    m_identity.displayName = valueAt(body, m_record.identityNamePath);
    if (m_identity.accountId.isEmpty()) {
        emitFinished(
            { ErrorCode::ExchangeFailed,
              tr("%1's account information has no \"%2\" field, so Plugboard cannot tell the account apart. "
                 "Check the platform record's identity settings.")
                  .arg(m_record.name, m_record.identityIdPath) });
        return;
    }
    if (m_identity.displayName.isEmpty())
        m_identity.displayName = m_identity.accountId;
    qCDebug(lcIdentity) << "identified account on" << m_record.id;
    emitFinished({});
}

void IdentityRequest::finishing()
{
    m_accessToken.clear();
    m_username.clear();
}

} // namespace Plugboard

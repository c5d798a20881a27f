#include "core/oauth/oauthnetworkaccessmanager.h"

#include "core/applicationinfo.h"
#include "core/oauth/replydeadline.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace Plugboard {

OAuthNetworkAccessManager::OAuthNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{ }

OAuthNetworkAccessManager::~OAuthNetworkAccessManager() = default;

QByteArray OAuthNetworkAccessManager::userAgent()
{
    return "Plugboard/" + ApplicationInfo::version().toLatin1();
}

QByteArray OAuthNetworkAccessManager::basicAuthorization(const QString& clientId, const QString& clientSecret)
{
    const QByteArray pair = QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
    return "Basic " + pair.toBase64();
}

void OAuthNetworkAccessManager::setBasicCredentials(const QString& clientId, const QString& clientSecret)
{
    m_basicAuthorization = basicAuthorization(clientId, clientSecret);
}

QNetworkReply* OAuthNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& request,
                                                        QIODevice* outgoingData)
{
    QNetworkRequest decorated(request);
    decorated.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (decorated.transferTimeout() == 0)
        decorated.setTransferTimeout(m_timeoutMs);
    const bool authenticates = request.url().matches(m_tokenEndpoint, QUrl::StripTrailingSlash)
        || (m_deviceEndpoint.isValid() && request.url().matches(m_deviceEndpoint, QUrl::StripTrailingSlash));
    if (authenticates) {
        if (m_acceptJson)
            decorated.setRawHeader("Accept", "application/json");
        if (!m_basicAuthorization.isEmpty())
            decorated.setRawHeader("Authorization", m_basicAuthorization);
    }
    QNetworkReply* reply = QNetworkAccessManager::createRequest(operation, decorated, outgoingData);
    ReplyDeadline::watch(reply, std::chrono::milliseconds(decorated.transferTimeout()));
    return reply;
}

} // namespace Plugboard

#include "core/oauth/mastodonappregistration.h"

#include "core/oauth/formencoding.h"
#include "core/oauth/redirecturi.h"
#include "core/oauth/replydeadline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcMastodon, "plugboard.oauth.mastodon")

namespace Plugboard {

MastodonAppRegistration::MastodonAppRegistration(const PlatformRecord& record, const QUrl& serverUrl,
                                                 QNetworkAccessManager* network, QObject* parent)
    : Job(parent)
    , m_record(record)
    , m_serverUrl(serverUrl)
    , m_network(network)
{ }

MastodonAppRegistration::~MastodonAppRegistration()
{
    if (QNetworkReply* reply = m_reply) // QPointer: null once Qt deleted it
        reply->abort();
}

void MastodonAppRegistration::run()
{
    QStringList scopes;
    for (const ScopeInfo& scope : std::as_const(m_record.scopes))
        scopes.append(scope.name);
    QUrl url = m_serverUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1/apps"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = FormEncoding::encode({
        { QStringLiteral("client_name"), QStringLiteral("Plugboard") },
        { QStringLiteral("redirect_uris"), RedirectUri::forRegistration(m_record.redirect).toString() },
        { QStringLiteral("scopes"), scopes.join(QLatin1Char(' ')) },
    });
    m_reply = m_network->post(request, body);
    ReplyDeadline::watch(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &MastodonAppRegistration::onReply);
}

void MastodonAppRegistration::onReply()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString server = m_serverUrl.host();
    if (status == 0 || ReplyDeadline::wasTooLarge(reply)) {
        emitFinished(
            ReplyDeadline::errorFor(reply, server, tr("the registration of Plugboard"),
                                    tr("Check the server address and your connection, then add it again.")));
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    m_clientId = answer.value(QLatin1String("client_id")).toString();
    m_clientSecret = answer.value(QLatin1String("client_secret")).toString();
    if (status < 200 || status >= 300 || m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        m_clientId.clear();
        m_clientSecret.clear();
        const QString reason = answer.value(QLatin1String("error")).toString();
        emitFinished({ ErrorCode::ExchangeFailed,
                       tr("%1 did not register Plugboard as an app (HTTP %2%3). Check that %1 is a Mastodon "
                          "server and that it accepts new apps, then add it again.")
                           .arg(server)
                           .arg(status)
                           .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason.left(200)) });
        return;
    }
    qCInfo(lcMastodon) << "registered with" << server;
    emitFinished({});
}

void MastodonAppRegistration::finishing()
{
    if (error().isError())
        qCInfo(lcMastodon) << "registration with" << m_serverUrl.host() << "ended with" << error().codeName();
}

} // namespace Plugboard

#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plugboard {

/// One refresh_token grant (RFC 6749 §6) against a platform's token
/// endpoint, with the client authentication the record asks for.
///
/// Written by hand rather than through QOAuth2AuthorizationCodeFlow::
/// refreshAccessToken(): on Qt 6.4 a failed refresh leaves that flow stuck
/// in RefreshingToken for good and reports nothing (QTBUG-102279), it sends
/// redirect_uri and an empty client_secret, and building a whole flow would
/// slow down `plugboard-cli token`. Callers serialise refreshes (one per
/// connection at a time); this class only speaks the protocol.
class TokenRefreshRequest final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRefreshRequest)

public:
    TokenRefreshRequest(const PlatformRecord& record, const QString& clientId, const QString& clientSecret,
                        const QString& refreshToken, QNetworkAccessManager* network,
                        QObject* parent = nullptr);
    ~TokenRefreshRequest() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Sends the grant to a team's token-exchange proxy instead of the
    /// platform: the proxy holds the client secret and adds it, so none is
    /// sent. An invalid URL sends to the platform.
    void setTokenExchangeProxy(const QUrl& proxy);

    /// The token endpoint's answer on success (access_token always present).
    const QVariantMap& fields() const { return m_fields; }
    /// 0 when no HTTP answer came; a 5xx means "try again later", unlike
    /// invalid_grant, which means the sign-in is gone.
    int httpStatus() const { return m_httpStatus; }

private:
    /// Who answers, as errors name it: the platform, or its proxy.
    QString peerName() const;
    void onReply();
    void run() override;
    void finishing() override;

    PlatformRecord m_record;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_proxy;
    int m_timeoutMs = 30'000;
    int m_httpStatus = 0;
    QVariantMap m_fields;
};

} // namespace Plugboard

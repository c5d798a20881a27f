#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

namespace Plugboard {

/// The network access manager an OAuth flow posts through. Qt 6.4 has no
/// hook for token request headers (setNetworkRequestModifier arrives in
/// 6.9), so this adds them on the way out, for the token endpoint only:
/// Accept: application/json where the record asks for it (GitHub answers
/// form-encoded without it; the parser reads both), HTTP
/// Basic client authentication (RFC 6749 §2.3.1; Qt only offers the secret
/// in the body), a transfer timeout, an overall deadline and size limit
/// (ReplyDeadline) and Plugboard's User-Agent. The device authorization
/// endpoint, where set, is treated like the token endpoint.
class OAuthNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthNetworkAccessManager)

public:
    explicit OAuthNetworkAccessManager(QObject* parent = nullptr);
    ~OAuthNetworkAccessManager() override;

    void setTokenEndpoint(const QUrl& url) { m_tokenEndpoint = url; }
    /// The device flow's first endpoint, where the client authenticates as
    /// at the token endpoint (RFC 8628 §3.1): gets the same headers.
    void setDeviceAuthorizationEndpoint(const QUrl& url) { m_deviceEndpoint = url; }
    /// Asks the token endpoint for JSON (the record's token_response.accept_json).
    void setAcceptJson(bool acceptJson) { m_acceptJson = acceptJson; }
    /// Sends client_id:client_secret as HTTP Basic to the token endpoint.
    void setBasicCredentials(const QString& clientId, const QString& clientSecret);
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    static QByteArray userAgent();
    /// "Basic base64(id:secret)", both parts form-encoded (RFC 6749 §2.3.1).
    static QByteArray basicAuthorization(const QString& clientId, const QString& clientSecret);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    QUrl m_tokenEndpoint;
    QUrl m_deviceEndpoint;
    QByteArray m_basicAuthorization;
    bool m_acceptJson = false;
    int m_timeoutMs = 30'000;
};

} // namespace Plugboard

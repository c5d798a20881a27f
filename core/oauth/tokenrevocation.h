#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plugboard {

/// Takes a connection's tokens back at the platform when the user
/// disconnects, the way the record says the platform does it: RFC 7009
/// (refresh token first, then the access token, so a stolen refresh token
/// cannot mint new access), GitHub's grant deletion, or Dropbox's and
/// Slack's bearer-authenticated revoke calls.
///
/// A platform without a revoke call finishes at once with no error.
class TokenRevocation final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRevocation)

public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
    };

    TokenRevocation(const PlatformRecord& record, const QString& clientId, const QString& clientSecret,
                    Tokens tokens, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TokenRevocation() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Sends RFC 7009 revocations to the team's token-exchange proxy instead,
    /// with the client id and no secret: the proxy adds the secret, as it
    /// does for token requests (it tells the two apart by the `token`
    /// parameter, which a token request never has).
    void setTokenExchangeProxy(const QUrl& proxy);

    /// "Could not revoke at GitHub: …" with the app-permissions link, or none.
    /// How many revocation requests went out (0 when the platform has none).
    int requestsSent() const { return m_requestsSent; }

private:
    struct Call
    {
        QByteArray verb;
        QNetworkRequest request;
        QByteArray body;
    };

    QList<Call> plannedCalls() const;
    Call rfc7009Call(const QString& token, const QString& hint) const;
    void sendNext();
    void onReply();
    void run() override;
    void finishing() override;

    PlatformRecord m_record;
    QString m_clientId;
    QString m_clientSecret;
    Tokens m_tokens;
    QNetworkAccessManager* m_network = nullptr;
    QList<Call> m_calls;
    QUrl m_proxy;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 15'000;
    int m_requestsSent = 0;
};

} // namespace Plugboard

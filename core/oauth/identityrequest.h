#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"
#include "core/storage/tokenset.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Plugboard {

/// The account behind an access token, as a platform names it.
struct Identity
{
    QString accountId; ///< stable id: part of the connection id
    QString displayName; ///< what people recognise: login, name or email
};

/// Asks a platform's userinfo endpoint who the access token belongs to, and
/// reads the account id and display name at the record's dotted paths
/// ("user.id"). An OAuth token goes as a bearer header; an API key where the
/// record's ApiKeyRule puts it. A Job (core/job.h).
class IdentityRequest final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityRequest)

public:
    /// Uses the access token (for API keys, the key) and, for keys sent
    /// over HTTP Basic, the username of `tokens`.
    IdentityRequest(const PlatformRecord& record, const TokenSet& tokens, QNetworkAccessManager* network,
                    QObject* parent = nullptr);
    ~IdentityRequest() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void abort();

    const Identity& identity() const { return m_identity; }
    /// The userinfo endpoint's HTTP status; 0 when no answer came. 401 and
    /// 403 mean the token no longer works; 5xx that the platform has trouble.
    int httpStatus() const { return m_httpStatus; }

    /// The value at a dotted path ("user.id", "data.0.login") in a JSON
    /// document, as text; numbers come out without a decimal point.
    static QString valueAt(const QByteArray& json, const QString& path);

private:
    void onReply();
    QNetworkRequest authorizedRequest() const;
    void run() override;
    void finishing() override;

    PlatformRecord m_record;
    QString m_accessToken;
    QString m_username;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30'000;
    int m_httpStatus = 0;
    Identity m_identity;
};

} // namespace Plugboard

#pragma once

#include "core/catalog/platformrecord.h"
#include "core/error.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plugboard {

/// The account behind an access token, as a platform names it.
struct Identity
{
    QString accountId; ///< stable id: part of the connection id
    QString displayName; ///< what people recognise: login, name or email
};

/// Asks a platform's userinfo endpoint who the access token belongs to, and
/// reads the account id and display name at the record's dotted paths
/// ("user.id"). Job shape: start(), finished() exactly once, error().
/// Deletes itself after finished() unless setAutoDelete(false).
class IdentityRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityRequest)

public:
    IdentityRequest(const PlatformRecord& record, const QString& accessToken, QNetworkAccessManager* network,
                    QObject* parent = nullptr);
    ~IdentityRequest() override;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start();
    void abort();

    const Error& error() const { return m_error; }
    const Identity& identity() const { return m_identity; }
    /// The userinfo endpoint's HTTP status; 0 when no answer came. 401 and
    /// 403 mean the token no longer works; 5xx that the platform has trouble.
    int httpStatus() const { return m_httpStatus; }

    /// The value at a dotted path ("user.id", "data.0.login") in a JSON
    /// document, as text; numbers come out without a decimal point.
    static QString valueAt(const QByteArray& json, const QString& path);

Q_SIGNALS:
    void finished(Plugboard::IdentityRequest* request);

private:
    void onReply();
    void finish(Error error);

    PlatformRecord m_record;
    QString m_accessToken;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30'000;
    int m_httpStatus = 0;
    bool m_autoDelete = true;
    bool m_finished = false;
    Error m_error;
    Identity m_identity;
};

} // namespace Plugboard

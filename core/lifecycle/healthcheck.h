#pragma once

#include "core/catalog/platformrecord.h"
#include "core/connectionstate.h"
#include "core/error.h"

#include <QObject>

namespace Plugboard {

class IdentityRequest;
class TokenService;
class ValidTokenJob;

/// Confirms that a connection works: gets a valid access token (renewing it
/// when due) and makes the cheapest authenticated call the platform record
/// names, its userinfo endpoint. Records "last checked", the outcome and the
/// resulting state in the connection's metadata.
///
///   valid token ─▶ userinfo ─┬─ 2xx ─▶ Connected (or NeedsReconsent)
///                            ├─ 401 ─▶ renew once ─▶ userinfo again ─▶ 401: NeedsReconnect
///                            ├─ 5xx / no answer ─▶ Degraded
///                            └─ other ─▶ Error
///
/// A platform without a userinfo endpoint is checked as far as it can be:
/// the token is there and valid (renewed if due). Local trouble (a locked
/// keyring) is reported but not recorded as the connection's state: the
/// connection itself may be fine.
///
/// Job shape: start(), finished() exactly once, error(); deletes itself
/// after finished() unless setAutoDelete(false).
class HealthCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheck)

public:
    HealthCheck(TokenService* service, const QString& connectionId, QObject* parent = nullptr);
    ~HealthCheck() override;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void start();

    QString connectionId() const { return m_connectionId; }
    const Error& error() const { return m_error; }
    /// The state the check found (also stored); meaningful after finished().
    ConnectionState state() const { return m_state; }
    /// False when the platform declares no identity endpoint and no renewal
    /// was needed: nothing was asked, so nothing was recorded as checked.
    bool verifiedAtPlatform() const { return m_verified; }

Q_SIGNALS:
    void finished(Plugboard::HealthCheck* check);

private:
    void onToken(ValidTokenJob* job);
    void onIdentity(IdentityRequest* request);
    void markChecked();
    void record(ConnectionState state, const Error& error);
    void finish(Error error);

    TokenService* m_service = nullptr;
    QString m_connectionId;
    PlatformRecord m_record;
    QString m_accessToken;
    ConnectionState m_state = ConnectionState::Error;
    Error m_error;
    bool m_renewed = false;
    bool m_verified = true;
    bool m_autoDelete = true;
    bool m_finished = false;
};

} // namespace Plugboard

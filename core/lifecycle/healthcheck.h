#pragma once

#include "core/catalog/platformrecord.h"
#include "core/connectionstate.h"
#include "core/job.h"

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
class HealthCheck final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheck)

public:
    HealthCheck(TokenService* service, const QString& connectionId, QObject* parent = nullptr);
    ~HealthCheck() override;

    QString connectionId() const { return m_connectionId; }
    /// The state the check found (also stored); meaningful after finished().
    ConnectionState state() const { return m_state; }
    /// False when the platform declares no identity endpoint and no renewal
    /// was needed: nothing was asked, so nothing was recorded as checked.
    bool verifiedAtPlatform() const { return m_verified; }

private:
    void onToken(ValidTokenJob* job);
    void onIdentity(IdentityRequest* request);
    void markChecked();
    void record(ConnectionState state, const Error& error);
    void run() override;
    void finishing() override;

    TokenService* m_service = nullptr;
    QString m_connectionId;
    PlatformRecord m_record;
    QString m_accessToken;
    ConnectionState m_state = ConnectionState::Error;
    bool m_renewed = false;
    bool m_verified = true;
};

} // namespace Plugboard

#pragma once

#include "core/job.h"
#include "core/lifecycle/tokenneed.h"
#include "core/storage/tokenset.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace Plugboard {

class RefreshFlight;
class SecretJob;
class TokenService;

/// One caller's request for a working access token; made by
/// TokenService::validToken(). The fast path is one keyring read and no
/// network: a stored token valid long enough is handed out at once.
/// Otherwise the job joins the connection's RefreshFlight.
///
/// A connection stored as NeedsReconnect hands out nothing and fails with
/// its last error (InvalidGrant): only signing in again heals it, and the
/// tokens it may still hold are kept, not renewed (a new client id leaves
/// them valid at the platform, but renewing them with the new client would
/// get them refused and deleted).
class ValidTokenJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidTokenJob)

public:
    ~ValidTokenJob() override;

    QString connectionId() const { return m_connectionId; }
    const TokenSet& tokens() const { return m_tokens; }
    /// True when the tokens were renewed at the platform for this request
    /// (by this process); false when the stored ones were good.
    bool refreshed() const { return m_refreshed; }

private:
    friend class TokenService;
    ValidTokenJob(TokenService* service, const QString& connectionId, TokenNeed need);

    /// The error to fail with when the stored connection needs a reconnect.
    std::optional<Error> needsReconnect() const;
    void onRead(SecretJob* job);
    void joinFlight();
    void onFlightFinished(RefreshFlight* flight);
    void run() override;
    void finishing() override;

    QPointer<TokenService> m_service;
    QString m_connectionId;
    TokenNeed m_need;
    TokenSet m_tokens;
    int m_flightsJoined = 0;
    bool m_refreshed = false;
};

} // namespace Plugboard

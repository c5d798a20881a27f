#pragma once

#include "core/error.h"
#include "core/lifecycle/tokenneed.h"
#include "core/storage/tokenset.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace Plugboard {

class RefreshFlight;
class SecretJob;
class TokenService;

/// One caller's request for a working access token; made by
/// TokenService::validToken(). The fast path is one keyring read and no
/// network: a stored token valid long enough is handed out at once.
/// Otherwise the job joins the connection's RefreshFlight.
///
/// Job shape: start(), finished() exactly once from the event loop,
/// error(); deletes itself after finished() unless setAutoDelete(false).
/// tokens() may hold a refresh token: never print or log it; give callers
/// only what they asked for.
class ValidTokenJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidTokenJob)

public:
    ~ValidTokenJob() override;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void start();

    QString connectionId() const { return m_connectionId; }
    const Error& error() const { return m_error; }
    const TokenSet& tokens() const { return m_tokens; }
    /// True when the tokens were renewed at the platform for this request
    /// (by this process); false when the stored ones were good.
    bool refreshed() const { return m_refreshed; }

Q_SIGNALS:
    void finished(Plugboard::ValidTokenJob* job);

private:
    friend class TokenService;
    ValidTokenJob(TokenService* service, const QString& connectionId, TokenNeed need);

    void onRead(SecretJob* job);
    void joinFlight();
    void onFlightFinished(RefreshFlight* flight);
    void finish(Error error);

    QPointer<TokenService> m_service;
    QString m_connectionId;
    TokenNeed m_need;
    TokenSet m_tokens;
    Error m_error;
    int m_flightsJoined = 0;
    bool m_refreshed = false;
    bool m_autoDelete = true;
    bool m_finished = false;
};

} // namespace Plugboard

#pragma once

#include "app/dbus/busoptions.h"
#include "app/dbus/busrequest.h"
#include "app/dbus/tokenmemory.h"

namespace Plugboard {

class ValidTokenJob;

/// GetAccessToken(s connection, a{sv} options) → (s token, x expires_at,
/// as scopes): the connection's access token, renewed first when it would
/// not stay valid for min_validity, through the same single-flight renewal
/// as the command line; only for an application the user allowed. Each
/// hand-out under a grant is recorded in it (when, how often). A token the
/// app handed out lately and that is still good enough comes from memory
/// (TokenMemory), without a keyring read.
class TokenHandout final : public BusRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHandout)

public:
    TokenHandout(BusService* service, const QDBusMessage& call, const QString& connectionId,
                 const BusOptions& options);
    ~TokenHandout() override;

private:
    void handle() override;
    void handOut();
    void onToken(ValidTokenJob* job);
    void answer(const TokenMemory::Handout& handout);

    QString m_connectionId;
    BusOptions m_options;
};

} // namespace Plugboard

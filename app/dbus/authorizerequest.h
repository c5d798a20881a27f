#pragma once

#include "app/dbus/busoptions.h"
#include "app/dbus/busrequest.h"

namespace Plugboard {

class ConnectOperation;
class ConsentQuestion;

/// Authorize(s platform, as scopes, a{sv} options) → s connection: the
/// name of a connection of that platform whose granted scopes cover
/// `scopes` and that the application may use. Without a grant the user is
/// asked (interactive only); without a fitting connection the user is asked
/// to sign in, in the browser, with those scopes, and the new connection's
/// name is the answer. Cancelled, AccessDenied or Timeout otherwise.
class AuthorizeRequest final : public BusRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizeRequest)

public:
    AuthorizeRequest(BusService* service, const QDBusMessage& call, const QString& platformId,
                     const QStringList& scopes, const BusOptions& options);
    ~AuthorizeRequest() override;

private:
    void handle() override;
    /// The platform's connections that cover the scopes: granted ones first.
    QList<Connection> fitting() const;
    void askToSignIn();
    void onSignInAnswer(ConsentQuestion* question);
    void onConnected(ConnectOperation* operation);

    QString m_platformId;
    QStringList m_scopes;
    BusOptions m_options;
    bool m_alwaysAllow = false;
};

} // namespace Plugboard

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Plugboard {

/// What the audit trail records: everything that touches a secret or who
/// may have one. The names (name()) are written to the trail and accepted by
/// `plugboard-cli audit --event`: never rename one.
enum class AuditEvent {
    CredentialsSaved, ///< app credentials stored where there were none
    CredentialsReplaced,
    CredentialsRemoved,
    ProviderAdded, ///< a custom provider record written (new or replaced)
    ProviderRemoved,
    ConnectionMade, ///< a sign-in or API key stored (also a reconnect)
    ConnectionRenewed,
    RenewalFailed, ///< a renewal failed; the tokens were kept
    NeedsReconnect, ///< the platform refused the grant; the tokens are gone
    ConnectionChecked,
    ConnectionDisconnected, ///< detail: what the revocation at the platform did
    TokenHandedOut, ///< an access token given to a program (the actor)
    GrantGiven, ///< an application may take a connection's tokens (detail: the app)
    GrantRevoked,
    BackupExported,
    BackupImported,
    VaultUnlocked,
    VaultWrongPassphrase,
};

class AuditEvents final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::AuditEvents)

public:
    /// "credentials.saved", "connection.renewal_failed", …
    static QString name(AuditEvent event);
    static std::optional<AuditEvent> fromName(const QString& name);
    /// Every name, in the order of the enum.
    static QStringList names();
    /// "Credentials saved", for people (translated).
    static QString title(const QString& name);
};

} // namespace Plugboard

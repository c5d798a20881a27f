#include "core/audit/auditevent.h"

#include <array>
#include <utility>

namespace Plugboard {

namespace {

using Named = std::pair<AuditEvent, const char*>;

constexpr std::array kNames {
    Named { AuditEvent::CredentialsSaved, "credentials.saved" },
    Named { AuditEvent::CredentialsReplaced, "credentials.replaced" },
    Named { AuditEvent::CredentialsRemoved, "credentials.removed" },
    Named { AuditEvent::ProviderAdded, "provider.added" },
    Named { AuditEvent::ProviderRemoved, "provider.removed" },
    Named { AuditEvent::ConnectionMade, "connection.made" },
    Named { AuditEvent::ConnectionRenewed, "connection.renewed" },
    Named { AuditEvent::RenewalFailed, "connection.renewal_failed" },
    Named { AuditEvent::NeedsReconnect, "connection.needs_reconnect" },
    Named { AuditEvent::ConnectionChecked, "connection.checked" },
    Named { AuditEvent::ConnectionDisconnected, "connection.disconnected" },
    Named { AuditEvent::TokenHandedOut, "token.handed_out" },
    Named { AuditEvent::GrantGiven, "grant.given" },
    Named { AuditEvent::GrantRevoked, "grant.revoked" },
    Named { AuditEvent::BackupExported, "backup.exported" },
    Named { AuditEvent::BackupImported, "backup.imported" },
    Named { AuditEvent::VaultUnlocked, "vault.unlocked" },
    Named { AuditEvent::VaultWrongPassphrase, "vault.wrong_passphrase" },
};

} // namespace

QString AuditEvents::name(AuditEvent event)
{
    for (const Named& named : kNames) {
        if (named.first == event)
            return QLatin1String(named.second);
    }
    return QString(); // every enumerator is in kNames
}

std::optional<AuditEvent> AuditEvents::fromName(const QString& name)
{
    for (const Named& named : kNames) {
        if (name == QLatin1String(named.second))
            return named.first;
    }
    return std::nullopt;
}

QStringList AuditEvents::names()
{
    QStringList all;
    for (const Named& named : kNames)
        all.append(QLatin1String(named.second));
    return all;
}

QString AuditEvents::title(const QString& name)
{
    const std::optional<AuditEvent> event = fromName(name);
    if (!event)
        return name; // written by a newer Plugboard
    switch (*event) {
    case AuditEvent::CredentialsSaved:
        return tr("App credentials saved");
    case AuditEvent::CredentialsReplaced:
        return tr("App credentials replaced");
    case AuditEvent::CredentialsRemoved:
        return tr("App credentials removed");
    case AuditEvent::ProviderAdded:
        return tr("Custom provider added");
    case AuditEvent::ProviderRemoved:
        return tr("Custom provider removed");
    case AuditEvent::ConnectionMade:
        return tr("Connected");
    case AuditEvent::ConnectionRenewed:
        return tr("Renewed");
    case AuditEvent::RenewalFailed:
        return tr("Renewal failed");
    case AuditEvent::NeedsReconnect:
        return tr("Needs reconnecting");
    case AuditEvent::ConnectionChecked:
        return tr("Checked");
    case AuditEvent::ConnectionDisconnected:
        return tr("Disconnected");
    case AuditEvent::TokenHandedOut:
        return tr("Token handed out");
    case AuditEvent::GrantGiven:
        return tr("Access allowed");
    case AuditEvent::GrantRevoked:
        return tr("Access revoked");
    case AuditEvent::BackupExported:
        return tr("Backup exported");
    case AuditEvent::BackupImported:
        return tr("Backup imported");
    case AuditEvent::VaultUnlocked:
        return tr("Vault unlocked");
    case AuditEvent::VaultWrongPassphrase:
        return tr("Wrong vault passphrase");
    }
    return name;
}

} // namespace Plugboard

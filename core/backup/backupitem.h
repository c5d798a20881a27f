#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

namespace Plugboard {

/// One thing an encrypted backup holds and an import restores, as people
/// and the command line see it: a custom provider, a platform's app
/// credentials, a connection (its metadata, grants and tokens together),
/// one secret an application keeps through the D-Bus API, or a setting.
/// Names and ids only, never a secret value.
struct BackupItem
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::BackupItem)

public:
    enum class Kind {
        Provider, ///< id: the custom platform's id
        Credentials, ///< id: the platform id
        Connection, ///< id: "platform/account" (Connection::id())
        AppSecret, ///< id: the secret's key (SecretStore::appSecretKey())
        Setting, ///< id: the settings key ("ui/cardView")
    };

    /// What to do with an item this profile has already.
    enum class Decision {
        Keep, ///< leave what is here; the backup's copy is not used
        Replace, ///< overwrite it with the backup's copy
    };

    Kind kind = Kind::Setting;
    QString id;
    QString detail; ///< for people: the provider's or account's name, the app; may be empty
    bool exists = false; ///< this profile has the item already (import only)

    /// "connection:github/42": unique within a backup, the key of decision maps.
    QString key() const;
    /// "provider", "credentials", "connection", "app_secret", "setting":
    /// stable and never translated (--json output).
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }
    /// One line for people: "connection github/42 (octocat)", translated.
    QString describe() const;

    bool operator==(const BackupItem&) const = default;
};

/// An item an import could not restore, and why.
struct BackupFailure
{
    BackupItem item;
    Error error;
};

} // namespace Plugboard

#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Plugboard {

/// The settings an encrypted backup carries to another computer: the
/// user's preferences, and nothing that belongs to this machine. An
/// allow-list, so a setting added later stays at home until someone decides
/// it is worth moving:
///
///   moved:     platforms/<id>/tokenExchangeProxy (PlatformSettings),
///              ui/cardView (grid or list)
///   never:     secrets/backend (the other computer chooses its own store),
///              secretIndex/… (names of what this keyring or vault holds),
///              ui/trayNoticeShown and other state of this desktop
///
/// Every function works on ApplicationInfo::settingsFilePath(). An import
/// refuses any other key, so a crafted backup cannot switch the secret
/// backend or plant index entries.
namespace BackupSettings {

struct Entry
{
    QString key;
    QString value;

    bool operator==(const Entry&) const = default;
};

/// Whether `key` is one the backup moves.
bool isMovable(const QString& key);
/// The movable settings this profile has, sorted by key.
QList<Entry> collect();
/// Whether this profile has a value for `key`.
bool contains(const QString& key);
/// Writes one entry and syncs. A token-exchange proxy goes through
/// PlatformSettings (https:// only, as when it is typed in); InvalidArgument
/// for a key that is not movable, StorageFailed when the file is not
/// writable.
Result<void> write(const Entry& entry);

} // namespace BackupSettings
} // namespace Plugboard

#pragma once

#include "core/result.h"
#include "core/settings/setting.h"

#include <QList>

namespace Plugboard::SettingsRegistry {

// The keys, as `plugboard-cli config` spells them.
inline const QString kStartWithSession = QStringLiteral("start-with-session");
inline const QString kNotifications = QStringLiteral("notifications");
inline const QString kSecretBackend = QStringLiteral("secret-backend");
inline const QString kProxy = QStringLiteral("proxy");
// The values of an on/off setting.
inline const QString kOn = QStringLiteral("on");
inline const QString kOff = QStringLiteral("off");

/// Every setting, in the order `config list` and the dialog show them.
/// Adding one is adding a row in all(): the command line lists, reads,
/// checks and sets it from there, and the dialog's pages find it by key.
QList<Setting> all();
QStringList keys();

/// InvalidArgument naming the known keys when there is no `key`.
Result<Setting> find(const QString& key);
/// Checks `value` against the setting's values (InvalidArgument naming
/// them) or its check, then against what can be chosen now, then records it.
Result<void> set(const QString& key, const QString& value);

} // namespace Plugboard::SettingsRegistry

#pragma once

#include "core/result.h"

namespace Plugboard::DesktopSettings {

/// Whether the tray shows desktop notifications (a connection that needs
/// the user, Plugboard still running after its window closed). On unless
/// turned off; kept in the settings file as [ui] notifications.
bool notificationsEnabled();
/// StorageFailed when the settings file is not writable.
Result<void> setNotificationsEnabled(bool enabled);

} // namespace Plugboard::DesktopSettings

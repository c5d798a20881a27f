#pragma once

#include "core/result.h"

#include <QString>

namespace Plugboard::AutostartEntry {

/// "Start Plugboard when I log in": an XDG autostart entry,
/// $XDG_CONFIG_HOME/autostart/org.plugboard.Plugboard.desktop (~/.config
/// when XDG_CONFIG_HOME is unset), that starts the app with --minimized.
/// The file is the truth, not a copy in the settings file: the desktop's
/// own settings may delete it, or disable it with Hidden=true or
/// X-GNOME-Autostart-enabled=false, and Plugboard then shows it off.

/// Where the entry lives.
QString filePath();

/// True when the entry exists and the desktop would run it.
bool isEnabled();

/// Writes the entry (atomically) or removes it. StorageFailed, with the
/// path, when the folder is not writable.
Result<void> setEnabled(bool enabled);

/// The program the entry starts: this executable when it is the desktop
/// app, else the `plugboard` beside it (the build tree, or the command
/// line's folder), else the one on PATH.
QString program();

/// The entry's text for `program`, escaped as the Desktop Entry
/// specification asks (Exec quoting, %% for a literal %).
QByteArray entryText(const QString& program);

} // namespace Plugboard::AutostartEntry

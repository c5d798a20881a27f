#pragma once

#include <QString>

namespace Plugboard {

/// Names that must stay the same across the GUI, the command line and
/// releases: changing one orphans the user's settings or keyring entries.
namespace ApplicationInfo {

QString applicationName(); ///< "plugboard", folder name under XDG dirs
QString displayName(); ///< "Plugboard"
QString appId(); ///< reverse-DNS id, also the keyring service name
QString version(); ///< project version, e.g. "0.1.0"

/// ~/.config/plugboard/plugboard.conf: the one settings file (window
/// state, the index of keyring entries Plugboard wrote). Never secrets.
QString settingsFilePath();

/// Sets QCoreApplication's name, organization and version so QSettings and
/// QStandardPaths resolve the same folders in every Plugboard executable.
void applyToApplication();

/// Makes every file and folder this process creates from now on readable
/// and writable by its owner only (umask 077), whatever the shell's umask:
/// the settings, the metadata, the audit trail, the vault and exported
/// backups name accounts and client ids, and some hold ciphertext. Each
/// Plugboard program calls it first thing in main().
void keepNewFilesPrivate();

} // namespace ApplicationInfo
} // namespace Plugboard

#pragma once

#include "core/result.h"

#include <QStringList>

#include <memory>

class QSettings;

namespace Plugboard {

/// The names of the keys a keychain store has written, kept in the app's
/// settings file so removeAll() can find every secret of a connection even
/// after a restart: a keyring cannot be listed through QtKeychain. It holds
/// key NAMES only, never values.
///
/// Layout: group "secretIndex", one subgroup per keyring service, one entry
/// per key name (percent-encoded, so '/' in a name does not nest groups):
///
///     [secretIndex]
///     org.plugboard.Plugboard\connection%252Fgithub%252F42=true
///
/// One entry per key (not one list) lets two Plugboard processes add keys
/// at the same time: QSettings merges entry by entry when it syncs. Every
/// change is synced to disk before add()/remove() return.
///
/// The index may name keys the keyring no longer holds (a crash between a
/// delete and the index update); deleting those again is harmless. It must
/// never miss a key the keyring holds, so callers add a key before writing
/// it and remove it only after it was deleted.
class SecretKeyIndex final
{
    Q_DISABLE_COPY_MOVE(SecretKeyIndex)

public:
    /// `settingsFile` empty: ApplicationInfo::settingsFilePath(), which
    /// needs ApplicationInfo::applyToApplication() first. Otherwise that INI
    /// file, for tests.
    explicit SecretKeyIndex(const QString& service, const QString& settingsFile = {});
    ~SecretKeyIndex();

    /// Records `key` and syncs; fails with StorageFailed when the settings
    /// file cannot be written.
    Result<void> add(const QString& key);
    /// Forgets `key` and syncs.
    Result<void> remove(const QString& key);

    bool contains(const QString& key) const;
    /// Every recorded key, sorted.
    QStringList keys() const;
    /// The recorded keys under `prefix` (SecretStore::isUnder), sorted.
    QStringList keysUnder(const QString& prefix) const;

    QString service() const { return m_service; }

private:
    std::unique_ptr<QSettings> open() const;
    QString group() const;
    Result<void> save(QSettings& settings) const;

    QString m_service;
    QString m_settingsFile;
};

} // namespace Plugboard

#pragma once

#include "core/backup/backupitem.h"
#include "core/backup/backupsettings.h"
#include "core/result.h"
#include "core/storage/connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Plugboard {

/// What an encrypted backup holds, in clear: gathered by BackupExport
/// before sealing, read by BackupImport after opening. Its JSON is the
/// sealed plaintext, versioned on its own (the seal has its version too):
///
///     {"format": 1, "created": "2024-05-01T10:00:00.000Z", "plugboard": "0.1.0",
///      "providers":   [{"id": "my-idp", "record": "<the record file's text>"}],
///      "credentials": [{"platform": "github", "secret": "<stored credentials>"}],
///      "connections": [{"connection": {Connection::toJson()}, "tokens": "<stored TokenSet>"}],
///      "app_secrets": [{"key": "app/<app>/<hash>", "secret": "…"}],
///      "settings":    [{"key": "ui/cardView", "value": "list"}]}
///
/// Secrets are kept exactly as the secret store holds them (opaque text),
/// so a restore writes back what was read. A connection without "tokens"
/// had none when it was saved (it needed reconnecting). Grants travel in the
/// connection's metadata.
///
/// Holds secrets: wipe() (also on destruction) overwrites them.
struct BackupDocument
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::BackupDocument)

public:
    /// The newest content format this version writes and reads.
    static constexpr int kFormat = 1;

    struct Provider
    {
        QString id;
        QByteArray record; ///< the custom record file's bytes
    };
    struct Credentials
    {
        QString platformId;
        QString secret;
    };
    struct ConnectionEntry
    {
        Connection connection;
        std::optional<QString> tokens; ///< nullopt: none were stored
    };
    struct AppSecret
    {
        QString key; ///< SecretStore::appSecretKey()
        QString secret;

        /// The application that keeps it (AppGrant::app), from the key;
        /// empty when the key is not an app secret's.
        QString app() const;
    };

    BackupDocument() = default;
    BackupDocument(const BackupDocument&) = delete; ///< secrets are not copied by accident
    BackupDocument& operator=(const BackupDocument&) = delete;
    BackupDocument(BackupDocument&&) = default;
    BackupDocument& operator=(BackupDocument&& other) noexcept; ///< wipes what it held first
    ~BackupDocument();

    QDateTime created;
    QList<Provider> providers;
    QList<Credentials> credentials;
    QList<ConnectionEntry> connections;
    QList<AppSecret> appSecrets;
    QList<BackupSettings::Entry> settings;

    /// Everything it holds, as items (exists unset), in restore order.
    QList<BackupItem> items() const;

    /// The compact JSON to seal. The caller wipes it (Crypto::wipe) once sealed.
    QByteArray toJson() const;
    /// Reads toJson()'s text. A newer "format" → UnsupportedFileVersion;
    /// anything else unexpected (a missing field, an item twice, a setting
    /// that is not movable, an app secret's key outside "app/") →
    /// CorruptFile. `source` (the file) is named in messages.
    static Result<BackupDocument> fromJson(const QByteArray& json, const QString& source);

    /// Overwrites every secret it holds and empties it.
    void wipe();
};

} // namespace Plugboard

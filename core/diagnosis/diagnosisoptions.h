#pragma once

#include "core/catalog/platformrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Plugboard {

/// A file or folder of Plugboard's whose permissions `diagnose` checks.
struct CheckedPath
{
    enum class Kind {
        File, ///< must be 0600 or stricter
        Folder, ///< must be 0700 or stricter
        Socket, ///< nobody else may write to (connect to) it
    };

    QString label; ///< translated: "Settings file"
    QString path;
    Kind kind = Kind::File;
};

/// What a Diagnosis checks. Plain values: each check runs on its own
/// thread with a copy.
struct DiagnosisOptions
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::DiagnosisOptions)

public:
    /// Whether checks may reach the internet (the clock against a
    /// platform's server); without it they stay on this machine.
    bool online = false;
    /// The records whose fixed redirect ports must be free (the catalog).
    QList<PlatformRecord> platforms;
    /// The server whose Date header the clock is compared with (the scheme,
    /// host and port of a platform's token endpoint): clockServerFor().
    QUrl clockServer;
    QString clockServerName; ///< the platform's name, for the report
    /// Plugboard's files (defaultPaths(), plus the front end's socket).
    QList<CheckedPath> paths;
    /// The settings file that names the secret backend; empty: the application's.
    QString settingsFile;
    /// After this long the checks still running are reported as failed.
    int deadlineMs = 15'000;

    /// The settings file, connections.json, the audit folder and the vault
    /// file, at their default places.
    static QList<CheckedPath> defaultPaths();
    /// Sets clockServer and clockServerName from `record`'s token endpoint.
    void useClockServerOf(const PlatformRecord& record);
    /// The first of `records` (by id) with an https token endpoint: the
    /// default server for the clock check.
    static const PlatformRecord* defaultClockPlatform(const QList<PlatformRecord>& records);
};

} // namespace Plugboard

#pragma once

#include "core/storage/appgrant.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Plugboard {

struct Connection;
struct PlatformRecord;

/// One grant with the connection it is for, as the "App access" view lists it.
struct GrantEntry
{
    QString connectionId; ///< "github/octocat", what revoking names
    QString connectionName; ///< for people: "GitHub · octocat"
    AppGrant grant;
};

namespace GrantPresentation {

/// What a person recognises an application by: the file name of a path
/// ("gnome-calendar" for "/usr/bin/gnome-calendar"), the id of a Flatpak or
/// Snap ("org.gnome.Calendar").
QString appName(const QString& app);
/// "last used 3 min ago · 12 times", or "not used yet".
QString usage(const AppGrant& grant, const QDateTime& now);
/// Every grant of `connections`, named with their platform from
/// `platforms`, by connection then application.
QList<GrantEntry> entries(const QList<PlatformRecord>& platforms, const QList<Connection>& connections);

} // namespace GrantPresentation

} // namespace Plugboard

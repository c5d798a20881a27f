#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Plugboard {

struct AuditEntry;

/// One choice of the Activity view's event filter ("Tokens handed out"):
/// the event names or groups (AuditFilter::event) it shows; none for All.
struct ActivityGroup
{
    QString label;
    QStringList events;
};

/// A period choice of the Activity view ("Last day"): how far back it
/// reaches; 0 for all time.
struct ActivityPeriod
{
    QString label;
    qint64 seconds = 0;
};

/// How the audit trail reads for people: in the Activity view and in a
/// card's recent activity. Plain text; the raw values stay in tooltips.
namespace ActivityPresentation {

/// "This app" for "plugboard", "Command line (bash)" for
/// "cli:/usr/bin/bash", "org.gnome.Calendar" for "dbus:flatpak:org.gnome.Calendar".
QString actorName(const QString& actor);
/// "OK", or what went wrong in a few words ("Keyring locked").
QString outcomeText(const QString& outcome);
/// What an entry is about, by `names` (subject → "GitHub · octocat");
/// the vault and unknown subjects by themselves.
QString subjectName(const QString& subject, const QMap<QString, QString>& names);
/// "2 Dec 2026, 07:00" in the local time zone and the user's language.
QString time(const QDateTime& utc);
/// The detail with what the entry's state adds: waiting to be signed,
/// signed late.
QString detail(const AuditEntry& entry);
/// A card's line: "Token handed out to Command line (bash), 2 min ago",
/// "Renewed, 1 h ago", "Checked — Network error, just now".
QString cardLine(const AuditEntry& entry, const QDateTime& now);
/// For a tooltip: the full time, the actor as recorded, the detail.
QString toolTip(const AuditEntry& entry);

/// The event filter's choices, All first.
QList<ActivityGroup> eventGroups();
/// The period filter's choices, the shortest first and All last.
QList<ActivityPeriod> periods();

} // namespace ActivityPresentation

} // namespace Plugboard

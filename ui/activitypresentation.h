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
/// "Today, 07:00", "Yesterday, 18:30", "02.12.26, 07:00": local time in
/// the user's language, to the minute.
QString time(const QDateTime& utc, const QDateTime& now = QDateTime::currentDateTimeUtc());
/// The detail with what the entry's state adds: waiting to be signed,
/// signed late.
QString detail(const AuditEntry& entry);
/// What a card says happened: "Token handed out to Command line (bash)",
/// "Renewed", "Disconnected by Command line (bash)", "Checked — Network error".
QString cardEvent(const AuditEntry& entry);
/// The same with when: "Token handed out to Command line (bash), 2 min ago".
QString cardLine(const AuditEntry& entry, const QDateTime& now);
/// For a tooltip: the full time, the actor as recorded, the detail.
QString toolTip(const AuditEntry& entry);

/// The event filter's choices, All first.
QList<ActivityGroup> eventGroups();
/// The period filter's choices, the shortest first and All last.
QList<ActivityPeriod> periods();

} // namespace ActivityPresentation

} // namespace Plugboard

#include "ui/activitypresentation.h"

#include "core/audit/auditentry.h"
#include "core/audit/auditevent.h"
#include "core/error.h"
#include "ui/grantpresentation.h"
#include "ui/relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace Plugboard::ActivityPresentation {

namespace {

// Gives lupdate a context for these free functions.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::ActivityPresentation)
};

const QLatin1String kCliPrefix("cli:");
const QLatin1String kBusPrefix("dbus:");

/// The few failures people meet in the trail, in their words; the others
/// by their code ("Storage failed").
QString knownFailure(ErrorCode code)
{
    switch (code) {
    case ErrorCode::KeyringUnavailable:
        return Texts::tr("No keyring");
    case ErrorCode::KeyringLocked:
        return Texts::tr("Keyring locked");
    case ErrorCode::KeyringAccessDenied:
        return Texts::tr("Keyring refused access");
    case ErrorCode::WrongPassphrase:
        return Texts::tr("Wrong passphrase");
    case ErrorCode::AccessDenied:
        return Texts::tr("Access denied");
    case ErrorCode::InvalidClient:
        return Texts::tr("App credentials refused");
    case ErrorCode::InvalidGrant:
        return Texts::tr("Sign-in refused");
    case ErrorCode::Network:
        return Texts::tr("Network error");
    case ErrorCode::Tls:
        return Texts::tr("Secure connection failed");
    case ErrorCode::Timeout:
        return Texts::tr("Timed out");
    case ErrorCode::Cancelled:
        return Texts::tr("Cancelled");
    default:
        return {};
    }
}

bool isGrantEvent(const QString& event)
{
    return event.startsWith(QLatin1String("grant."));
}

} // namespace

QString actorName(const QString& actor)
{
    if (actor == QLatin1String("plugboard"))
        return Texts::tr("This app");
    if (actor.startsWith(kCliPrefix))
        return Texts::tr("Command line (%1)").arg(GrantPresentation::appName(actor.mid(kCliPrefix.size())));
    if (actor.startsWith(kBusPrefix))
        return GrantPresentation::appName(actor.mid(kBusPrefix.size()));
    return actor;
}

QString outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("ok"))
        return Texts::tr("OK");
    if (const std::optional<ErrorCode> code = errorCodeFromName(outcome)) {
        if (QString known = knownFailure(*code); !known.isEmpty())
            return known;
    }
    // An error code this version has no words for: still readable.
    QString words = outcome;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString subjectName(const QString& subject, const QMap<QString, QString>& names)
{
    if (subject == QLatin1String("vault"))
        return Texts::tr("Vault");
    return names.value(subject, subject);
}

QString time(const QDateTime& utc, const QDateTime& now)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    // Minutes are enough in a list (the tooltip has the seconds); some
    // locales' short format has them anyway.
    QString clockFormat = QLocale().timeFormat(QLocale::ShortFormat);
    clockFormat.remove(QStringLiteral(":ss"));
    const QString clock = QLocale().toString(local.time(), clockFormat);
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return Texts::tr("Today, %1").arg(clock);
    if (local.date() == today.addDays(-1))
        return Texts::tr("Yesterday, %1").arg(clock);
    return Texts::tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat), clock);
}

QString detail(const AuditEntry& entry)
{
    // A grant's detail is the application, as an id: its name reads better.
    QString text = isGrantEvent(entry.event) && !entry.detail.isEmpty()
        ? GrantPresentation::appName(entry.detail)
        : entry.detail;
    QString note;
    if (entry.sequence == 0)
        note = Texts::tr("waiting to be signed");
    else if (entry.late)
        note = Texts::tr("signed later");
    if (note.isEmpty())
        return text;
    return text.isEmpty() ? note : Texts::tr("%1 (%2)").arg(text, note);
}

QString cardEvent(const AuditEntry& entry)
{
    const QString who = actorName(entry.actor);
    QString what;
    if (entry.event == AuditEvents::name(AuditEvent::TokenHandedOut))
        what = Texts::tr("Token handed out to %1").arg(who);
    else if (entry.actor != QLatin1String("plugboard"))
        what = Texts::tr("%1 by %2").arg(AuditEvents::title(entry.event), who);
    else
        what = AuditEvents::title(entry.event);
    if (!entry.succeeded())
        what = Texts::tr("%1 — %2").arg(what, outcomeText(entry.outcome));
    return what;
}

QString cardLine(const AuditEntry& entry, const QDateTime& now)
{
    return Texts::tr("%1, %2").arg(cardEvent(entry), RelativeTime::describe(entry.time, now));
}

QString toolTip(const AuditEntry& entry)
{
    QStringList lines { QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat),
                        Texts::tr("By: %1").arg(entry.actor) };
    if (!entry.detail.isEmpty())
        lines.append(entry.detail);
    if (!entry.succeeded())
        lines.append(Texts::tr("Outcome: %1").arg(entry.outcome));
    return lines.join(QLatin1Char('\n'));
}

QList<ActivityGroup> eventGroups()
{
    return {
        { Texts::tr("All events"), {} },
        { Texts::tr("Sign-ins & renewals"), { QStringLiteral("connection") } },
        { Texts::tr("Tokens handed out"), { QStringLiteral("token") } },
        { Texts::tr("Access grants"), { QStringLiteral("grant") } },
        { Texts::tr("Credentials & providers"),
          { QStringLiteral("credentials"), QStringLiteral("provider") } },
        { Texts::tr("Backup & vault"), { QStringLiteral("backup"), QStringLiteral("vault") } },
    };
}

QList<ActivityPeriod> periods()
{
    constexpr qint64 kHour = 3600;
    constexpr qint64 kDay = 24 * kHour;
    return {
        { Texts::tr("Last hour"), kHour },    { Texts::tr("Last day"), kDay },
        { Texts::tr("Last week"), 7 * kDay }, { Texts::tr("Last month"), 30 * kDay },
        { Texts::tr("All time"), 0 },
    };
}

} // namespace Plugboard::ActivityPresentation

#include "core/audit/auditfilter.h"

#include "core/audit/auditevent.h"

#include <QRegularExpression>

namespace Plugboard {

bool AuditFilter::matches(const AuditEntry& entry) const
{
    if (since.isValid() && entry.time < since)
        return false;
    if (!subject.isEmpty() && entry.subject != subject
        && !entry.subject.startsWith(subject + QLatin1Char('/')))
        return false;
    if (!event.isEmpty() && entry.event != event && !entry.event.startsWith(event + QLatin1Char('.')))
        return false;
    return true;
}

QList<AuditEntry> AuditFilter::apply(const QList<AuditEntry>& entries) const
{
    QList<AuditEntry> kept;
    for (const AuditEntry& entry : entries) {
        if (matches(entry))
            kept.append(entry);
    }
    return kept;
}

Result<QDateTime> AuditFilter::parseSince(const QString& text, const QDateTime& now)
{
    static const QRegularExpression ago(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    if (const QRegularExpressionMatch match = ago.match(text.trimmed()); match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 minutes = unit == QLatin1Char('m') ? 1
            : unit == QLatin1Char('h')                  ? 60
            : unit == QLatin1Char('d')                  ? 60 * 24
                                                        : 60 * 24 * 7;
        return now.addSecs(-count * minutes * 60);
    }
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (day.isValid())
            when = day.startOfDay();
    }
    if (!when.isValid())
        return Error { ErrorCode::InvalidArgument,
                       tr("\"%1\" is not a time. Give a date (2026-12-01), a date and time "
                          "(2026-12-01T14:30) or how long ago (30m, 12h, 7d, 2w).")
                           .arg(text) };
    return when;
}

Result<QString> AuditFilter::parseEvent(const QString& text)
{
    const QStringList names = AuditEvents::names();
    for (const QString& name : names) {
        if (name == text || name.startsWith(text + QLatin1Char('.')))
            return text;
    }
    return Error { ErrorCode::InvalidArgument,
                   tr("There is no event \"%1\". Events: %2.").arg(text, names.join(QStringLiteral(", "))) };
}

} // namespace Plugboard

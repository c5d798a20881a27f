#pragma once

#include "core/audit/auditentry.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Plugboard {

/// Which audit entries to show: the same rules for `plugboard-cli audit`
/// and the window's Activity view. Empty members match everything.
struct AuditFilter
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::AuditFilter)

public:
    QDateTime since; ///< entries at or after it
    /// A connection ("github/42") or a platform ("github": its connections,
    /// its credentials, its custom record).
    QString subject;
    /// An event name ("token.handed_out") or its group ("token", "connection").
    QString event;

    bool matches(const AuditEntry& entry) const;
    QList<AuditEntry> apply(const QList<AuditEntry>& entries) const;

    /// "2026-12-01", "2026-12-01T10:00" (local time unless it says
    /// otherwise), or how long ago: "30m", "12h", "7d", "2w".
    static Result<QDateTime> parseSince(const QString& text, const QDateTime& now);
    /// Checks an --event value: a known name or group.
    static Result<QString> parseEvent(const QString& text);
};

} // namespace Plugboard

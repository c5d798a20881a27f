#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Plugboard {

/// One line of the audit trail: what happened, to what, who did it, how it
/// ended. Never a secret value: ids, names of programs, error codes.
///
/// On disk one compact JSON object per line, its keys in a fixed order,
/// with the MAC as the last member:
///
///     {"actor":"cli:/usr/bin/bash","detail":"","event":"token.handed_out",
///      "late":false,"outcome":"ok","seq":7,"subject":"github/42",
///      "time":"2026-12-02T07:00:00.123Z","mac":"<64 hex digits>"}
///
/// The MAC covers the exact bytes of the line without its mac member
/// (signedBytes()), so what is verified is what is on disk, not a
/// re-serialisation of it.
struct AuditEntry
{
    qint64 sequence = 0; ///< 1, 2, …: one chain across all files; 0 while pending
    QDateTime time; ///< UTC, milliseconds
    QString event; ///< AuditEvents::name()
    QString subject; ///< a connection id, a platform id, a file
    QString actor; ///< "plugboard", "cli:<parent executable>", "dbus:<application>"
    QString outcome; ///< "ok" or an error code name
    QString detail; ///< e.g. the application a grant names; may be empty
    /// Recorded while the key was out of reach (a locked vault) and signed
    /// later by the next process that had it: the time is when it happened.
    bool late = false;
    QByteArray mac; ///< 32 bytes; empty while pending

    /// The line without its MAC and without the newline.
    QByteArray signedBytes() const;
    /// The complete line, ending in '\n'.
    QByteArray toLine() const;
    /// Parses one line (without or with its '\n'). CorruptFile when it is
    /// not such an object; the MAC is not checked here.
    static Result<AuditEntry> fromLine(const QByteArray& line);
    /// The bytes the MAC of `line` covers: the line up to its mac member,
    /// closed again. Empty when the line has no mac member at its end.
    static QByteArray signedPart(const QByteArray& line);

    bool succeeded() const { return outcome == QLatin1String("ok"); }
};

} // namespace Plugboard

#pragma once

#include <QString>
#include <QStringList>

namespace Plugboard {

/// What AuditVerifier found.
struct AuditVerdict
{
    enum class Problem {
        None, ///< every entry is where it belongs and unchanged
        Changed, ///< an entry's MAC does not match it: edited, or signed with another key
        Missing, ///< the chain skips entries: they were removed
        Reordered, ///< an entry comes before one it follows
        KeyMissing, ///< there are entries but no key to check them with
    };

    Problem problem = Problem::None;
    qint64 entries = 0; ///< entries whose MAC held
    qint64 sequence = 0; ///< the first entry that fails
    QString file; ///< where it is
    int line = 0; ///< 1-based
    QString why; ///< for people (translated)
    /// Lines a crash left half-written ("audit.jsonl line 12"): not
    /// tampering, since the chain runs on unbroken past them.
    QStringList tornLines;
    qint64 pending = 0; ///< entries still waiting for the key

    bool holds() const { return problem == Problem::None; }
};

} // namespace Plugboard

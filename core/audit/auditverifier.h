#pragma once

#include "core/audit/auditverdict.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Plugboard {

class AuditLog;

/// Checks the audit trail's chain with its key: every MAC, that the
/// sequence numbers run 1, 2, 3, … with none missing, and that nothing was
/// moved. Stops at the first entry that fails and says why.
///
/// A line that does not parse is a torn write (a crash mid-line) as long as
/// the chain runs on unbroken after it; a removed or edited entry never
/// looks like that, because the next entry then no longer chains.
///
/// What a chain cannot show: entries cut off at the end, together with
/// their MACs (there is nothing after them to notice). The trail's key
/// lives in the secret store; whoever can read it can rewrite the trail.
class AuditVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::AuditVerifier)

public:
    static AuditVerdict verify(const AuditLog& log, const QByteArray& key);

private:
    /// Why entry `sequence` cannot follow where `expected` should be;
    /// `movedUp`: `expected` comes later.
    static QString outOfSequence(qint64 sequence, qint64 expected, bool movedUp);
};

} // namespace Plugboard

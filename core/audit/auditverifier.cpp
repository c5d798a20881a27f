#include "core/audit/auditverifier.h"

#include "core/audit/auditentry.h"
#include "core/audit/auditlog.h"
#include "core/audit/auditmac.h"
#include "core/crypto/cryptoprimitives.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <optional>

namespace Plugboard {

namespace {

constexpr int kMacBytes = 32;

struct Line
{
    QString file;
    int number = 0;
    QByteArray bytes;
    bool complete = false; ///< ends in a newline
    std::optional<AuditEntry> entry; ///< when it parses and carries a MAC
};

QList<Line> linesOf(const QStringList& files)
{
    QList<Line> lines;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const QList<QByteArray> pieces = bytes.split('\n');
        for (int i = 0; i < pieces.size(); ++i) {
            Line line { QFileInfo(path).fileName(), i + 1, pieces.at(i), i + 1 < pieces.size(),
                        std::nullopt };
            if (line.bytes.isEmpty())
                continue;
            if (Result<AuditEntry> entry = AuditEntry::fromLine(line.bytes);
                entry && entry.value().mac.size() == kMacBytes && entry.value().sequence > 0)
                line.entry = std::move(entry).value();
            lines.append(std::move(line));
        }
    }
    return lines;
}

} // namespace

QString AuditVerifier::outOfSequence(qint64 sequence, qint64 expected, bool movedUp)
{
    if (movedUp)
        return tr("Entry %1 comes before entry %2: the order of the trail was changed.")
            .arg(sequence)
            .arg(expected);
    if (sequence < expected)
        return tr("Entry %1 comes after entry %2: it was moved or copied.").arg(sequence).arg(expected - 1);
    if (sequence - expected == 1)
        return tr("Entry %1 is missing before entry %2: it was removed.").arg(expected).arg(sequence);
    return tr("Entries %1 to %2 are missing before entry %3: they were removed.")
        .arg(expected)
        .arg(sequence - 1)
        .arg(sequence);
}

AuditVerdict AuditVerifier::verify(const AuditLog& log, const QByteArray& key)
{
    AuditVerdict verdict;
    const QList<AuditEntry> all = log.readAll();
    verdict.pending
        = std::count_if(all.cbegin(), all.cend(), [](const AuditEntry& e) { return e.sequence == 0; });
    const QList<Line> lines = linesOf(log.chainFiles());
    QHash<qint64, int> positions;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).entry)
            positions.insert(lines.at(i).entry->sequence, i);
    }
    const auto fail
        = [&verdict](AuditVerdict::Problem problem, const Line& line, qint64 sequence, QString why) {
              verdict.problem = problem;
              verdict.sequence = sequence;
              verdict.file = line.file;
              verdict.line = line.number;
              verdict.why = std::move(why);
              return verdict;
          };
    QByteArray previous(kMacBytes, '\0');
    qint64 expected = 1;
    for (int i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        if (!line.entry) {
            verdict.tornLines.append(tr("%1 line %2").arg(line.file).arg(line.number));
            continue;
        }
        const qint64 sequence = line.entry->sequence;
        if (sequence != expected) {
            const bool movedUp = sequence > expected && positions.value(expected, -1) > i;
            const AuditVerdict::Problem problem = sequence > expected && !movedUp
                ? AuditVerdict::Problem::Missing
                : AuditVerdict::Problem::Reordered;
            return fail(problem, line, sequence, outOfSequence(sequence, expected, movedUp));
        }
        const std::optional<QByteArray> mac
            = AuditMac::sign(key, previous + AuditEntry::signedPart(line.bytes));
        if (!mac || !Crypto::equalInConstantTime(*mac, line.entry->mac))
            return fail(AuditVerdict::Problem::Changed, line, sequence,
                        tr("Entry %1 does not match its MAC: it was changed after it was written, or the "
                           "trail's key was replaced.")
                            .arg(sequence));
        previous = line.entry->mac;
        ++expected;
        ++verdict.entries;
    }
    return verdict;
}

} // namespace Plugboard

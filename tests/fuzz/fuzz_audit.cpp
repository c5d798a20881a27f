// The audit trail's files (AuditEntry, AuditLog, AuditVerifier): lines on
// disk that anyone with the user's rights can edit, read back when the
// trail is shown, verified, or appended to.
//
// Input: byte 0's bit 0 re-signs every line that has a MAC member with the
// trail's key, chaining as AuditLog does (so the fuzzer gets past the MACs
// to the sequence checks); the rest is split at form feeds into the current
// file, the pending file and one rotated file. Checked: verification and
// reading never fail badly, and appending to a trail that held keeps it
// holding.

#include "core/audit/auditentry.h"
#include "core/audit/auditlog.h"
#include "core/audit/auditverifier.h"
#include "core/crypto/cryptoprimitives.h"
#include "fuzzsupport.h"

#include <QDateTime>
#include <QFile>

using namespace Plugboard;

namespace {

const QByteArray kKey(32, '\x5a');
QString folder;

QByteArray resigned(const QByteArray& file, QByteArray& previous)
{
    QList<QByteArray> lines = file.split('\n');
    for (QByteArray& line : lines) {
        const QByteArray signedPart = AuditEntry::signedPart(line);
        if (signedPart.isEmpty())
            continue;
        const QByteArray mac = Crypto::hmacSha256(kKey, previous + signedPart).value();
        line = signedPart.chopped(1) + ",\"mac\":\"" + mac.toHex() + "\"}";
        previous = mac;
    }
    return lines.join('\n');
}

void write(const QString& name, const QByteArray& bytes)
{
    QFile file(folder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::silenceQt();
    folder = Fuzz::scratchFolder();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    QList<QByteArray> parts = Fuzz::bytes(data + 1, size - 1).split('\f');
    parts.resize(3);
    if (data[0] & 1) {
        QByteArray previous(32, '\0');
        parts[2] = resigned(parts[2], previous);
        parts[0] = resigned(parts[0], previous);
    }
    write(QStringLiteral("audit.jsonl"), parts[0]);
    write(QStringLiteral("audit-pending.jsonl"), parts[1]);
    if (!parts[2].isEmpty())
        write(QStringLiteral("audit.000001.jsonl"), parts[2]);
    for (const QByteArray& line : parts[0].split('\n')) {
        if (const Result<AuditEntry> entry = AuditEntry::fromLine(line); entry)
            PLUGBOARD_FUZZ_CHECK(entry.value().sequence >= 0 && entry.value().time.isValid());
    }

    AuditLog log(folder);
    (void)log.readAll();
    const AuditVerdict before = AuditVerifier::verify(log, kKey);
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = QStringLiteral("token.handed_out");
    entry.subject = QStringLiteral("github/42");
    entry.actor = QStringLiteral("plugboard");
    entry.outcome = QStringLiteral("ok");
    const Result<AuditEntry> appended = log.append(entry, kKey);
    if (before.holds() && before.tornLines.isEmpty() && appended) {
        const AuditVerdict after = AuditVerifier::verify(log, kKey);
        PLUGBOARD_FUZZ_CHECK(after.holds());
    }
    Fuzz::emptyFolder(folder);
    return 0;
}

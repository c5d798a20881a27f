#include "core/audit/auditentry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard {

namespace {

const QByteArray kMacMember = QByteArrayLiteral(",\"mac\":\"");
constexpr int kMacHexLength = 64;
constexpr qint64 kMaxSequence = (qint64(1) << 53) - 1;

QJsonObject toObject(const AuditEntry& entry)
{
    // QJsonObject keeps its keys sorted, which fixes the order on disk.
    QJsonObject object;
    object.insert(QStringLiteral("actor"), entry.actor);
    object.insert(QStringLiteral("detail"), entry.detail);
    object.insert(QStringLiteral("event"), entry.event);
    object.insert(QStringLiteral("late"), entry.late);
    object.insert(QStringLiteral("outcome"), entry.outcome);
    object.insert(QStringLiteral("seq"), entry.sequence);
    object.insert(QStringLiteral("subject"), entry.subject);
    object.insert(QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

Error notAnEntry(const QString& why)
{
    return { ErrorCode::CorruptFile, why };
}

} // namespace

QByteArray AuditEntry::signedBytes() const
{
    return QJsonDocument(toObject(*this)).toJson(QJsonDocument::Compact);
}

QByteArray AuditEntry::toLine() const
{
    QByteArray line = signedBytes();
    if (!mac.isEmpty()) {
        line.chop(1); // the closing brace
        line += kMacMember + mac.toHex() + "\"}";
    }
    return line + '\n';
}

QByteArray AuditEntry::signedPart(const QByteArray& line)
{
    const QByteArray trimmed = line.endsWith('\n') ? line.chopped(1) : line;
    const qsizetype at = trimmed.lastIndexOf(kMacMember);
    if (at < 0 || trimmed.size() != at + kMacMember.size() + kMacHexLength + 2 || !trimmed.endsWith("\"}"))
        return {};
    return trimmed.left(at) + '}';
}

Result<AuditEntry> AuditEntry::fromLine(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notAnEntry(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    AuditEntry entry;
    entry.sequence = object.value(QStringLiteral("seq")).toInteger(-1);
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.event = object.value(QStringLiteral("event")).toString();
    entry.subject = object.value(QStringLiteral("subject")).toString();
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.outcome = object.value(QStringLiteral("outcome")).toString();
    entry.detail = object.value(QStringLiteral("detail")).toString();
    entry.late = object.value(QStringLiteral("late")).toBool();
    entry.mac = QByteArray::fromHex(object.value(QStringLiteral("mac")).toString().toLatin1());
    // Beyond 2^53 a JSON number is not exact, and no trail gets there: such a
    // line was edited, and numbering after it would overflow.
    if (entry.sequence < 0 || entry.sequence > kMaxSequence || !entry.time.isValid() || entry.event.isEmpty())
        return notAnEntry(QStringLiteral("a member (seq, time or event) is missing or malformed"));
    return entry;
}

} // namespace Plugboard

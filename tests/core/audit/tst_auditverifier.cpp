#include "core/audit/auditlog.h"
#include "core/audit/auditverifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;

namespace {

const QByteArray kKey = QByteArray(32, '\x21');
constexpr int kEntries = 6;

QList<QByteArray> linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString& path, const QList<QByteArray>& lines, bool closeLast = true)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray bytes = lines.join('\n');
    if (closeLast)
        bytes += '\n';
    file.write(bytes);
}

} // namespace

/// Verification on a real history of six entries, then after each kind of
/// tampering: it names the first entry that fails and why.
class TestAuditVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        AuditLog log(m_dir->path());
        const QStringList events { QStringLiteral("credentials.saved"),  QStringLiteral("connection.made"),
                                   QStringLiteral("token.handed_out"),   QStringLiteral("grant.given"),
                                   QStringLiteral("connection.renewed"), QStringLiteral("token.handed_out") };
        for (const QString& event : events) {
            AuditEntry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.event = event;
            entry.subject = QStringLiteral("github/42");
            entry.actor = QStringLiteral("plugboard");
            entry.outcome = QStringLiteral("ok");
            QVERIFY(log.append(entry, kKey));
        }
        m_file = log.currentFile();
        QCOMPARE(linesOf(m_file).size(), kEntries);
    }

    void holdsOnARealHistory()
    {
        const AuditVerdict verdict = AuditVerifier::verify(AuditLog(m_dir->path()), kKey);
        QVERIFY2(verdict.holds(), qPrintable(verdict.why));
        QCOMPARE(verdict.entries, kEntries);
        QVERIFY(verdict.tornLines.isEmpty());
    }

    void findsAnEditedField()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines[2].replace("\"outcome\":\"ok\"", "\"outcome\":\"no\"");
        writeLines(m_file, lines);
        expect(AuditVerdict::Problem::Changed, 3, 3, "changed");
    }

    void findsAnEditedFieldThatNoLongerParses()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines[2].replace("\"seq\":3", "\"seq\":\"3\"");
        writeLines(m_file, lines);
        // The entry is gone from the chain: the next one says what is missing.
        expect(AuditVerdict::Problem::Missing, 4, 4, "Entry 3 is missing");
    }

    void findsARemovedLine()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines.removeAt(3);
        writeLines(m_file, lines);
        expect(AuditVerdict::Problem::Missing, 5, 4, "Entry 4 is missing");
    }

    void findsARemovedStart()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines.removeFirst();
        lines.removeFirst();
        writeLines(m_file, lines);
        expect(AuditVerdict::Problem::Missing, 3, 1, "Entries 1 to 2 are missing");
    }

    void findsASwappedPair()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines.swapItemsAt(2, 3);
        writeLines(m_file, lines);
        expect(AuditVerdict::Problem::Reordered, 4, 3, "comes before entry 3");
    }

    void findsAnEntryCopiedToTheEnd()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines.append(lines.at(1));
        writeLines(m_file, lines);
        expect(AuditVerdict::Problem::Reordered, 2, 7, "comes after entry 6");
    }

    void findsAnotherKey()
    {
        const AuditVerdict verdict = AuditVerifier::verify(AuditLog(m_dir->path()), QByteArray(32, '\x22'));
        QCOMPARE(verdict.problem, AuditVerdict::Problem::Changed);
        QCOMPARE(verdict.sequence, 1);
    }

    void reportsATruncatedLastLineAsTornNotTampering()
    {
        QList<QByteArray> lines = linesOf(m_file);
        lines.last().truncate(lines.last().size() / 2);
        writeLines(m_file, lines, false);
        const AuditVerdict verdict = AuditVerifier::verify(AuditLog(m_dir->path()), kKey);
        QVERIFY2(verdict.holds(), qPrintable(verdict.why));
        QCOMPARE(verdict.entries, kEntries - 1);
        QCOMPARE(verdict.tornLines, QStringList { QStringLiteral("audit.jsonl line 6") });
    }

private:
    void expect(AuditVerdict::Problem problem, qint64 sequence, int line, const char* why)
    {
        const AuditVerdict verdict = AuditVerifier::verify(AuditLog(m_dir->path()), kKey);
        QVERIFY(!verdict.holds());
        QCOMPARE(verdict.problem, problem);
        QCOMPARE(verdict.sequence, sequence);
        QCOMPARE(verdict.file, QStringLiteral("audit.jsonl"));
        QCOMPARE(verdict.line, line);
        QVERIFY2(verdict.why.contains(QLatin1String(why)), qPrintable(verdict.why));
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"

#include "core/audit/auditlog.h"
#include "core/audit/auditverifier.h"
#include "core/crypto/cryptoprimitives.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Plugboard;

namespace {

const QByteArray kKey = QByteArray(32, '\x5a');

AuditEntry entryAbout(const QString& subject, const QString& event = QStringLiteral("token.handed_out"))
{
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = event;
    entry.subject = subject;
    entry.actor = QStringLiteral("cli:/usr/bin/bash");
    entry.outcome = QStringLiteral("ok");
    return entry;
}

QList<AuditEntry> signedEntries(const AuditLog& log)
{
    QList<AuditEntry> entries = log.readAll();
    entries.removeIf([](const AuditEntry& e) { return e.sequence == 0; });
    return entries;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void chainsEachEntryToThePreviousOne()
    {
        AuditLog log(m_dir->path());
        for (const QString& subject :
             { QStringLiteral("github/1"), QStringLiteral("gitlab/2"), QStringLiteral("x") })
            QVERIFY(log.append(entryAbout(subject), kKey));

        QFile file(log.currentFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and what follows the last newline
        QByteArray previous(32, '\0');
        for (int i = 0; i < 3; ++i) {
            const Result<AuditEntry> entry = AuditEntry::fromLine(lines.at(i));
            QVERIFY(entry);
            QCOMPARE(entry.value().sequence, i + 1);
            const QByteArray expected
                = *Crypto::hmacSha256(kKey, previous + AuditEntry::signedPart(lines.at(i)));
            QCOMPARE(entry.value().mac.toHex(), expected.toHex());
            previous = entry.value().mac;
        }
        QVERIFY(AuditVerifier::verify(log, kKey).holds());
        QCOMPARE(AuditVerifier::verify(log, kKey).entries, 3);
    }

    void keepsItsFilesPrivate()
    {
        AuditLog log(m_dir->path() + QStringLiteral("/state/plugboard"));
        QVERIFY(log.append(entryAbout(QStringLiteral("github/1")), kKey));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(log.currentFile()).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(log.currentFile()).permissions() & QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(log.folder()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void rotatesBySizeAndTheChainRunsOn()
    {
        AuditLog log(m_dir->path());
        log.setRotateBytes(700);
        for (int i = 0; i < 12; ++i)
            QVERIFY(log.append(entryAbout(QStringLiteral("github/%1").arg(i)), kKey));

        const QStringList files = log.chainFiles();
        QVERIFY2(files.size() >= 3, qPrintable(files.join(u' ')));
        QCOMPARE(files.last(), log.currentFile());
        QVERIFY(files.first().endsWith(QLatin1String("audit.000001.jsonl")));
        const QList<AuditEntry> entries = signedEntries(log);
        QCOMPARE(entries.size(), 12);
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).sequence, i + 1);
        QVERIFY(AuditVerifier::verify(log, kKey).holds());
    }

    void signsPendingEntriesIntoTheChainMarkedLate()
    {
        AuditLog log(m_dir->path());
        QVERIFY(log.append(entryAbout(QStringLiteral("github/1")), kKey));
        AuditEntry waiting = entryAbout(QStringLiteral("vault"), QStringLiteral("vault.wrong_passphrase"));
        waiting.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(log.appendPending(waiting));
        QVERIFY(log.appendPending(entryAbout(QStringLiteral("github"), QStringLiteral("grant.given"))));
        QCOMPARE(log.readAll().size(), 3);
        QCOMPARE(AuditVerifier::verify(log, kKey).pending, 2);

        QVERIFY(log.append(entryAbout(QStringLiteral("github/1")), kKey));

        QVERIFY(!QFile::exists(log.pendingFile()));
        const QList<AuditEntry> entries = signedEntries(log);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(1).event, QStringLiteral("vault.wrong_passphrase"));
        QVERIFY(entries.at(1).late);
        QCOMPARE(entries.at(1).time, waiting.time); // when it happened, not when it was signed
        QVERIFY(entries.at(2).late);
        QVERIFY(!entries.at(3).late);
        const AuditVerdict verdict = AuditVerifier::verify(log, kKey);
        QVERIFY(verdict.holds());
        QCOMPARE(verdict.pending, 0);
    }

    void closesALineACrashLeftHalfWritten()
    {
        AuditLog log(m_dir->path());
        QVERIFY(log.append(entryAbout(QStringLiteral("github/1")), kKey));
        QFile file(log.currentFile());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"actor\":\"cli:/usr/bin/bash\",\"detail\":\"\",\"ev");
        file.close();

        QVERIFY(log.append(entryAbout(QStringLiteral("github/2")), kKey));

        const QList<AuditEntry> entries = signedEntries(log);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().sequence, 2);
        const AuditVerdict verdict = AuditVerifier::verify(log, kKey);
        QVERIFY2(verdict.holds(), qPrintable(verdict.why));
        QCOMPARE(verdict.tornLines, QStringList { QStringLiteral("audit.jsonl line 2") });
    }

    void writersInSeveralProcessesLoseNothing()
    {
        const QString folder = m_dir->path() + QStringLiteral("/shared");
        constexpr int kWriters = 4;
        constexpr int kEach = 150;
        QList<QProcess*> writers;
        for (int w = 0; w < kWriters; ++w) {
            auto* writer = new QProcess(this);
            writer->start(QStringLiteral(AUDIT_WRITER),
                          { folder, QString::fromLatin1(kKey.toHex()), QString::number(kEach),
                            QStringLiteral("w%1").arg(w) });
            writers.append(writer);
        }
        for (QProcess* writer : std::as_const(writers)) {
            QVERIFY(writer->waitForFinished(60'000));
            QCOMPARE(writer->exitCode(), 0);
        }

        AuditLog log(folder);
        const QList<AuditEntry> entries = signedEntries(log);
        QCOMPARE(entries.size(), kWriters * kEach);
        QHash<QString, int> perWriter;
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).sequence, i + 1);
            perWriter[entries.at(i).subject.section(u'/', 0, 0)] += 1;
        }
        for (int w = 0; w < kWriters; ++w)
            QCOMPARE(perWriter.value(QStringLiteral("w%1").arg(w)), kEach);
        const AuditVerdict verdict = AuditVerifier::verify(log, kKey);
        QVERIFY2(verdict.holds(), qPrintable(verdict.why));
        QVERIFY(verdict.tornLines.isEmpty());
    }

    // Found with tests/fuzz/fuzz_audit: a last line claiming the largest
    // sequence number (anyone can edit the file) made the next append
    // overflow it (undefined behaviour; in practice a negative number). No
    // trail gets anywhere near 2^53 entries, so such a line is not an entry:
    // verification lists it as a torn line and the chain runs on after the
    // last real entry.
    void aLineWithAnImpossibleSequenceIsNotAnEntry()
    {
        AuditLog log(m_dir->path());
        QVERIFY(log.append(entryAbout(QStringLiteral("github/1")), kKey));
        AuditEntry forged = entryAbout(QStringLiteral("github/1"));
        forged.mac = QByteArray(32, '\0');
        for (const qint64 sequence : { std::numeric_limits<qint64>::max(), (qint64(1) << 53) }) {
            forged.sequence = sequence;
            QVERIFY(!AuditEntry::fromLine(forged.toLine()));
        }
        forged.sequence = (qint64(1) << 53) - 1;
        QVERIFY(AuditEntry::fromLine(forged.toLine()));
        forged.sequence = std::numeric_limits<qint64>::max();
        QFile file(log.currentFile());
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write(forged.toLine()) > 0);
        file.close();

        const Result<AuditEntry> next = log.append(entryAbout(QStringLiteral("github/1")), kKey);
        QVERIFY(next);
        QCOMPARE(next.value().sequence, 2);
        const AuditVerdict verdict = AuditVerifier::verify(log, kKey);
        QVERIFY2(verdict.holds(), qPrintable(verdict.why));
        QCOMPARE(verdict.entries, 2);
        QCOMPARE(verdict.tornLines.size(), 1);
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

// What one audit-trail append costs: in one process, with the trail
// already 3 MiB long, and with four processes appending at once (the
// desktop app, the D-Bus service's callers and scripts do). The baseline,
// measured in the same run, is appending the same bytes to a file with no
// lock, no chain and no MAC: what any log line costs.
#include "core/audit/auditlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Plugboard;

namespace {

const QByteArray kKey(32, '\x42');

AuditEntry sampleEntry(int i)
{
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = QStringLiteral("token.handed_out");
    entry.subject = QStringLiteral("github/%1").arg(i % 7);
    entry.actor = QStringLiteral("cli:/usr/bin/bash");
    entry.outcome = QStringLiteral("ok");
    return entry;
}

struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures figuresOf(QList<double> micros)
{
    std::sort(micros.begin(), micros.end());
    if (micros.isEmpty())
        return {};
    return { micros.at(micros.size() / 2),
             micros.at(std::min<qsizetype>(micros.size() - 1, micros.size() * 99 / 100)) };
}

QList<double> plainAppends(const QString& path, int count)
{
    QList<double> micros;
    QElapsedTimer timer;
    const QByteArray line = sampleEntry(0).toLine();
    for (int i = 0; i < count; ++i) {
        timer.start();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        micros.append(timer.nsecsElapsed() / 1000.0);
    }
    return micros;
}

QList<double> auditAppends(AuditLog& log, int count)
{
    QList<double> micros;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        if (!log.append(sampleEntry(i), kKey))
            qFatal("append failed");
        micros.append(timer.nsecsElapsed() / 1000.0);
    }
    return micros;
}

QList<double> concurrentAppends(const QString& folder, int writers, int each)
{
    QList<QProcess*> processes;
    for (int w = 0; w < writers; ++w) {
        auto* process = new QProcess;
        process->start(QStringLiteral(AUDIT_WRITER),
                       { folder, QString::fromLatin1(kKey.toHex()), QString::number(each),
                         QStringLiteral("w%1").arg(w), QStringLiteral("--timings") });
        processes.append(process);
    }
    QList<double> micros;
    for (QProcess* process : processes) {
        process->waitForFinished(120'000);
        for (const QByteArray& line : process->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                micros.append(line.toDouble());
        }
        delete process;
    }
    return micros;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QTextStream out(stdout);
    constexpr int kCount = 2000;
    constexpr int kWriters = 4;
    constexpr int kEach = 500;

    const Figures plain = figuresOf(plainAppends(dir.filePath(QStringLiteral("plain.jsonl")), kCount));
    AuditLog fresh(dir.filePath(QStringLiteral("one")));
    const Figures one = figuresOf(auditAppends(fresh, kCount));
    AuditLog grown(dir.filePath(QStringLiteral("grown")));
    (void)auditAppends(grown, 3 * 1024 * 1024 / int(sampleEntry(0).toLine().size() + 70));
    const Figures large = figuresOf(auditAppends(grown, kCount));
    const QList<double> shared = concurrentAppends(dir.filePath(QStringLiteral("shared")), kWriters, kEach);
    const Figures four = figuresOf(shared);

    out << "audit append, microseconds (median / p99), " << kCount << " appends each\n";
    out << QStringLiteral("  baseline: plain append of the same line   %1 / %2\n")
               .arg(plain.median, 0, 'f', 1)
               .arg(plain.p99, 0, 'f', 1);
    out << QStringLiteral("  audit append, one process                %1 / %2   (%3x baseline median)\n")
               .arg(one.median, 0, 'f', 1)
               .arg(one.p99, 0, 'f', 1)
               .arg(one.median / plain.median, 0, 'f', 1);
    out << QStringLiteral("  audit append, trail already 3 MiB        %1 / %2\n")
               .arg(large.median, 0, 'f', 1)
               .arg(large.p99, 0, 'f', 1);
    out << QStringLiteral("  audit append, %1 processes at once (%2)  %3 / %4   (p99 %5x one process)\n")
               .arg(kWriters)
               .arg(shared.size())
               .arg(four.median, 0, 'f', 1)
               .arg(four.p99, 0, 'f', 1)
               .arg(four.p99 / one.p99, 0, 'f', 1);
    return 0;
}

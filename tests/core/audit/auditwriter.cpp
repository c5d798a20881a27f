// audit_writer FOLDER KEY_HEX COUNT TAG [--timings]
// Appends COUNT entries (subject TAG/0, TAG/1, …) to the audit trail in
// FOLDER, as one of several processes writing at once. With --timings it
// prints how long each append took, in microseconds, one per line.
#include "core/audit/auditlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Plugboard;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    AuditLog log(args.at(1));
    const QByteArray key = QByteArray::fromHex(args.at(2).toLatin1());
    const int count = args.at(3).toInt();
    const bool timings = args.contains(QStringLiteral("--timings"));
    QTextStream out(stdout);
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.event = QStringLiteral("token.handed_out");
        entry.subject = QStringLiteral("%1/%2").arg(args.at(4)).arg(i);
        entry.actor = QStringLiteral("cli:/usr/bin/audit_writer");
        entry.outcome = QStringLiteral("ok");
        timer.start();
        if (!log.append(entry, key))
            return 1;
        if (timings)
            out << timer.nsecsElapsed() / 1000.0 << '\n';
    }
    return 0;
}

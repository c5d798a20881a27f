// secretstoreprobe SERVICE read|write|remove KEY
//
// Runs one KeychainSecretStore job in its own process, so a test can point
// it at a D-Bus session of its choice (none with a keyring, a locked one).
// A write takes the value from stdin, never from the command line. Prints
//   <operation> <error code name>
//   value <base64 of the UTF-8 value>     (a successful read)
//   message <error message>               (a failure)
// and exits 0; 2 for bad usage, 3 when the job did not finish in time.
#include "core/applicationinfo.h"
#include "core/storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Plugboard;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyToApplication(); // the index goes to the real settings path
    const QStringList args = app.arguments();
    const QStringList operations { QStringLiteral("read"), QStringLiteral("write"),
                                   QStringLiteral("remove") };
    if (args.size() != 4 || !operations.contains(args.at(2))) {
        std::fputs("usage: secretstoreprobe SERVICE read|write|remove KEY\n", stderr);
        return 2;
    }
    const QString operation = args.at(2);
    const QString key = args.at(3);

    KeychainSecretStore store(args.at(1), QString());
    SecretJob* job = nullptr;
    if (operation == QLatin1String("write")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 2;
        job = store.write(key, QString::fromUtf8(in.readAll()));
    } else if (operation == QLatin1String("read")) {
        job = store.read(key);
    } else {
        job = store.remove(key);
    }

    QTextStream out(stdout);
    onFinished(job, &app, [&out, &operation](SecretJob* finished) {
        out << operation << ' ' << finished->error().codeName() << '\n';
        if (finished->error().isError())
            out << "message " << finished->error().message << '\n';
        else if (finished->kind() == SecretJob::Kind::Read)
            out << "value " << QString::fromLatin1(finished->value().toUtf8().toBase64()) << '\n';
        out.flush();
        QCoreApplication::exit(0);
    });
    // The test waits too, but a hang should be reported as such.
    QTimer::singleShot(15'000, &app, [] {
        std::fputs("timeout: the job did not finish within 15 s\n", stderr);
        QCoreApplication::exit(3);
    });
    job->start();
    return QCoreApplication::exec();
}

// The floor `plugboard-cli token` is measured against: the least a Qt
// program can do to print a keyring entry through QtKeychain. A
// QCoreApplication and one ReadPasswordJob of SERVICE/KEY, its text
// printed; nothing else. Usage: bench_keychain_reader SERVICE KEY
#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_keychain_reader SERVICE KEY\n");
        return 2;
    }
    QKeychain::ReadPasswordJob job(QString::fromLocal8Bit(argv[1]));
    job.setAutoDelete(false);
    job.setKey(QString::fromLocal8Bit(argv[2]));
    QObject::connect(&job, &QKeychain::Job::finished, &app, [&job] {
        if (job.error() != QKeychain::NoError) {
            std::fprintf(stderr, "%s\n", qPrintable(job.errorString()));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("%s\n", job.textData().toUtf8().constData());
        QCoreApplication::exit(0);
    });
    job.start();
    return QCoreApplication::exec();
}

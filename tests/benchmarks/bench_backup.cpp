// Measures the encrypted backup at the cost real users get (scrypt N = 2^16,
// r = 8, p = 1, as the vault): BackupExport and BackupImport in process, for
// profiles of 1, 10, 50 and 200 connections, each with a JWT-sized access
// token, a refresh token, app credentials per platform and a grant. The
// secrets sit in an in-memory store, so the figures are the backup's own
// (key derivation, JSON, sealing, the file, the metadata writes); a keyring
// adds its own read or write time per secret (bench_tokens measures those).
// Prints the median of 5 runs and the file size; asserts nothing.
// Run with scripts/run-benchmark.sh bench_backup.
#include "core/applicationinfo.h"
#include "core/backup/backupexport.h"
#include "core/backup/backupfile.h"
#include "core/backup/backupimport.h"
#include "core/logging.h"
#include "core/storage/connectionstore.h"
#include "core/storage/tokenset.h"
#include "tests/support/memorysecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Plugboard;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("benchmark passphrase");
constexpr int kRuns = 5;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Runs a job to its end; its wall time in ms, or -1 when it failed.
double timed(Job* job)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy finished(job, &Job::finished);
    job->setAutoDelete(false);
    job->start();
    if (finished.isEmpty())
        finished.wait(120000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const bool failed = job->error().isError();
    if (failed)
        std::printf("  failed: %s\n", qPrintable(job->error().message));
    delete job;
    return failed ? -1 : ms;
}

void fill(Test::MemorySecretStore& secrets, ConnectionStore& connections, int count)
{
    const QString jwtLike = QString(900, QLatin1Char('a')) + QStringLiteral(".sig");
    for (int i = 0; i < count; ++i) {
        const QString platform = QStringLiteral("platform-%1").arg(i % 12);
        secrets.insert(SecretStore::credentialsKey(platform),
                       QStringLiteral("{\"client_id\":\"%1.apps.example\",\"client_secret\":\"%2\"}")
                           .arg(platform, QString(40, QLatin1Char('s'))));
        TokenSet tokens;
        tokens.accessToken = jwtLike + QString::number(i);
        tokens.refreshToken = QString(120, QLatin1Char('r')) + QString::number(i);
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        tokens.obtainedAt = QDateTime::currentDateTimeUtc();
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.grantedScopes
            = { QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email") };
        const QString account = QStringLiteral("account-%1").arg(i);
        secrets.insert(SecretStore::connectionKey(platform, account), tokens.toJson());
        Connection connection;
        connection.platformId = platform;
        connection.accountId = account;
        connection.accountName = QStringLiteral("user%1@example.com").arg(i);
        connection.grantedScopes = tokens.grantedScopes;
        connection.refreshable = true;
        connection.expiresAt = tokens.expiresAt;
        connection.grants.append({ QStringLiteral("/usr/bin/tool"), QDateTime::currentDateTimeUtc(), {}, 3 });
        (void)connections.upsert(connection);
    }
}

void measure(int count)
{
    QTemporaryDir dir;
    Test::MemorySecretStore source;
    ConnectionStore sourceConnections(dir.filePath(QStringLiteral("a/connections.json")));
    fill(source, sourceConnections, count);
    const QString path = dir.filePath(QStringLiteral("bench.pbbackup"));
    std::vector<double> exports;
    std::vector<double> imports;
    for (int run = 0; run < kRuns; ++run) {
        exports.push_back(
            timed(new BackupExport(path, kPassphrase, BackupFile::newParams(), &source, &sourceConnections)));
        Test::MemorySecretStore target; // a fresh profile each time: everything is written
        const QString targetFile = dir.filePath(QStringLiteral("b%1/connections.json").arg(run));
        ConnectionStore targetConnections(targetFile);
        imports.push_back(timed(new BackupImport(path, kPassphrase, &target, &targetConnections)));
    }
    std::printf("%4d connections: export %7.1f ms   import %7.1f ms   file %8lld bytes (%.1f KiB)\n", count,
                median(exports), median(imports), QFileInfo(path).size(), QFileInfo(path).size() / 1024.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyToApplication();
    Logging::applyDefaultRules();
    qunsetenv(BackupFile::testCostVariable().constData()); // the real cost
    const Crypto::ScryptParams params = BackupFile::newParams();
    std::printf("scrypt N=2^%d r=%u p=%u (%llu MiB), median of %d runs\n", params.log2N, params.r, params.p,
                static_cast<unsigned long long>(params.memoryBytes() >> 20), kRuns);
    for (const int count : { 1, 10, 50, 200 })
        measure(count);
    return 0;
}

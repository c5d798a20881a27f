#include "tests/cli/clisteps.h"

#include "core/audit/auditlog.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretjob.h"
#include "core/storage/tokenset.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

namespace Plugboard::Test::CliSteps {

namespace {

std::unique_ptr<SecretJob> runJob(SecretJob* job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &SecretJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(20000);
    return std::unique_ptr<SecretJob>(job);
}

} // namespace

QString program()
{
    const QString other = qEnvironmentVariable("PLUGBOARD_TEST_CLI");
    return other.isEmpty() ? QStringLiteral(PLUGBOARD_CLI_PATH) : other;
}

CliProcess run(const QStringList& arguments, const QByteArray& input)
{
    return CliProcess::run(program(), arguments, input);
}

CliProcess addProvider(const QString& id, FakeOAuthProvider& provider)
{
    return run({ QStringLiteral("providers"), QStringLiteral("add"), id, QStringLiteral("--discover"),
                 provider.issuerUrl().toString() });
}

CliProcess setCredentials(const QString& id, FakeOAuthProvider& provider)
{
    return run({ QStringLiteral("credentials"), QStringLiteral("set"), id, QStringLiteral("--client-id"),
                 provider.clientId(), QStringLiteral("--client-secret-stdin") },
               provider.clientSecret().toUtf8() + '\n');
}

CliProcess connect(const QString& id, const QStringList& extraArguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    process.start(program(),
                  QStringList { QStringLiteral("connect"), id, QStringLiteral("--no-browser") }
                      + extraArguments);
    QByteArray printed;
    while (!printed.contains('\n') && finished.isEmpty() && (output.wait(20000) || !printed.isEmpty()))
        printed += process.readAllStandardOutput();
    FakeBrowser browser;
    if (printed.contains('\n'))
        browser.open(QUrl(QString::fromUtf8(printed.left(printed.indexOf('\n'))))); // the user signs in
    CliProcess result;
    if (finished.isEmpty() && !finished.wait(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(printed + process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString storedTokens(const QString& platformId, const QString& accountId)
{
    KeychainSecretStore store;
    const auto read = runJob(store.read(SecretStore::connectionKey(platformId, accountId)));
    return read->error().isError() ? QString() : read->value();
}

bool setTokenExpiry(const QString& platformId, const QString& accountId, const QDateTime& expiresAt)
{
    Result<TokenSet> tokens = TokenSet::fromJson(storedTokens(platformId, accountId));
    if (!tokens)
        return false;
    tokens.value().expiresAt = expiresAt;
    KeychainSecretStore store;
    const auto write
        = runJob(store.write(SecretStore::connectionKey(platformId, accountId), tokens.value().toJson()));
    return !write->error().isError();
}

void forgetEverything()
{
    {
        KeychainSecretStore store;
        runJob(store.removeAll(QString()));
    }
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(AuditLog::defaultFolder()).removeRecursively(); // its key went with the keyring's entries
}

} // namespace Plugboard::Test::CliSteps

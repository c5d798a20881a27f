// Measures how fast Plugboard hands out tokens, against the suite's fake
// provider on 127.0.0.1 and the private keyring:
//  1. TokenService::validToken() for a stored token that is still valid
//     (one keyring read, no network), in process;
//  2. a renewal against the fake provider (lock, keyring read, credentials
//     read, refresh request, keyring write, metadata write), in process;
//  3. `plugboard-cli token CONNECTION` as a script runs it, the desktop app
//     not running (the keyring path), against a minimal Qt + QtKeychain
//     program reading the same entry (bench_keychain_reader, the floor for
//     a Qt program; goal <= 1.1x) and `secret-tool lookup` reading an entry
//     of the same size from the same keyring, alternating, in one run;
//  4. with the desktop app running: GetAccessToken over D-Bus (this program
//     holding a grant) against one in-process keyring read of the same
//     entry, and `plugboard-cli token`, which then asks the app, against
//     secret-tool and the reader again (goal: faster than secret-tool);
//  5. `plugboard-cli token CONNECTION` with the encrypted vault as the
//     backend against the same with the keyring, alternating, and the
//     vault's unlock (scrypt at the default cost) alone.
// Prints figures and "RATIO <id> <value> <goal>" lines; asserts nothing.
// Run with scripts/run-benchmark.sh bench_tokens.
#include "app/dbus/instancesocket.h"
#include "core/applicationinfo.h"
#include "core/crypto/sealkey.h"
#include "core/logging.h"
#include "core/storage/connectionstore.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/secretjob.h"
#include "core/storage/vaultfile.h"
#include "tests/benchmarks/bench_tokenprocesses.h"
#include "tests/core/lifecycle/lifecyclefixture.h"
#include "tests/support/cliprocess.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>

#include <cstdio>
#include <vector>

using namespace Plugboard;
using namespace Plugboard::Bench;

namespace {

const QString kPlatform = QStringLiteral("fake");
const QString kAccount = QStringLiteral("user-42");
constexpr int kRounds = 40;

/// The token-path medians of the keyring path, for the ratios printed with
/// the app running.
double g_keyringPathMs = 0;

/// The CLI under test; PLUGBOARD_BENCH_CLI names another build of it (an
/// older one, for before/after figures of the keyring path).
QString cliPath()
{
    return qEnvironmentVariable("PLUGBOARD_BENCH_CLI", QStringLiteral(PLUGBOARD_CLI_PATH));
}

QString entryKey()
{
    return SecretStore::connectionKey(kPlatform, kAccount);
}

/// `token` (however it gets the token), the reader and secret-tool,
/// alternating; `when` tells the lines apart.
bool threeWay(const QString& expectedToken, bool appRunning)
{
    const QByteArray token = expectedToken.toUtf8();
    std::vector<Contender> contenders {
        { appRunning ? "plugboard-cli token fake, app running (start to exit)"
                     : "plugboard-cli token fake, keyring path (start to exit)",
          cliPath(),
          { QStringLiteral("token"), kPlatform },
          token },
        { "minimal Qt + QtKeychain reader, same entry (start to exit)",
          QStringLiteral(BENCH_KEYCHAIN_READER_PATH),
          { ApplicationInfo::appId(), entryKey() },
          token },
        { "secret-tool lookup, same-size entry (start to exit)",
          QStringLiteral("secret-tool"),
          { QStringLiteral("lookup"), QStringLiteral("bench"), QStringLiteral("tokens") },
          QByteArray() },
    };
    if (!alternate(contenders, kRounds))
        return false;
    const double cli = contenders[0].figures.median();
    const double reader = contenders[1].figures.median();
    const double secretTool = contenders[2].figures.median();
    if (!appRunning) {
        g_keyringPathMs = cli;
        printRatio("token-keyring/qt-keychain-reader", cli / reader, "<=1.1");
        printRatio("token-keyring/secret-tool", cli / secretTool, "info");
        return true;
    }
    printRatio("token-app/secret-tool", cli / secretTool, "<1.0");
    printRatio("token-app/qt-keychain-reader", cli / reader, "info");
    if (g_keyringPathMs > 0)
        printRatio("token-app/token-keyring", cli / g_keyringPathMs, "info");
    return true;
}

bool inProcess(Test::LifecycleFixture& fixture)
{
    if (!fixture.seed(QDateTime::currentDateTimeUtc().addSecs(3600)))
        return false;
    Figures valid;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto job = fixture.run(fixture.service().validToken(fixture.connectionId()));
        valid.ms.push_back(elapsedMs(timer));
        if (job->error().isError() || job->refreshed())
            return false;
    }
    valid.print("validToken(), valid stored token (keyring read)");

    Figures renew;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto job = fixture.run(fixture.service().renewNow(fixture.connectionId()));
        renew.ms.push_back(elapsedMs(timer));
        if (job->error().isError() || !job->refreshed())
            return false;
    }
    renew.print("renewal against the fake provider (lock..metadata)");
    return true;
}

/// One keyring read of `key` through the store, in milliseconds, or -1.
double timeKeyringRead(KeychainSecretStore& secrets, const QString& key)
{
    QElapsedTimer timer;
    timer.start();
    SecretJob* read = secrets.read(key);
    QSignalSpy done(read, &SecretJob::finished);
    read->start();
    if (!done.wait(10000) || read->error().isError())
        return -1;
    return elapsedMs(timer);
}

bool againstDBus(const QString& expectedToken)
{
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (Test::CliProcess::run(
            QStringLiteral(PLUGBOARD_CLI_PATH),
            { QStringLiteral("grants"), QStringLiteral("allow"), self, QStringLiteral("fake") })
            .exitCode
        != 0)
        return false;
    QProcess app;
    app.start(QStringLiteral(PLUGBOARD_GUI_PATH), { QStringLiteral("--minimized") });
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = QStringLiteral("org.plugboard.Plugboard1");
    QElapsedTimer waited;
    waited.start();
    while (!bus.interface()->isServiceRegistered(service) && waited.elapsed() < 20000)
        QThread::msleep(20);
    QDBusMessage call = QDBusMessage::createMethodCall(service, QStringLiteral("/org/plugboard/Plugboard1"),
                                                       service, QStringLiteral("GetAccessToken"));
    call << QStringLiteral("fake/user-42") << QVariantMap { { QStringLiteral("interactive"), false } };
    KeychainSecretStore secrets;
    const QString key = SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42"));
    Figures overBus;
    Figures keyring;
    bool ok = bus.call(call).type() == QDBusMessage::ReplyMessage; // warm: the caller is known from now on
    for (int i = 0; ok && i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QDBusMessage reply = bus.call(call);
        overBus.ms.push_back(elapsedMs(timer));
        const double read = timeKeyringRead(secrets, key);
        keyring.ms.push_back(read);
        ok = reply.type() == QDBusMessage::ReplyMessage
            && reply.arguments().value(0).toString() == expectedToken && read >= 0;
    }
    if (ok) {
        overBus.print("GetAccessToken over D-Bus, valid token (round trip)");
        keyring.print("one keyring read of the same entry, in process");
        printRatio("dbus-gettoken/keyring-read", overBus.median() / keyring.median(), "<1.0");
        ok = threeWay(expectedToken, true);
    }
    app.terminate();
    app.waitForFinished(10000);
    // Killed, the app leaves its single-instance socket behind; without it
    // the command line reads the keyring at once, as after a normal quit.
    QFile::remove(InstanceSocket::name(ApplicationInfo::appId()));
    return ok;
}

bool vaultAgainstKeyring(const QString& expectedToken);

bool againstSecretTool(Test::FakeOAuthProvider& provider)
{
    const QString cli = QStringLiteral(PLUGBOARD_CLI_PATH);
    const auto runCli = [&cli](const QStringList& arguments, const QByteArray& input = {}) {
        return Test::CliProcess::run(cli, arguments, input).exitCode == 0;
    };
    if (!runCli({ QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("fake"),
                  QStringLiteral("--discover"), provider.issuerUrl().toString() })
        || !runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("fake"),
                     QStringLiteral("--client-id"), provider.clientId(),
                     QStringLiteral("--client-secret-stdin") },
                   provider.clientSecret().toUtf8() + '\n'))
        return false;

    // The connection as the app would have stored it.
    KeychainSecretStore secrets;
    ConnectionStore connections;
    (void)connections.load();
    const Test::FakeOAuthProvider::IssuedTokens issued = provider.grantWithoutBrowser();
    TokenSet tokens;
    tokens.accessToken = issued.accessToken;
    tokens.refreshToken = issued.refreshToken;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.grantedScopes = { QStringLiteral("openid"), QStringLiteral("profile") };
    const QString blob = tokens.toJson();
    SecretJob* write
        = secrets.write(SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42")), blob);
    QSignalSpy written(write, &SecretJob::finished);
    write->start();
    if (!written.wait(10000))
        return false;
    Connection connection;
    connection.platformId = QStringLiteral("fake");
    connection.accountId = QStringLiteral("user-42");
    connection.accountName = QStringLiteral("Fake User");
    connection.expiresAt = tokens.expiresAt;
    connection.refreshable = true;
    if (!connections.upsert(connection))
        return false;

    // secret-tool's entry: the same size, in the same keyring.
    QProcess store;
    store.start(QStringLiteral("secret-tool"),
                { QStringLiteral("store"), QStringLiteral("--label=bench"), QStringLiteral("bench"),
                  QStringLiteral("tokens") });
    store.write(blob.toUtf8());
    store.closeWriteChannel();
    if (!store.waitForFinished(10000) || store.exitCode() != 0) {
        std::printf("secret-tool is missing or failed: install libsecret-tools\n");
        return false;
    }

    // PLUGBOARD_BENCH_PROFILE: a shell command to run here, where the
    // connection, the keyring entries and the environment are in place
    // (strace, perf stat, LD_DEBUG=statistics on plugboard-cli token fake).
    if (const QString profile = qEnvironmentVariable("PLUGBOARD_BENCH_PROFILE"); !profile.isEmpty())
        QProcess::execute(QStringLiteral("bash"), { QStringLiteral("-c"), profile });
    if (!threeWay(tokens.accessToken, false))
        return false;
    return againstDBus(tokens.accessToken) && vaultAgainstKeyring(tokens.accessToken);
}

/// The unlock alone: one scrypt derivation at the default cost.
void timeUnlock()
{
    Figures unlock;
    const Crypto::ScryptParams params = Crypto::ScryptParams::standard();
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!Crypto::SealKey::derive("benchmark passphrase", params))
            return;
        unlock.ms.push_back(elapsedMs(timer));
    }
    char what[96];
    std::snprintf(what, sizeof what, "vault unlock alone (scrypt N=2^%d r=%u p=%u, %llu MiB)", params.log2N,
                  params.r, params.p, static_cast<unsigned long long>(params.memoryBytes() >> 20));
    unlock.print(what);
}

/// `token` with the vault as the backend against the keyring, alternating:
/// the same connection, the same token, copied into a new vault.
bool vaultAgainstKeyring(const QString& expectedToken)
{
    const QString key = SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42"));
    KeychainSecretStore keyring;
    SecretJob* read = keyring.read(key);
    QSignalSpy done(read, &SecretJob::finished);
    read->start();
    if (!done.wait(10000) || read->error().isError())
        return false;
    const QByteArray passphrase = "benchmark passphrase";
    if (!VaultFile(VaultFile::defaultFilePath())
             .create(passphrase, Crypto::ScryptParams::standard(), { { key, read->value() } }))
        return false;
    qputenv("PLUGBOARD_VAULT_PASSPHRASE_COMMAND", "echo '" + passphrase + "'");
    const QString cli = QStringLiteral(PLUGBOARD_CLI_PATH);
    const QStringList tokenArgs { QStringLiteral("token"), QStringLiteral("fake") };
    Figures vault;
    Figures keyringRuns;
    for (int i = 0; i < 15; ++i) {
        for (const auto kind : { SecretBackend::Kind::Vault, SecretBackend::Kind::Keyring }) {
            if (!SecretBackend::setConfigured(kind))
                return false;
            QByteArray printed;
            const double ms = timeProcess(cli, tokenArgs, &printed);
            if (ms < 0 || printed.trimmed() != expectedToken.toUtf8())
                return false;
            (kind == SecretBackend::Kind::Vault ? vault : keyringRuns).ms.push_back(ms);
        }
    }
    vault.print("plugboard-cli token fake, vault backend (start to exit)");
    keyringRuns.print("plugboard-cli token fake, keyring backend (start to exit)");
    std::printf("ratio vault / keyring: %.2fx\n", vault.median() / keyringRuns.median());
    timeUnlock();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyToApplication();
    Logging::applyDefaultRules();
    if (qEnvironmentVariable("PLUGBOARD_PRIVATE_KEYRING") != QLatin1String("1")) {
        std::printf("Run through scripts/run-benchmark.sh: it needs the private keyring.\n");
        return 1;
    }
    KeychainSecretStore benchSecrets(QStringLiteral("org.plugboard.Plugboard.bench"),
                                     ApplicationInfo::settingsFilePath() + QStringLiteral(".bench"));
    bool ok = false;
    {
        Test::LifecycleFixture fixture(&benchSecrets);
        ok = inProcess(fixture);
    }
    Test::FakeOAuthProvider provider;
    ok = ok && againstSecretTool(provider);
    if (!ok)
        std::printf("a step failed; the figures above are incomplete\n");
    return ok ? 0 : 1;
}

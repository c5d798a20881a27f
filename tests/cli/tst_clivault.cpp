// plugboard-cli with the encrypted vault as the secret store, as a script
// on a server would use it: no D-Bus session and no keyring at all (the
// bus address is removed for every child), the passphrase from
// PLUGBOARD_VAULT_PASSPHRASE_COMMAND or standard input. Connect, token,
// renewal with rotation, one refresh for two processes, disconnect (the
// sign-in with the device flow, as there is no display either); a wrong
// passphrase and a damaged vault change nothing; no secret in clear under
// HOME.
#include "core/applicationinfo.h"
#include "core/audit/auditlog.h"
#include "core/storage/secretkeyindex.h"
#include "core/storage/tokenset.h"
#include "core/storage/vaultfile.h"
#include "core/storage/vaultpassphraseprovider.h"
#include "core/storage/vaultsecretstore.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kAccount = QStringLiteral("user-42");
const QByteArray kPassphrase = QByteArrayLiteral("vault test passphrase");
const QByteArray kCommandVariable = QByteArrayLiteral("PLUGBOARD_VAULT_PASSPHRASE_COMMAND");

class GivenPassphrase final : public VaultPassphraseProvider
{
public:
    void requestPassphrase(const Request&, Answer answer) override { answer(kPassphrase); }
};

void usePassphraseCommand(const QByteArray& passphrase)
{
    qputenv(kCommandVariable.constData(), "printf '%s\\n' '" + passphrase + "'");
}

QByteArray vaultBytes()
{
    QFile file(VaultFile::defaultFilePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString storedTokens()
{
    GivenPassphrase passphrase;
    VaultSecretStore store(&passphrase);
    const SecretJobOutcome read = runSecretJob(store.read(SecretStore::connectionKey(kFake, kAccount)));
    return read.error.isError() ? QString() : read.value;
}

bool expireTokens()
{
    Result<TokenSet> tokens = TokenSet::fromJson(storedTokens());
    if (!tokens)
        return false;
    tokens.value().expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    GivenPassphrase passphrase;
    VaultSecretStore store(&passphrase);
    return !runSecretJob(store.write(SecretStore::connectionKey(kFake, kAccount), tokens.value().toJson()))
                .error.isError();
}

} // namespace

class TestCliVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void headlessSessionWithoutDBus();
    void wrongPassphraseExits5AndWritesNothing();
    void flippedByteIsNamedAndNeverOverwritten();
    void changePassphraseFromStandardInput();
    void noTerminalAndNoCommandSaysHow();
    void failingPassphraseCommandIsClear_data();
    void failingPassphraseCommandIsClear();
    void initRefusesToStrandKeyringSecrets();
    void concurrentWritersLoseNothing();
    void auditEntriesWaitForTheVault();
    void defaultCostEndToEnd();

private:
    void initVault();

    std::unique_ptr<FakeOAuthProvider> m_provider;
};

void TestCliVault::initTestCase()
{
    ApplicationInfo::applyToApplication();
    // No session bus for any child: the vault must need none. No display
    // either, as on a server.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestCliVault::init()
{
    usePassphraseCommand(kPassphrase);
    qputenv("PLUGBOARD_TEST_VAULT_LOG2N", "4"); // cheap; defaultCostEndToEnd() uses the real cost
    m_provider = std::make_unique<FakeOAuthProvider>();
}

void TestCliVault::cleanup()
{
    m_provider.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QFile::remove(ApplicationInfo::settingsFilePath());
    QDir(AuditLog::defaultFolder()).removeRecursively(); // its key was in the vault
}

void TestCliVault::initVault()
{
    const Run init = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Run add = CliSteps::addProvider(kFake, *m_provider);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run credentials = CliSteps::setCredentials(kFake, *m_provider);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));
}

void TestCliVault::headlessSessionWithoutDBus()
{
    initVault();
    const Run status
        = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--json") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    const QJsonObject shown = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(shown[QLatin1String("backend")].toString(), QStringLiteral("vault"));
    QCOMPARE(shown[QLatin1String("file_mode")].toString(), QStringLiteral("0600"));
    QCOMPARE(shown[QLatin1String("format_version")].toInt(), 1);
    QCOMPARE(shown[QLatin1String("secrets_indexed")].toInt(),
             2); // the app credentials, the audit trail's key

    // No browser here: the code is approved on another device.
    m_provider->setDevicePolls({ QStringLiteral("authorization_pending"), QStringLiteral("approve") });
    const Run connect = CliSteps::run({ QStringLiteral("connect"), kFake, QStringLiteral("--device"),
                                        QStringLiteral("--timeout"), QStringLiteral("60") });
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    const QStringList lines = connect.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), FakeOAuthProvider::userCode());
    QCOMPARE(lines.at(2), QStringLiteral("fake/user-42\tFake User"));
    const Run token = CliSteps::run({ QStringLiteral("token"), kFake });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QCOMPARE(token.out, m_provider->lastAccessToken() + QLatin1Char('\n'));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0);

    // Expired: renewed once, and the rotated refresh token is what the vault keeps.
    QVERIFY(expireTokens());
    const Run renewed = CliSteps::run({ QStringLiteral("token"), kFake });
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(renewed.out, m_provider->lastAccessToken() + QLatin1Char('\n'));
    QVERIFY(storedTokens().contains(m_provider->lastRefreshToken()));

    // Two processes at once: one refresh at the provider, the same token for both.
    QVERIFY(expireTokens());
    m_provider->setRefreshDelay(400);
    QProcess one;
    QProcess two;
    QSignalSpy oneDone(&one, &QProcess::finished);
    QSignalSpy twoDone(&two, &QProcess::finished);
    one.start(CliSteps::program(), { QStringLiteral("token"), kFake });
    two.start(CliSteps::program(), { QStringLiteral("token"), kFake });
    QVERIFY(!oneDone.isEmpty() || oneDone.wait(30000));
    QVERIFY(!twoDone.isEmpty() || twoDone.wait(30000));
    QCOMPARE(one.exitCode(), 0);
    QCOMPARE(two.exitCode(), 0);
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 2);
    QCOMPARE(QString::fromUtf8(one.readAllStandardOutput()),
             m_provider->lastAccessToken() + QLatin1Char('\n'));
    QCOMPARE(QString::fromUtf8(two.readAllStandardOutput()),
             m_provider->lastAccessToken() + QLatin1Char('\n'));
    QVERIFY2(m_provider->lastRefusal().isEmpty(), qPrintable(m_provider->lastRefusal()));

    // Nothing in clear anywhere under HOME or the XDG folders.
    const QString root = QDir(QDir::homePath() + QStringLiteral("/..")).absolutePath();
    for (const QString& secret : { m_provider->lastAccessToken(), m_provider->lastRefreshToken(),
                                   m_provider->clientSecret(), secretMarker() }) {
        const QStringList leaked = filesContaining(root, secret.toUtf8());
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char(' '))));
    }

    const Run disconnect = CliSteps::run({ QStringLiteral("disconnect"), kFake });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    QVERIFY(storedTokens().isEmpty());
}

void TestCliVault::wrongPassphraseExits5AndWritesNothing()
{
    initVault();
    const QByteArray before = vaultBytes();
    usePassphraseCommand("not it");
    const Run set = CliSteps::setCredentials(QStringLiteral("github"), *m_provider);
    QCOMPARE(set.exitCode, 5);
    QVERIFY2(set.err.contains(QStringLiteral("Wrong passphrase")), qPrintable(set.err));
    QVERIFY2(set.err.contains(QStringLiteral("[wrong_passphrase]")), qPrintable(set.err));
    QCOMPARE(vaultBytes(), before);
    const Run status
        = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--unlock") });
    QCOMPARE(status.exitCode, 5);
    QCOMPARE(vaultBytes(), before);
}

void TestCliVault::flippedByteIsNamedAndNeverOverwritten()
{
    initVault();
    QByteArray bytes = vaultBytes();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x04);
    {
        QFile file(VaultFile::defaultFilePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const Run show = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), kFake });
    const Run set = CliSteps::setCredentials(kFake, *m_provider);
    const Run status = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("status") });
    for (const Run& run : { show, set, status }) {
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(VaultFile::defaultFilePath())
                     && run.err.contains(QStringLiteral("damaged")),
                 qPrintable(run.err));
    }
    QCOMPARE(vaultBytes(), bytes);
}

void TestCliVault::changePassphraseFromStandardInput()
{
    qunsetenv(kCommandVariable.constData());
    const QStringList stdinInit { QStringLiteral("vault"), QStringLiteral("init"),
                                  QStringLiteral("--passphrase-stdin") };
    QCOMPARE(CliSteps::run(stdinInit, kPassphrase + '\n').exitCode, 0);
    QCOMPARE(CliSteps::run(stdinInit, kPassphrase + '\n').exitCode, 2); // one exists already
    const QStringList change { QStringLiteral("vault"), QStringLiteral("change-passphrase"),
                               QStringLiteral("--passphrase-stdin") };
    const QByteArray salt = vaultBytes().mid(22, 16);
    const Run wrong = CliSteps::run(change, "wrong\nnew passphrase\n");
    QCOMPARE(wrong.exitCode, 5);
    const Run changed = CliSteps::run(change, kPassphrase + "\nnew passphrase\n");
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY(vaultBytes().mid(22, 16) != salt); // a fresh salt
    const QStringList unlock { QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--unlock"),
                               QStringLiteral("--passphrase-stdin") };
    QCOMPARE(CliSteps::run(unlock, kPassphrase + '\n').exitCode, 5);
    const Run opened = CliSteps::run(unlock, "new passphrase\n");
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
    QVERIFY2(opened.out.contains(QStringLiteral("Secrets: 0 (unlocked")), qPrintable(opened.out));
}

void TestCliVault::noTerminalAndNoCommandSaysHow()
{
    initVault();
    qunsetenv(kCommandVariable.constData());
    const Run show = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), kFake });
    QCOMPARE(show.exitCode, 5);
    QVERIFY2(show.err.contains(QString::fromLatin1(kCommandVariable)), qPrintable(show.err));
}

void TestCliVault::failingPassphraseCommandIsClear_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QString>("says");
    QTest::newRow("fails") << QByteArray("exit 3") << QStringLiteral("failed (exit status 3)");
    QTest::newRow("prints nothing") << QByteArray("true") << QStringLiteral("printed nothing");
}

void TestCliVault::failingPassphraseCommandIsClear()
{
    QFETCH(QByteArray, command);
    QFETCH(QString, says);
    initVault();
    const QByteArray before = vaultBytes();
    qputenv(kCommandVariable.constData(), command);
    const Run show = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), kFake });
    QCOMPARE(show.exitCode, 5);
    QVERIFY2(show.err.contains(says) && show.err.contains(QString::fromLatin1(kCommandVariable)),
             qPrintable(show.err));
    QCOMPARE(vaultBytes(), before);
}

// Names in the keyring's index are read from the settings file, without the
// keyring; init will not leave those secrets behind unless told what to do.
void TestCliVault::initRefusesToStrandKeyringSecrets()
{
    QVERIFY(
        SecretKeyIndex(ApplicationInfo::appId()).add(SecretStore::credentialsKey(QStringLiteral("github"))));
    const Run init = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("init") });
    QCOMPARE(init.exitCode, 2);
    QVERIFY2(init.err.contains(QStringLiteral("--move"))
                 && init.err.contains(QStringLiteral("--keep-keyring")),
             qPrintable(init.err));
    QVERIFY(!QFile::exists(VaultFile::defaultFilePath()));
    // Without a keyring, moving cannot work: exit 5, nothing created.
    const Run move
        = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--move") });
    QCOMPARE(move.exitCode, 5);
    QVERIFY(!QFile::exists(VaultFile::defaultFilePath()));
    // Starting afresh leaves them where they are, unused.
    const Run keep = CliSteps::run(
        { QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--keep-keyring") });
    QVERIFY2(keep.exitCode == 0, qPrintable(keep.err));
    QVERIFY(QFile::exists(VaultFile::defaultFilePath()));
}

void TestCliVault::concurrentWritersLoseNothing()
{
    initVault();
    QList<std::shared_ptr<QProcess>> writers;
    const QStringList platforms { QStringLiteral("github"), QStringLiteral("google") };
    for (const QString& platform : platforms) {
        auto process = std::make_shared<QProcess>();
        process->start(CliSteps::program(),
                       { QStringLiteral("credentials"), QStringLiteral("set"), platform,
                         QStringLiteral("--client-id"), QStringLiteral("id-") + platform,
                         QStringLiteral("--client-secret-stdin") });
        process->write(fakeSecret(QStringLiteral("concurrent")).toUtf8() + '\n');
        process->closeWriteChannel();
        writers.append(process);
    }
    for (const auto& process : writers) {
        QVERIFY(process->waitForFinished(30000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    for (const QString& platform : platforms) {
        const Run show = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), platform });
        QVERIFY2(show.out.contains(QStringLiteral("Client Secret: saved")),
                 qPrintable(platform + show.out + show.err));
    }
}

void TestCliVault::auditEntriesWaitForTheVault()
{
    initVault();
    // A wrong passphrase: the vault stays shut, so does the trail's key.
    usePassphraseCommand("not the passphrase");
    QCOMPARE(CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), kFake }).exitCode, 5);
    // Adding a custom provider reads no secret: nobody is asked for the
    // passphrase just to sign its entry.
    qunsetenv(kCommandVariable.constData());
    const Run added = CliSteps::addProvider(QStringLiteral("other"), *m_provider);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run waiting = CliSteps::run({ QStringLiteral("audit"), QStringLiteral("--json") });
    const QJsonArray pending = QJsonDocument::fromJson(waiting.out.toUtf8()).array();
    QVERIFY(!pending.isEmpty());
    QCOMPARE(pending.last()[QLatin1String("subject")].toString(), QStringLiteral("other"));
    QVERIFY(pending.last()[QLatin1String("pending")].toBool());

    // The next command that opens the vault signs them in, as they happened.
    usePassphraseCommand(kPassphrase);
    QCOMPARE(CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("remove"), kFake }).exitCode, 0);
    const Run audit = CliSteps::run({ QStringLiteral("audit"), QStringLiteral("--json") });
    QStringList events;
    for (const QJsonValue& entry : QJsonDocument::fromJson(audit.out.toUtf8()).array()) {
        QVERIFY2(!entry[QLatin1String("pending")].toBool(), qPrintable(audit.out));
        events.append(entry[QLatin1String("event")].toString() + QLatin1Char(' ')
                      + entry[QLatin1String("subject")].toString()
                      + (entry[QLatin1String("late")].toBool() ? QStringLiteral(" (late)") : QString()));
    }
    const QString all = events.join(u',');
    QVERIFY2(events.contains(QStringLiteral("vault.wrong_passphrase vault (late)")), qPrintable(all));
    QVERIFY2(events.contains(QStringLiteral("provider.added other (late)")), qPrintable(all));
    QVERIFY2(events.contains(QStringLiteral("vault.unlocked vault")), qPrintable(all));
    QCOMPARE(events.last(), QStringLiteral("credentials.removed fake"));
    const Run verify = CliSteps::run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
}

void TestCliVault::defaultCostEndToEnd()
{
    qunsetenv("PLUGBOARD_TEST_VAULT_LOG2N");
    initVault();
    const Run status
        = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--unlock") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(QStringLiteral("scrypt N=2^16 r=8 p=1")), qPrintable(status.out));
    // The app credentials and the audit trail's key.
    QVERIFY2(status.out.contains(QStringLiteral("Secrets: 2 (unlocked")), qPrintable(status.out));
    const Run show = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), kFake });
    QVERIFY2(show.out.contains(QStringLiteral("Client secret: saved"), Qt::CaseInsensitive),
             qPrintable(show.out));
}

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_clivault.moc"

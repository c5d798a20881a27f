// `plugboard-cli vault init --move`: secrets saved in the keyring are moved
// into the new vault and deleted from the keyring only once the vault holds
// them. Needs the suite's private keyring.
#include "core/applicationinfo.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/vaultfile.h"
#include "tests/support/cliprocess.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;
using Run = Test::CliProcess;

namespace {

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return Test::CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), arguments, input);
}

} // namespace

class TestCliVaultMove final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void moveTakesKeyringSecretsAlong();
};

void TestCliVaultMove::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    qputenv("PLUGBOARD_VAULT_PASSPHRASE_COMMAND", "echo 'move test passphrase'");
    qputenv("PLUGBOARD_TEST_VAULT_LOG2N", "4");
}

void TestCliVaultMove::cleanup()
{
    {
        KeychainSecretStore keyring;
        (void)Test::runSecretJob(keyring.removeAll(QString()));
    }
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

void TestCliVaultMove::moveTakesKeyringSecretsAlong()
{
    const QString secret = Test::fakeSecret(QStringLiteral("moved-client"));
    const Run set = runCli({ QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("github"),
                             QStringLiteral("--client-id"), QStringLiteral("Iv1.movedclient"),
                             QStringLiteral("--client-secret-stdin") },
                           secret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QString key = SecretStore::credentialsKey(QStringLiteral("github"));
    // Beside the audit trail's key, which the first recorded entry makes
    // (or, when that took longer than the CLI waits, the next one).
    const QStringList before = KeychainSecretStore().knownKeys();
    QVERIFY2(before.contains(key), qPrintable(before.join(u' ')));

    const Run refused = runCli({ QStringLiteral("vault"), QStringLiteral("init") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!QFile::exists(VaultFile::defaultFilePath()));

    const Run moved = runCli({ QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--move") });
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY2(moved.err.contains(QStringLiteral("Moved %1 secret").arg(before.size())), qPrintable(moved.err));

    KeychainSecretStore keyring;
    QVERIFY(keyring.knownKeys().isEmpty());
    QCOMPARE(Test::runSecretJob(keyring.read(key)).error.code, ErrorCode::SecretNotFound);

    const Run show
        = runCli({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("github") });
    QVERIFY2(show.out.contains(QStringLiteral("Client ID: Iv1.movedclient")),
             qPrintable(show.out + show.err));
    QVERIFY2(show.out.contains(QStringLiteral("Client Secret: saved")), qPrintable(show.out));
    const Run status
        = runCli({ QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--unlock") });
    QVERIFY2(status.out.contains(QStringLiteral("Secrets: 2 (unlocked")),
             qPrintable(status.out + status.err));
    QVERIFY(Test::filesContaining(QDir::homePath() + QStringLiteral("/.."), secret.toUtf8()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliVaultMove)
#include "tst_clivaultmove.moc"

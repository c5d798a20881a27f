// Which store holds the secrets: the keyring unless the settings say vault,
// never a silent fallback, and a value from a newer version refuses every
// job instead of writing somewhere the user did not choose.
#include "core/applicationinfo.h"
#include "core/storage/configuredsecretstore.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/vaultpassphraseprovider.h"
#include "core/storage/vaultsecretstore.h"
#include "tests/support/secretstorecontract.h"

#include <QSettings>
#include <QTest>

using namespace Plugboard;
using Kind = SecretBackend::Kind;

class TestSecretBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ApplicationInfo::applyToApplication(); }
    void cleanup() { QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).clear(); }

    void keyringUnlessChosen();
    void vaultWhenChosen();
    void unknownBackendRefusesEveryJob();
    void servicesFollowASwitchMadeElsewhere();
};

void TestSecretBackend::keyringUnlessChosen()
{
    QCOMPARE(SecretBackend::configured(), Kind::Keyring);
    QVERIFY(qobject_cast<KeychainSecretStore*>(
        SecretBackend::create(SecretBackend::configured(), nullptr).get()));
    QVERIFY(SecretBackend::setConfigured(Kind::Keyring));
    QCOMPARE(QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
                 .value(QStringLiteral("secrets/backend")),
             QVariant(QStringLiteral("keyring")));
}

void TestSecretBackend::vaultWhenChosen()
{
    QVERIFY(SecretBackend::setConfigured(Kind::Vault));
    QCOMPARE(SecretBackend::configured(), Kind::Vault);
    const std::unique_ptr<SecretStore> store = SecretBackend::create(SecretBackend::configured(), nullptr);
    const auto* vault = qobject_cast<VaultSecretStore*>(store.get());
    QVERIFY(vault);
    QCOMPARE(vault->filePath(), VaultFile::defaultFilePath());
    QVERIFY(!QFile::exists(vault->filePath())); // building it touches nothing
}

void TestSecretBackend::unknownBackendRefusesEveryJob()
{
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
        .setValue(QStringLiteral("secrets/backend"), QStringLiteral("tpm"));
    QCOMPARE(SecretBackend::configured(), Kind::Unknown);
    const std::unique_ptr<SecretStore> store = SecretBackend::create(SecretBackend::configured(), nullptr);
    const Test::SecretJobOutcome write
        = Test::runSecretJob(store->write(QStringLiteral("credentials/github"), QStringLiteral("x")));
    QCOMPARE(write.error.code, ErrorCode::UnsupportedFileVersion);
    QVERIFY(!write.finishedInsideStart);
    QVERIFY2(write.error.message.contains(QStringLiteral("\"tpm\"")), qPrintable(write.error.message));
}

namespace {

class CountingPassphrase final : public VaultPassphraseProvider
{
public:
    void requestPassphrase(const Request&, Answer answer) override
    {
        ++asked;
        answer(QByteArrayLiteral("follow the setting"));
    }
    int asked = 0;
};

/// Writes the setting as another process would: straight into the file,
/// past this process's QSettings cache.
void setBackendElsewhere(const QString& value)
{
    QFile file(ApplicationInfo::settingsFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[secrets]\nbackend=" + value.toUtf8() + '\n');
}

} // namespace

// A running window keeps its Services for hours: when `vault init` in a
// terminal switches the backend, the window's next secret goes to the
// vault, not to the store it started with.
void TestSecretBackend::servicesFollowASwitchMadeElsewhere()
{
    Crypto::ScryptParams cheap;
    cheap.log2N = 4;
    QVERIFY(VaultFile(VaultFile::defaultFilePath()).create("follow the setting", cheap).hasValue());
    setBackendElsewhere(QStringLiteral("vault"));
    CountingPassphrase passphrases;
    ConfiguredSecretStore store(&passphrases);
    QVERIFY(qobject_cast<VaultSecretStore*>(store.current()));
    QVERIFY(!Test::runSecretJob(store.write(QStringLiteral("credentials/a"), QStringLiteral("one")))
                 .error.isError());
    QCOMPARE(store.knownKeys(), QStringList { QStringLiteral("credentials/a") });

    setBackendElsewhere(QStringLiteral("tpm")); // a newer version's backend: refuses, writes nothing
    QCOMPARE(
        Test::runSecretJob(store.write(QStringLiteral("credentials/b"), QStringLiteral("two"))).error.code,
        ErrorCode::UnsupportedFileVersion);

    setBackendElsewhere(QStringLiteral("vault"));
    const Test::SecretJobOutcome read = Test::runSecretJob(store.read(QStringLiteral("credentials/a")));
    QCOMPARE(read.value, QStringLiteral("one"));
    QCOMPARE(Test::runSecretJob(store.read(QStringLiteral("credentials/b"))).error.code,
             ErrorCode::SecretNotFound);
    QCOMPARE(passphrases.asked, 1); // the vault's store and its key were kept
    QVERIFY(QFile::remove(VaultFile::defaultFilePath()));
}

QTEST_GUILESS_MAIN(TestSecretBackend)
#include "tst_secretbackend.moc"

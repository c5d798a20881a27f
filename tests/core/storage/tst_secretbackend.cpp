// Which store holds the secrets: the keyring unless the settings say vault,
// never a silent fallback, and a value from a newer version refuses every
// job instead of writing somewhere the user did not choose.
#include "core/applicationinfo.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
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
};

void TestSecretBackend::keyringUnlessChosen()
{
    QCOMPARE(SecretBackend::configured(), Kind::Keyring);
    QVERIFY(qobject_cast<KeychainSecretStore*>(SecretBackend::create(nullptr).get()));
    QVERIFY(SecretBackend::setConfigured(Kind::Keyring));
    QCOMPARE(QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
                 .value(QStringLiteral("secrets/backend")),
             QVariant(QStringLiteral("keyring")));
}

void TestSecretBackend::vaultWhenChosen()
{
    QVERIFY(SecretBackend::setConfigured(Kind::Vault));
    QCOMPARE(SecretBackend::configured(), Kind::Vault);
    const std::unique_ptr<SecretStore> store = SecretBackend::create(nullptr);
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
    const std::unique_ptr<SecretStore> store = SecretBackend::create(nullptr);
    const Test::SecretJobOutcome write
        = Test::runSecretJob(store->write(QStringLiteral("credentials/github"), QStringLiteral("x")));
    QCOMPARE(write.error.code, ErrorCode::UnsupportedFileVersion);
    QVERIFY(!write.finishedInsideStart);
    QVERIFY2(write.error.message.contains(QStringLiteral("\"tpm\"")), qPrintable(write.error.message));
}

QTEST_GUILESS_MAIN(TestSecretBackend)
#include "tst_secretbackend.moc"

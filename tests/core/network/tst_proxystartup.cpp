// Start-up must not touch the secret store, also when the proxy settings name
// a user whose password lives there: Plugboard starts with the session, and
// a keyring or vault prompt at login for a window nobody opened yet is wrong.
// The password is read in front of the first secret job (so every request
// that job leads to finds it) or when work that reads no secret asks for it.
#include "core/applicationinfo.h"
#include "core/crypto/sealkey.h"
#include "core/network/networkproxy.h"
#include "core/services.h"
#include "core/storage/secretbackend.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"
#include "core/storage/vaultfile.h"
#include "core/storage/vaultpassphraseprovider.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/secretstorecontract.h"

#include <QFile>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("pb-test-secret-proxy-startup");
const QString kVaultPassphrase = QStringLiteral("start-up stays quiet");

ProxySettings manualWithUser()
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = QStringLiteral("proxy.example.com");
    settings.port = 3128;
    settings.user = kUser;
    return settings;
}

QNetworkProxy proxyForPlatform()
{
    return QNetworkProxyFactory::proxyForQuery(
               QNetworkProxyQuery(QUrl(QStringLiteral("https://platform.example/token"))))
        .value(0);
}

/// Lets every queued job of the event loop run, several rounds deep.
void settle()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

class CountingPassphrase final : public VaultPassphraseProvider
{
public:
    void requestPassphrase(const Request&, Answer answer) override
    {
        ++asked;
        answer(kVaultPassphrase.toUtf8());
    }
    int asked = 0;
};

} // namespace

class TestProxyStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void startUpReadsNoSecret();
    void passwordIsReadInFrontOfTheFirstSecretJob();
    void whenReadyReadsThePasswordOnce_data();
    void whenReadyReadsThePasswordOnce();
    void servicesWithAVaultAskNoPassphraseAtStartUp();
};

void TestProxyStartup::initTestCase()
{
    ApplicationInfo::applyToApplication(); // manual proxies only here: the proxy variables do not count
}

void TestProxyStartup::cleanup()
{
    QFile::remove(ApplicationInfo::settingsFilePath());
    QFile::remove(VaultFile::defaultFilePath());
}

void TestProxyStartup::startUpReadsNoSecret()
{
    QVERIFY(manualWithUser().save());
    Test::MemorySecretStore secrets;
    secrets.insert(ProxySettings::passwordKey(), kPassword);
    NetworkProxy proxy(&secrets);
    settle();
    QCOMPARE(secrets.jobsRun(), 0);
    QVERIFY(!proxy.isReady()); // the password is not known yet
    QCOMPARE(proxyForPlatform().user(), kUser);
}

void TestProxyStartup::passwordIsReadInFrontOfTheFirstSecretJob()
{
    QVERIFY(manualWithUser().save());
    Test::MemorySecretStore secrets;
    secrets.insert(ProxySettings::passwordKey(), kPassword);
    secrets.insert(QStringLiteral("credentials/github"), QStringLiteral("client"));
    NetworkProxy proxy(&secrets);
    settle();
    QSignalSpy ready(&proxy, &NetworkProxy::ready);

    // What a renewal does: read a secret, then send its request.
    QString passwordWhenTheJobFinished;
    SecretJob* job = secrets.read(QStringLiteral("credentials/github"));
    onFinished(job, this, [&passwordWhenTheJobFinished](SecretJob*) {
        passwordWhenTheJobFinished = proxyForPlatform().password();
    });
    const Test::SecretJobOutcome outcome = Test::runSecretJob(job);
    QVERIFY(!outcome.error.isError());
    QCOMPARE(passwordWhenTheJobFinished, kPassword);
    QCOMPARE(secrets.jobsRun(), 2); // the password, then the job
    QCOMPARE(ready.count(), 1);
    QVERIFY(proxy.isReady());

    // Read once per settings, not once per job.
    QVERIFY(!Test::runSecretJob(secrets.read(QStringLiteral("credentials/github"))).error.isError());
    QCOMPARE(secrets.jobsRun(), 3);
}

void TestProxyStartup::whenReadyReadsThePasswordOnce_data()
{
    QTest::addColumn<int>("reloads");
    QTest::newRow("as started") << 0;
    QTest::newRow("settings file changed twice before") << 2; // still nothing read, then one read
}

void TestProxyStartup::whenReadyReadsThePasswordOnce()
{
    QFETCH(int, reloads);
    QVERIFY(manualWithUser().save());
    Test::MemorySecretStore secrets;
    secrets.insert(ProxySettings::passwordKey(), kPassword);
    NetworkProxy proxy(&secrets);
    for (int i = 0; i < reloads; ++i)
        proxy.reload();
    settle();
    QCOMPARE(secrets.jobsRun(), 0);

    // What a discovery does: its first request reads no secret before it.
    bool called = false;
    proxy.whenReady(this, [&called] { called = true; });
    QTRY_VERIFY(called);
    QCOMPARE(secrets.jobsRun(), 1);
    QCOMPARE(proxyForPlatform().password(), kPassword);
}

// The whole composition root, as the window and the CLI build it, with the
// vault as the secret backend: a read at start-up would ask for the vault's
// passphrase before anyone did anything.
void TestProxyStartup::servicesWithAVaultAskNoPassphraseAtStartUp()
{
    Crypto::ScryptParams cheap;
    cheap.log2N = 4;
    QVERIFY(VaultFile(VaultFile::defaultFilePath()).create(kVaultPassphrase.toUtf8(), cheap));
    QVERIFY(SecretBackend::setConfigured(SecretBackend::Kind::Vault));
    QVERIFY(manualWithUser().save());
    {
        CountingPassphrase passphrases;
        Services services(&passphrases);
        QVERIFY(!Test::runSecretJob(services.secrets()->write(ProxySettings::passwordKey(), kPassword))
                     .error.isError());
    }

    CountingPassphrase passphrases;
    Services services(&passphrases);
    settle();
    QCOMPARE(passphrases.asked, 0);

    QCOMPARE(Test::runSecretJob(services.secrets()->read(QStringLiteral("credentials/none"))).error.code,
             ErrorCode::SecretNotFound);
    QCOMPARE(passphrases.asked, 1);
    QCOMPARE(proxyForPlatform().password(), kPassword);
}

QTEST_GUILESS_MAIN(TestProxyStartup)
#include "tst_proxystartup.moc"

// KeychainSecretStore against the real gnome-keyring of the suite's private
// D-Bus session: the shared SecretStore contract, plus what only a real
// keyring shows: the item's shape (checked with secret-tool), the index
// surviving a restart, job order, and a store destroyed mid-job.
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretkeyindex.h"
#include "tests/support/logcapture.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;
using Test::runSecretJob;
namespace Contract = Test::SecretStoreContract;

namespace {

const QString kService = QStringLiteral("org.plugboard.Plugboard.tests.keychainsecretstore");

// Runs secret-tool on the suite's bus; stdout and stderr together. Its
// output holds secrets: never print it.
QString secretTool(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(15'000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("<secret-tool timed out>");
    }
    return QString::fromUtf8(process.readAll());
}

// What the keyring holds for `key` of our service, read around QtKeychain.
QString lookup(const QString& key)
{
    return secretTool(
        { QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), key });
}

// Number of items of our service (optionally of one key) in the keyring.
int itemCount(const QString& key = QString())
{
    QStringList arguments { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                            kService };
    if (!key.isEmpty())
        arguments << QStringLiteral("user") << key;
    return int(secretTool(arguments).count(QLatin1String("attribute.server = ")));
}

} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void contractJobShape() { Contract::jobShape(*m_store); }
    void contractRoundTrip() { Contract::roundTrip(*m_store); }
    void contractOverwrite() { Contract::overwrite(*m_store); }
    void contractReadMissing() { Contract::readMissing(*m_store); }
    void contractRemove() { Contract::remove(*m_store); }
    void contractRemoveAllIsScoped() { Contract::removeAllIsScoped(*m_store); }
    void contractUnusualValues() { Contract::unusualValues(*m_store); }
    void contractInvalidArguments() { Contract::invalidArguments(*m_store); }

    void defaultStoreUsesTheAppId();
    void storesOnePlainTextItem();
    void overwriteKeepsOneItem();
    void indexSurvivesRestart();
    void jobsRunInStartOrder();
    void destroyedStoreLetsRunningJobFinish();
    void logsNoSecret();

private:
    static QString indexFile();

    KeychainSecretStore* m_store = nullptr;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool (libsecret-tools) is needed to look at the keyring directly");
    QCOMPARE(itemCount(), 0);
}

// One index for the whole run: every store instance here shares it, like
// the app's settings file across restarts.
QString TestKeychainSecretStore::indexFile()
{
    return QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).filePath(QStringLiteral("secret-index.conf"));
}

void TestKeychainSecretStore::init()
{
    m_store = new KeychainSecretStore(kService, indexFile());
}

// Everything a test wrote must be reachable through the index.
void TestKeychainSecretStore::cleanup()
{
    delete m_store;
    m_store = nullptr;
    KeychainSecretStore store(kService, indexFile());
    const Test::SecretJobOutcome outcome = runSecretJob(store.removeAll(QString()));
    QCOMPARE(outcome.error.code, ErrorCode::None);
    QVERIFY(store.knownKeys().isEmpty());
}

void TestKeychainSecretStore::cleanupTestCase()
{
    // The index named every item the stores wrote: none is left behind.
    QCOMPARE(itemCount(), 0);
}

void TestKeychainSecretStore::defaultStoreUsesTheAppId()
{
    KeychainSecretStore store;
    QCOMPARE(store.service(), QStringLiteral("org.plugboard.Plugboard"));
}

void TestKeychainSecretStore::storesOnePlainTextItem()
{
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("1"));
    const QString value = Test::fakeSecret(QStringLiteral("item"));
    QCOMPARE(runSecretJob(m_store->write(key, value)).error.code, ErrorCode::None);

    const QString item = secretTool({ QStringLiteral("search"), QStringLiteral("--all"),
                                      QStringLiteral("server"), kService, QStringLiteral("user"), key });
    QCOMPARE(item.count(QLatin1String("attribute.server = ")), 1);
    QVERIFY(item.contains(QStringLiteral("attribute.user = ") + key));
    QVERIFY(item.contains(QStringLiteral("attribute.server = ") + kService));
    QVERIFY(item.contains(QLatin1String("attribute.type = plaintext")));
    QVERIFY(lookup(key) == value); // no QCOMPARE: a mismatch would print the secret
}

void TestKeychainSecretStore::overwriteKeepsOneItem()
{
    const QString key = SecretStore::credentialsKey(QStringLiteral("github"));
    const QString second = Test::fakeSecret(QStringLiteral("second"));
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("first")))).error.code,
             ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->write(key, second)).error.code, ErrorCode::None);
    QCOMPARE(itemCount(key), 1);
    QVERIFY(lookup(key) == second);
}

void TestKeychainSecretStore::indexSurvivesRestart()
{
    const QString github = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("42"));
    const QStringList doomed { github, github + QStringLiteral("/extra") };
    const QString other = SecretStore::connectionKey(QStringLiteral("gitlab"), QStringLiteral("42"));
    const QString otherValue = Test::fakeSecret(QStringLiteral("other"));
    for (const QString& key : doomed)
        QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("restart")))).error.code,
                 ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->write(other, otherValue)).error.code, ErrorCode::None);
    delete m_store; // "quit"
    m_store = nullptr;

    // On disk: the names, never a value.
    QFile file(indexFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(!onDisk.contains(Test::secretMarker().toUtf8()));
    QVERIFY(onDisk.contains("secretIndex"));
    QCOMPARE(SecretKeyIndex(kService, indexFile()).keys(), QStringList(doomed + QStringList { other }));

    m_store = new KeychainSecretStore(kService, indexFile()); // "restart"
    const Test::SecretJobOutcome removed = runSecretJob(m_store->removeAll(github));
    QCOMPARE(removed.error.code, ErrorCode::None);
    QCOMPARE(removed.removedKeys, doomed);
    for (const QString& key : doomed)
        QCOMPARE(itemCount(key), 0);
    QVERIFY(lookup(other) == otherValue);
    QCOMPARE(m_store->knownKeys(), QStringList { other });
}

// Started back to back, without waiting: the last write wins, and the key
// stays indexed although a removal ran in between.
void TestKeychainSecretStore::jobsRunInStartOrder()
{
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("order"));
    const QString last = Test::fakeSecret(QStringLiteral("last"));
    QList<SecretJob*> jobs { m_store->write(key, Test::fakeSecret(QStringLiteral("first"))),
                             m_store->remove(key), m_store->write(key, last), m_store->removeAll(key),
                             m_store->write(key, last) };
    QList<int> finishOrder;
    for (int i = 0; i < jobs.size(); ++i) {
        onFinished(jobs.at(i), this, [&finishOrder, i](SecretJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
            finishOrder.append(i);
        });
    }
    for (SecretJob* job : std::as_const(jobs))
        job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finishOrder.size(), jobs.size(), 30'000);
    QCOMPARE(finishOrder, (QList<int> { 0, 1, 2, 3, 4 }));
    QVERIFY(lookup(key) == last);
    QVERIFY(m_store->knownKeys().contains(key));
}

// A store destroyed while its keychain job runs must leave that job alone
// (QtKeychain would crash) and let it finish on its own.
void TestKeychainSecretStore::destroyedStoreLetsRunningJobFinish()
{
    auto* doomed = new KeychainSecretStore(kService, indexFile());
    const QString first = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("first"));
    const QString second = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("second"));
    const QString value = Test::fakeSecret(QStringLiteral("orphan"));
    SecretJob* firstJob = m_store->write(first, Test::fakeSecret(QStringLiteral("first")));
    SecretJob* secondJob = doomed->write(second, value);
    bool secondFinished = false;
    onFinished(secondJob, this, [&secondFinished] { secondFinished = true; });
    // QtKeychain runs one job at a time: when the first finishes, the
    // second store's keychain job has been handed to QtKeychain already.
    startJob(firstJob, this, [&doomed] {
        delete doomed;
        doomed = nullptr;
    });
    secondJob->start();
    QTRY_VERIFY_WITH_TIMEOUT(doomed == nullptr, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(lookup(second) == value, 20'000);
    QVERIFY(!secondFinished); // its SecretJob went with the store
    QVERIFY(m_store->knownKeys().contains(second)); // indexed before the write
}

// Every category at every level while secrets go in, out and away: the
// log names keys and outcomes, never a value.
void TestKeychainSecretStore::logsNoSecret()
{
    const Test::LogCapture capture;
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("logged"));
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("logged")))).error.code,
             ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->read(key)).error.code, ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->removeAll(key)).error.code, ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->read(key)).error.code, ErrorCode::SecretNotFound);

    QVERIFY(!capture.messagesContaining(key).isEmpty()); // the capture did see our lines
    const QStringList leaks = capture.messagesContaining(Test::secretMarker());
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("%1 log line(s) hold a secret").arg(leaks.size())));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"

// VaultSecretStore over a real file: the shared SecretStore contract, the
// passphrase asked once, a wrong passphrase and a damaged or newer file
// never written over, the index kept in line with the vault, and writers
// at once losing nothing. Needs no keyring and no D-Bus.
#include "core/crypto/passphraseseal.h"
#include "core/storage/vaultfile.h"
#include "core/storage/vaultpassphraseprovider.h"
#include "core/storage/vaultsecretstore.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <sys/stat.h>
#include <thread>

using namespace Plugboard;
using Test::runSecretJob;
namespace Contract = Test::SecretStoreContract;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
const Crypto::ScryptParams kCheap { 4, 8, 1 }; // the real cost has its own test

/// Answers with a set passphrase, from the event loop like a dialog would.
class FixedPassphrase final : public VaultPassphraseProvider
{
public:
    QByteArray passphrase = kPassphrase;
    int requests = 0;
    bool lastAgain = false;

    void requestPassphrase(const Request& request, Answer answer) override
    {
        ++requests;
        lastAgain = request.again;
        QTimer::singleShot(0, [answer = std::move(answer), given = passphrase] { answer(given); });
    }
};

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestVaultSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void contractJobShape() { Contract::jobShape(*m_store); }
    void contractRoundTrip() { Contract::roundTrip(*m_store); }
    void contractOverwrite() { Contract::overwrite(*m_store); }
    void contractReadMissing() { Contract::readMissing(*m_store); }
    void contractRemove() { Contract::remove(*m_store); }
    void contractRemoveAllIsScoped() { Contract::removeAllIsScoped(*m_store); }
    void contractUnusualValues() { Contract::unusualValues(*m_store); }
    void contractInvalidArguments() { Contract::invalidArguments(*m_store); }

    void asksOnceAndKeepsTheKey();
    void wrongPassphraseWritesNothing();
    void damagedVaultIsNeverWritten_data();
    void damagedVaultIsNeverWritten();
    void missingVaultSaysHowToCreateOne();
    void withoutAProviderSaysSo();
    void fileIsOwnerOnlyAndHoldsNoPlainText();
    void indexListsNamesWithoutUnlocking();
    void staleIndexEntryReadsAsNotFound();
    void anotherStoresWritesAreKept();
    void writersAtOnceLoseNothing();
    void passphraseChangedElsewhereIsAskedAgain();
    void realCostUnlocks();
    void destroyedWhileUnlocking();

private:
    QString vaultPath() const { return m_dir->filePath(QStringLiteral("data/vault.pbv")); }
    QString indexPath() const { return m_dir->filePath(QStringLiteral("plugboard.conf")); }
    std::unique_ptr<VaultSecretStore> makeStore(FixedPassphrase* provider);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedPassphrase m_provider;
    std::unique_ptr<VaultSecretStore> m_store;
};

void TestVaultSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_provider.passphrase = kPassphrase;
    m_provider.requests = 0;
    m_provider.lastAgain = false;
    const Result<void> created = VaultFile(vaultPath()).create(kPassphrase, kCheap);
    QVERIFY2(created, qPrintable(created.error().message));
    m_store = makeStore(&m_provider);
}

void TestVaultSecretStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<VaultSecretStore> TestVaultSecretStore::makeStore(FixedPassphrase* provider)
{
    return std::make_unique<VaultSecretStore>(vaultPath(), indexPath(), provider);
}

void TestVaultSecretStore::asksOnceAndKeepsTheKey()
{
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("1"));
    QVERIFY(!m_store->isUnlocked());
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("once")))).error.code,
             ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->read(key)).error.code, ErrorCode::None);
    QCOMPARE(runSecretJob(m_store->remove(key)).error.code, ErrorCode::None);
    QCOMPARE(m_provider.requests, 1);
    QVERIFY(m_store->isUnlocked());
    m_store->forgetKey();
    QCOMPARE(runSecretJob(m_store->read(key)).error.code, ErrorCode::SecretNotFound);
    QCOMPARE(m_provider.requests, 2);
}

void TestVaultSecretStore::wrongPassphraseWritesNothing()
{
    const QByteArray before = bytesOf(vaultPath());
    m_provider.passphrase = "not the passphrase";
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("1"));
    const Error error = runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("wrong")))).error;
    QCOMPARE(error.code, ErrorCode::WrongPassphrase);
    QVERIFY2(error.message.contains(QStringLiteral("Wrong passphrase")), qPrintable(error.message));
    QCOMPARE(bytesOf(vaultPath()), before);
    QVERIFY(!m_store->knownKeys().contains(key));
    QVERIFY(!m_store->isUnlocked());

    m_provider.passphrase = kPassphrase; // the person types it right the second time
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("right")))).error.code,
             ErrorCode::None);
    QVERIFY(m_provider.lastAgain);
}

void TestVaultSecretStore::damagedVaultIsNeverWritten_data()
{
    QTest::addColumn<int>("at"); ///< byte flipped; -1 truncates; -2 writes a newer version
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("magic") << 1 << ErrorCode::CorruptFile;
    QTest::newRow("scrypt parameters") << 15 << ErrorCode::CorruptFile;
    QTest::newRow("salt") << 30 << ErrorCode::CorruptFile;
    QTest::newRow("nonce") << 40 << ErrorCode::CorruptFile;
    QTest::newRow("key check") << 70 << ErrorCode::CorruptFile;
    QTest::newRow("body") << Crypto::PassphraseSeal::kHeaderBytes + 3 << ErrorCode::CorruptFile;
    QTest::newRow("tag") << -(Crypto::PassphraseSeal::kChecksumBytes + 5) << ErrorCode::CorruptFile;
    QTest::newRow("checksum") << -3 << ErrorCode::CorruptFile;
    QTest::newRow("truncated") << 0 << ErrorCode::CorruptFile;
    QTest::newRow("newer version") << 7 << ErrorCode::UnsupportedFileVersion;
}

void TestVaultSecretStore::damagedVaultIsNeverWritten()
{
    QFETCH(int, at);
    QFETCH(ErrorCode, code);
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("1"));
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("kept")))).error.code,
             ErrorCode::None);
    QByteArray bytes = bytesOf(vaultPath());
    if (at == 0) {
        bytes.chop(40);
    } else {
        const int index = at > 0 ? at : int(bytes.size()) + at;
        bytes[index] = char(bytes.at(index) ^ (at == 7 ? 0x02 : 0x01)); // version 1 → 3
    }
    overwrite(vaultPath(), bytes);

    for (SecretJob* job : { m_store->read(key), m_store->write(key, Test::fakeSecret(QStringLiteral("new"))),
                            m_store->remove(key), m_store->removeAll(QString()) }) {
        const Error error = runSecretJob(job).error;
        QVERIFY2(error.code == code, qPrintable(error.codeName() + QLatin1Char(' ') + error.message));
        QVERIFY2(error.message.contains(vaultPath()), qPrintable(error.message));
    }
    QCOMPARE(bytesOf(vaultPath()), bytes); // never written over
    // A fresh process (no cached key) is refused the same way, before asking.
    FixedPassphrase fresh;
    const Error again = runSecretJob(makeStore(&fresh)->read(key)).error;
    QCOMPARE(again.code, code);
    QCOMPARE(fresh.requests, 0);
}

void TestVaultSecretStore::missingVaultSaysHowToCreateOne()
{
    QVERIFY(QFile::remove(vaultPath()));
    const Error error = runSecretJob(m_store->read(QStringLiteral("credentials/github"))).error;
    QCOMPARE(error.code, ErrorCode::StorageFailed);
    QVERIFY2(error.message.contains(QStringLiteral("vault init")), qPrintable(error.message));
    QVERIFY(!QFile::exists(vaultPath())); // not created behind the user's back
}

void TestVaultSecretStore::withoutAProviderSaysSo()
{
    VaultSecretStore store(vaultPath(), indexPath(), nullptr);
    const Error error = runSecretJob(store.read(QStringLiteral("credentials/github"))).error;
    QCOMPARE(error.code, ErrorCode::InvalidArgument);
    QVERIFY2(error.message.contains(QStringLiteral("passphrase")), qPrintable(error.message));
}

void TestVaultSecretStore::fileIsOwnerOnlyAndHoldsNoPlainText()
{
    const QString secret = Test::fakeSecret(QStringLiteral("mode"));
    QCOMPARE(runSecretJob(m_store->write(QStringLiteral("credentials/github"), secret)).error.code,
             ErrorCode::None);
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(vaultPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QVERIFY(Test::filesContaining(m_dir->path(), Test::secretMarker().toUtf8()).isEmpty());
}

void TestVaultSecretStore::indexListsNamesWithoutUnlocking()
{
    const QString key = SecretStore::credentialsKey(QStringLiteral("github"));
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("index")))).error.code,
             ErrorCode::None);
    FixedPassphrase other;
    const auto restarted = makeStore(&other);
    QCOMPARE(restarted->knownKeys(), QStringList { key });
    QVERIFY(restarted->hasWritten(key));
    QCOMPARE(other.requests, 0); // names only: no passphrase
}

// A name in the index that the vault does not hold (a write that failed
// after indexing) is not "the keyring is locked": the vault is open and
// says it holds nothing, and the name is dropped.
void TestVaultSecretStore::staleIndexEntryReadsAsNotFound()
{
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("stale"));
    QVERIFY(SecretKeyIndex(VaultSecretStore::indexService(), indexPath()).add(key));
    QVERIFY(m_store->hasWritten(key));
    const Error error = runSecretJob(m_store->read(key)).error;
    QCOMPARE(error.code, ErrorCode::SecretNotFound);
    QVERIFY2(error.message.contains(QStringLiteral("holds nothing")), qPrintable(error.message));
    QVERIFY(!m_store->hasWritten(key));
}

void TestVaultSecretStore::anotherStoresWritesAreKept()
{
    FixedPassphrase otherProvider;
    const auto other = makeStore(&otherProvider);
    QList<SecretJob*> jobs;
    for (int i = 0; i < 10; ++i) {
        jobs.append(m_store->write(QStringLiteral("credentials/a%1").arg(i), QStringLiteral("a")));
        jobs.append(other->write(QStringLiteral("credentials/b%1").arg(i), QStringLiteral("b")));
    }
    for (SecretJob* job : jobs)
        QCOMPARE(runSecretJob(job).error.code, ErrorCode::None);
    const Result<VaultFile::Secrets> held
        = VaultFile(vaultPath())
              .read(
                  Crypto::SealKey::derive(kPassphrase, kCheap, VaultFile(vaultPath()).inspect().value().salt)
                      .value());
    QVERIFY(held);
    QCOMPARE(held.value().size(), 20);
    QCOMPARE(m_store->knownKeys().size(), 20);
}

// What two processes do, with two threads: each locked read-modify-write
// must see the other's change.
void TestVaultSecretStore::writersAtOnceLoseNothing()
{
    const VaultFile vault(vaultPath());
    const Crypto::SealHeader header = vault.inspect().value();
    const auto writer = [&](const QString& prefix) {
        const VaultFile file(vaultPath());
        const Crypto::SealKey key = Crypto::SealKey::derive(kPassphrase, header.params, header.salt).value();
        for (int i = 0; i < 25; ++i) {
            const Result<std::unique_ptr<QLockFile>> held = file.lock();
            Result<VaultFile::Secrets> secrets = file.read(key);
            if (!held || !secrets)
                return;
            secrets.value().insert(prefix + QString::number(i), prefix);
            (void)file.write(secrets.value(), key);
        }
    };
    std::thread one(writer, QStringLiteral("credentials/one-"));
    std::thread two(writer, QStringLiteral("credentials/two-"));
    one.join();
    two.join();
    const Crypto::SealKey key = Crypto::SealKey::derive(kPassphrase, header.params, header.salt).value();
    QCOMPARE(vault.read(key).value().size(), 50);
}

void TestVaultSecretStore::passphraseChangedElsewhereIsAskedAgain()
{
    const QString key = SecretStore::credentialsKey(QStringLiteral("github"));
    const QString value = Test::fakeSecret(QStringLiteral("rekeyed"));
    QCOMPARE(runSecretJob(m_store->write(key, value)).error.code, ErrorCode::None);
    QVERIFY(VaultFile(vaultPath()).changePassphrase(kPassphrase, "new passphrase"));
    QCOMPARE(VaultFile(vaultPath()).changePassphrase(kPassphrase, "x").error().code,
             ErrorCode::WrongPassphrase);

    m_provider.passphrase = "new passphrase";
    const Test::SecretJobOutcome read = runSecretJob(m_store->read(key));
    QCOMPARE(read.error.code, ErrorCode::None);
    QCOMPARE(read.value, value);
    QCOMPARE(m_provider.requests, 2);
}

// The default cost, once: it must work end to end; how long it takes is
// printed (benchmarks measure, tests do not assert time).
void TestVaultSecretStore::realCostUnlocks()
{
    m_store.reset();
    QVERIFY(QFile::remove(vaultPath()));
    QVERIFY(VaultFile(vaultPath()).create(kPassphrase, Crypto::ScryptParams::standard()));
    m_store = makeStore(&m_provider);
    QElapsedTimer timer;
    timer.start();
    const Test::SecretJobOutcome read = runSecretJob(m_store->read(QStringLiteral("credentials/none")));
    QCOMPARE(read.error.code, ErrorCode::SecretNotFound);
    qInfo("unlocking with the default scrypt cost took %lld ms", qint64(timer.elapsed()));
    QCOMPARE(VaultFile(vaultPath()).inspect().value().params, Crypto::ScryptParams::standard());
}

// The key is derived on a pool thread; a store destroyed meanwhile (the
// window closing during an unlock) must neither crash nor report.
void TestVaultSecretStore::destroyedWhileUnlocking()
{
    m_store.reset();
    QVERIFY(QFile::remove(vaultPath()));
    QVERIFY(VaultFile(vaultPath()).create(kPassphrase, Crypto::ScryptParams::standard()));
    m_store = makeStore(&m_provider);
    bool reported = false;
    QObject receiver;
    SecretJob* read = m_store->read(QStringLiteral("credentials/github"));
    onFinished(read, &receiver, [&reported](SecretJob*) { reported = true; });
    read->start();
    QTRY_COMPARE(m_provider.requests, 1);
    QTest::qWait(20); // answered; scrypt now runs on the pool
    m_store.reset();
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QVERIFY(!reported);
}

QTEST_GUILESS_MAIN(TestVaultSecretStore)
#include "tst_vaultsecretstore.moc"

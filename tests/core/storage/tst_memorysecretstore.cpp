// MemorySecretStore, the keyring stand-in of unit tests: held to the same
// contract as KeychainSecretStore, plus its locked/unavailable pretence and
// the key helpers every store shares.
#include "tests/support/memorysecretstore.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"

#include <QTest>

using namespace Plugboard;
using Test::MemorySecretStore;
using Test::runSecretJob;
namespace Contract = Test::SecretStoreContract;

class TestMemorySecretStore final : public QObject
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

    void lockedKeepsSecrets();
    void unavailableFailsEverything();
    void destroyingTheStoreTakesPendingJobs();

    void connectionKey_data();
    void connectionKey();
    void credentialsKey();
    void isUnder_data();
    void isUnder();
    void appSecretKeysStayWithTheirApp_data();
    void appSecretKeysStayWithTheirApp();
    void removingAnAppsSecretsLeavesOthers();

private:
    MemorySecretStore* m_store = nullptr;
};

void TestMemorySecretStore::init()
{
    m_store = new MemorySecretStore;
}

void TestMemorySecretStore::cleanup()
{
    delete m_store;
    m_store = nullptr;
}

void TestMemorySecretStore::lockedKeepsSecrets()
{
    const QString key = SecretStore::connectionKey(QStringLiteral("github"), QStringLiteral("1"));
    const QString value = Test::fakeSecret(QStringLiteral("locked"));
    QCOMPARE(runSecretJob(m_store->write(key, value)).error.code, ErrorCode::None);

    m_store->setCondition(MemorySecretStore::Condition::Locked);
    const Error write = runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("other")))).error;
    QCOMPARE(write.code, ErrorCode::KeyringLocked);
    QCOMPARE(write.message, QStringLiteral("Your keyring is locked. Unlock it and try again."));
    // A locked keyring reads as empty; for a key the store wrote, the store
    // itself says "locked", naming what it holds. A key it never wrote is
    // still simply not there.
    const Error unreadable = runSecretJob(m_store->read(key)).error;
    QCOMPARE(unreadable.code, ErrorCode::KeyringLocked);
    QVERIFY2(unreadable.message.contains(QStringLiteral("the sign-in of github/1")),
             qPrintable(unreadable.message));
    QVERIFY2(unreadable.message.contains(QStringLiteral("Unlock your keyring")),
             qPrintable(unreadable.message));
    const QString credentials = SecretStore::credentialsKey(QStringLiteral("a/b"));
    QCOMPARE(runSecretJob(m_store->read(credentials)).error.code, ErrorCode::SecretNotFound);
    QCOMPARE(runSecretJob(m_store->remove(key)).error.code, ErrorCode::KeyringLocked);
    QCOMPARE(runSecretJob(m_store->removeAll(key)).error.code, ErrorCode::KeyringLocked);

    m_store->setCondition(MemorySecretStore::Condition::Available);
    const Test::SecretJobOutcome read = runSecretJob(m_store->read(key));
    QCOMPARE(read.error.code, ErrorCode::None);
    QVERIFY(read.value == value);
}

void TestMemorySecretStore::unavailableFailsEverything()
{
    const QString key = SecretStore::credentialsKey(QStringLiteral("github"));
    m_store->setCondition(MemorySecretStore::Condition::Unavailable);
    QCOMPARE(runSecretJob(m_store->write(key, Test::fakeSecret(QStringLiteral("x")))).error.code,
             ErrorCode::KeyringUnavailable);
    QCOMPARE(runSecretJob(m_store->read(key)).error.code, ErrorCode::KeyringUnavailable);
    QCOMPARE(runSecretJob(m_store->remove(key)).error.code, ErrorCode::KeyringUnavailable);
    QVERIFY(!m_store->contains(key));
}

void TestMemorySecretStore::destroyingTheStoreTakesPendingJobs()
{
    QPointer<SecretJob> job = m_store->read(QStringLiteral("k"));
    bool finished = false;
    startJob(job, this, [&finished] { finished = true; });
    delete m_store; // before the event loop ran the job
    m_store = nullptr;
    QVERIFY(job.isNull());
    QTest::qWait(50);
    QVERIFY(!finished);
}

void TestMemorySecretStore::connectionKey_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("github") << QStringLiteral("12345")
                           << QStringLiteral("connection/github/12345");
    QTest::newRow("email account") << QStringLiteral("google") << QStringLiteral("me@example.com")
                                   << QStringLiteral("connection/google/me@example.com");
    QTest::newRow("slash in account")
        << QStringLiteral("a") << QStringLiteral("b/c") << QStringLiteral("connection/a/b%2Fc");
    QTest::newRow("slash in platform")
        << QStringLiteral("a/b") << QStringLiteral("c") << QStringLiteral("connection/a%2Fb/c");
    QTest::newRow("percent in account")
        << QStringLiteral("a") << QStringLiteral("b%2Fc") << QStringLiteral("connection/a/b%252Fc");
}

void TestMemorySecretStore::connectionKey()
{
    QFETCH(QString, platform);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    QCOMPARE(SecretStore::connectionKey(platform, account), expected);
}

void TestMemorySecretStore::credentialsKey()
{
    QCOMPARE(SecretStore::credentialsKey(QStringLiteral("github")), QStringLiteral("credentials/github"));
    QCOMPARE(SecretStore::credentialsKey(QStringLiteral("x/y")), QStringLiteral("credentials/x%2Fy"));
    // A platform's credentials are not under any of its connections, nor
    // the other way round.
    QVERIFY(!SecretStore::isUnder(SecretStore::credentialsKey(QStringLiteral("a")),
                                  SecretStore::connectionKey(QStringLiteral("a"), QString())));
}

void TestMemorySecretStore::isUnder_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("under");

    QTest::newRow("itself") << QStringLiteral("connection/a/1") << QStringLiteral("connection/a/1") << true;
    QTest::newRow("child") << QStringLiteral("connection/a/1/refresh") << QStringLiteral("connection/a/1")
                           << true;
    QTest::newRow("sibling with same start")
        << QStringLiteral("connection/a/12") << QStringLiteral("connection/a/1") << false;
    QTest::newRow("prefix with slash")
        << QStringLiteral("connection/a/12") << QStringLiteral("connection/a/") << true;
    QTest::newRow("empty prefix") << QStringLiteral("credentials/a") << QString() << true;
    QTest::newRow("other tree") << QStringLiteral("credentials/a") << QStringLiteral("connection/a") << false;
    QTest::newRow("shorter key") << QStringLiteral("connection/a") << QStringLiteral("connection/a/1")
                                 << false;
    QTest::newRow("escaped slash stays inside")
        << SecretStore::connectionKey(QStringLiteral("a"), QStringLiteral("1/x"))
        << QStringLiteral("connection/a/1") << false;
}

void TestMemorySecretStore::isUnder()
{
    QFETCH(QString, key);
    QFETCH(QString, prefix);
    QFETCH(bool, under);
    QCOMPARE(SecretStore::isUnder(key, prefix), under);
}

// Per-app secrets of the D-Bus API: whatever the app ids and the names an
// app picks, one app's keys are never under another app's prefix (which is
// all removeAll() and the service's checks go by).
void TestMemorySecretStore::appSecretKeysStayWithTheirApp_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("name");

    QTest::newRow("two executables") << QStringLiteral("/usr/bin/a") << QStringLiteral("/usr/bin/b")
                                     << QStringLiteral("token");
    QTest::newRow("longer path") << QStringLiteral("/usr/bin/a") << QStringLiteral("/usr/bin/ab")
                                 << QStringLiteral("token");
    QTest::newRow("file inside a folder of the same name")
        << QStringLiteral("/opt/tool") << QStringLiteral("/opt/tool/bin/tool") << QStringLiteral("token");
    QTest::newRow("escaped look-alike")
        << QStringLiteral("/x/y") << QStringLiteral("/x%2Fy") << QStringLiteral("token");
    QTest::newRow("flatpak and snap")
        << QStringLiteral("flatpak:org.example.A") << QStringLiteral("snap:a") << QStringLiteral("token");
    QTest::newRow("name with slashes")
        << QStringLiteral("/usr/bin/a") << QStringLiteral("/usr/bin/a/b") << QStringLiteral("b/token");
    QTest::newRow("name climbing out") << QStringLiteral("/usr/bin/a") << QStringLiteral("/usr/bin/b")
                                       << QStringLiteral("../../%2Fusr%2Fbin%2Fb/token");
    QTest::newRow("empty name") << QStringLiteral("/usr/bin/a") << QStringLiteral("/usr/bin/b") << QString();
}

void TestMemorySecretStore::appSecretKeysStayWithTheirApp()
{
    QFETCH(QString, app);
    QFETCH(QString, other);
    QFETCH(QString, name);
    const QString key = SecretStore::appSecretKey(app, name);
    const QString otherKey = SecretStore::appSecretKey(other, name);

    QVERIFY(SecretStore::isUnder(key, SecretStore::appSecretsPrefix(app)));
    QVERIFY(SecretStore::isUnder(otherKey, SecretStore::appSecretsPrefix(other)));
    QVERIFY2(!SecretStore::isUnder(key, SecretStore::appSecretsPrefix(other)), qPrintable(key));
    QVERIFY2(!SecretStore::isUnder(otherKey, SecretStore::appSecretsPrefix(app)), qPrintable(otherKey));
    QVERIFY(key != otherKey);
    // "app/<app>/<digest>": a name adds no segment, and is not kept as it is.
    QCOMPARE(key.split(QLatin1Char('/')).size(), 3);
    if (name.size() > 3)
        QVERIFY(!key.contains(name));
    // Apart from connections and app credentials.
    QVERIFY(!SecretStore::isUnder(key, QStringLiteral("connection")));
    QVERIFY(!SecretStore::isUnder(key, QStringLiteral("credentials")));
    QVERIFY(!SecretStore::isUnder(SecretStore::connectionKey(QStringLiteral("app"), QStringLiteral("x")),
                                  SecretStore::appSecretsPrefix(app)));
    // Stable, and one key per name.
    QCOMPARE(SecretStore::appSecretKey(app, name), key);
    QVERIFY(SecretStore::appSecretKey(app, name + QLatin1Char('x')) != key);
}

void TestMemorySecretStore::removingAnAppsSecretsLeavesOthers()
{
    const QString mine = SecretStore::appSecretKey(QStringLiteral("/usr/bin/a"), QStringLiteral("k"));
    const QString longer = SecretStore::appSecretKey(QStringLiteral("/usr/bin/ab"), QStringLiteral("k"));
    const QString value = Test::fakeSecret(QStringLiteral("app"));
    QVERIFY(!runSecretJob(m_store->write(mine, value)).error.isError());
    QVERIFY(!runSecretJob(m_store->write(longer, value)).error.isError());
    QVERIFY(!runSecretJob(m_store->removeAll(SecretStore::appSecretsPrefix(QStringLiteral("/usr/bin/a"))))
                 .error.isError());
    const Test::SecretJobOutcome gone = runSecretJob(m_store->read(mine));
    QVERIFY(gone.error.isError());
    QVERIFY(gone.value.isEmpty());
    QCOMPARE(runSecretJob(m_store->read(longer)).value, value);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"

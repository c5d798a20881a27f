// GrantRegistry over a real connections.json: allowing, revoking and
// counting hand-outs, and a revocation made by another process (another
// ConnectionStore on the same file) counting at the very next check.
#include "core/access/grantregistry.h"
#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;

namespace {

const QString kApp = QStringLiteral("/usr/bin/gnome-calendar");
const QString kOtherApp = QStringLiteral("flatpak:org.example.Mail");
const QString kFirst = QStringLiteral("github/1");
const QString kSecond = QStringLiteral("gitlab/7");

Connection connection(const QString& platformId, const QString& accountId)
{
    Connection c;
    c.platformId = platformId;
    c.accountId = accountId;
    c.accountName = accountId;
    c.state = ConnectionState::Connected;
    return c;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGrantRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void allowGivesAccessToThatConnectionOnly();
    void allowTwiceKeepsTheHistory();
    void allowRefusesWhatIsNotAnApplication_data();
    void allowRefusesWhatIsNotAnApplication();
    void allowUnknownConnection();
    void revokeOneConnection();
    void revokeEveryConnection();
    void revokeLeavesOtherApps();
    void revokeWhatWasNeverGranted_data();
    void revokeWhatWasNeverGranted();
    void recordUseCountsAndStamps();
    void recordUseWithoutGrantGrantsNothing();
    void recordUseUnknownConnection();
    void anotherProcessRevokesAtOnce();
    void staleWritersCannotBringARevokedGrantBack();
    void connectionsFileGoneMeansNoAccess();

private:
    QString m_file;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<GrantRegistry> m_registry;
};

void TestGrantRegistry::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestGrantRegistry::init()
{
    QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (QTest::currentDataTag())
        name += QLatin1Char('-') + QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/tst_grantregistry/") + name;
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    m_file = folder + QStringLiteral("/connections.json");
    m_store = std::make_unique<ConnectionStore>(m_file);
    QVERIFY(m_store->upsert(connection(QStringLiteral("github"), QStringLiteral("1"))));
    QVERIFY(m_store->upsert(connection(QStringLiteral("gitlab"), QStringLiteral("7"))));
    m_registry = std::make_unique<GrantRegistry>(m_store.get());
}

void TestGrantRegistry::cleanup()
{
    m_registry.reset();
    m_store.reset();
}

void TestGrantRegistry::allowGivesAccessToThatConnectionOnly()
{
    QVERIFY(m_registry->all().isEmpty());
    QVERIFY(!m_registry->isAllowed(kFirst, kApp));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->isAllowed(kFirst, kApp));
    QVERIFY(!m_registry->isAllowed(kSecond, kApp));
    QVERIFY(!m_registry->isAllowed(kFirst, kOtherApp));
    QVERIFY(!m_registry->isAllowed(kFirst, QStringLiteral("/usr/bin/gnome-calendar2")));
    QVERIFY(!m_registry->isAllowed(QStringLiteral("github/nobody"), kApp));

    const QList<GrantRegistry::Entry> all = m_registry->all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().connectionId, kFirst);
    QCOMPARE(all.first().grant.app, kApp);
    QVERIFY(all.first().grant.granted >= before.addMSecs(-1));
    QVERIFY(all.first().grant.granted <= QDateTime::currentDateTimeUtc());
    QVERIFY(!all.first().grant.lastUsed.isValid());
    QCOMPARE(all.first().grant.uses, 0);

    // It is in the file, for every other process.
    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QVERIFY(other.connection(kFirst)->grantFor(kApp));
}

void TestGrantRegistry::allowTwiceKeepsTheHistory()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->recordUse(kFirst, kApp));
    const AppGrant first = m_registry->all().first().grant;
    QVERIFY(m_registry->allow(kFirst, kApp));
    QCOMPARE(m_registry->all().size(), 1);
    QCOMPARE(m_registry->all().first().grant, first);
}

void TestGrantRegistry::allowRefusesWhatIsNotAnApplication_data()
{
    QTest::addColumn<QString>("app");
    QTest::newRow("empty") << QString();
    QTest::newRow("bare name") << QStringLiteral("python3");
    QTest::newRow("relative path") << QStringLiteral("bin/tool");
    QTest::newRow("dot-dot") << QStringLiteral("/usr/bin/../../tmp/x");
    QTest::newRow("flatpak without dots") << QStringLiteral("flatpak:mail");
}

void TestGrantRegistry::allowRefusesWhatIsNotAnApplication()
{
    QFETCH(QString, app);
    const QByteArray before = contents(m_file);
    const Result<void> allowed = m_registry->allow(kFirst, app);
    QVERIFY(!allowed);
    QCOMPARE(allowed.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(contents(m_file), before);
}

void TestGrantRegistry::allowUnknownConnection()
{
    const QByteArray before = contents(m_file);
    const Result<void> allowed = m_registry->allow(QStringLiteral("github/2"), kApp);
    QVERIFY(!allowed);
    QCOMPARE(allowed.error().code, ErrorCode::UnknownConnection);
    QCOMPARE(contents(m_file), before);
}

void TestGrantRegistry::revokeOneConnection()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->allow(kSecond, kApp));
    const Result<int> revoked = m_registry->revoke(kApp, kFirst);
    QVERIFY(revoked);
    QCOMPARE(revoked.value(), 1);
    QVERIFY(!m_registry->isAllowed(kFirst, kApp));
    QVERIFY(m_registry->isAllowed(kSecond, kApp));
}

void TestGrantRegistry::revokeEveryConnection()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->allow(kSecond, kApp));
    const Result<int> revoked = m_registry->revoke(kApp);
    QVERIFY(revoked);
    QCOMPARE(revoked.value(), 2);
    QVERIFY(m_registry->all().isEmpty());
    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QVERIFY(!other.connection(kFirst)->grantFor(kApp));
    QVERIFY(!other.connection(kSecond)->grantFor(kApp));
}

void TestGrantRegistry::revokeLeavesOtherApps()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->allow(kFirst, kOtherApp));
    QVERIFY(m_registry->recordUse(kFirst, kOtherApp));
    QCOMPARE(m_registry->revoke(kApp).value(), 1);
    QVERIFY(m_registry->isAllowed(kFirst, kOtherApp));
    QCOMPARE(m_registry->all().size(), 1);
    QCOMPARE(m_registry->all().first().grant.uses, 1);
}

void TestGrantRegistry::revokeWhatWasNeverGranted_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing anywhere") << kOtherApp << QString() << ErrorCode::InvalidArgument
                                      << QStringLiteral("has no access to any connection");
    QTest::newRow("not on that connection")
        << kApp << kSecond << ErrorCode::InvalidArgument << QStringLiteral("has no access to gitlab/7");
    QTest::newRow("unknown connection")
        << kApp << QStringLiteral("github/2") << ErrorCode::UnknownConnection << QStringLiteral("github/2");
    QTest::newRow("not an application") << QStringLiteral("calendar") << QString()
                                        << ErrorCode::InvalidArgument << QStringLiteral("calendar");
}

void TestGrantRegistry::revokeWhatWasNeverGranted()
{
    QFETCH(QString, app);
    QFETCH(QString, connection);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    QVERIFY(m_registry->allow(kFirst, kApp));
    const QByteArray before = contents(m_file);
    const Result<int> revoked = m_registry->revoke(app, connection);
    QVERIFY(!revoked);
    QCOMPARE(revoked.error().code, code);
    QVERIFY2(revoked.error().message.contains(says), qPrintable(revoked.error().message));
    QCOMPARE(contents(m_file), before);
    QVERIFY(m_registry->isAllowed(kFirst, kApp));
}

void TestGrantRegistry::recordUseCountsAndStamps()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->allow(kFirst, kOtherApp));
    const QDateTime granted = m_registry->all().first().grant.granted;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(m_registry->recordUse(kFirst, kApp));
    QVERIFY(m_registry->recordUse(kFirst, kApp));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    ConnectionStore other(m_file);
    QVERIFY(other.load());
    const AppGrant* used = other.connection(kFirst)->grantFor(kApp);
    QVERIFY(used);
    QCOMPARE(used->uses, 2);
    QVERIFY(used->lastUsed >= before.addMSecs(-1) && used->lastUsed <= after);
    QCOMPARE(used->granted, granted);
    const AppGrant* untouched = other.connection(kFirst)->grantFor(kOtherApp);
    QCOMPARE(untouched->uses, 0);
    QVERIFY(!untouched->lastUsed.isValid());
}

void TestGrantRegistry::recordUseWithoutGrantGrantsNothing()
{
    // A grant revoked between the check and the hand-out: the count has
    // nothing to go on, and must not create a grant.
    (void)m_registry->recordUse(kFirst, kApp);
    QVERIFY(!m_registry->isAllowed(kFirst, kApp));
    QVERIFY(m_registry->all().isEmpty());
}

void TestGrantRegistry::recordUseUnknownConnection()
{
    const Result<void> recorded = m_registry->recordUse(QStringLiteral("github/2"), kApp);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().code, ErrorCode::UnknownConnection);
}

void TestGrantRegistry::anotherProcessRevokesAtOnce()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(m_registry->isAllowed(kFirst, kApp));

    // plugboard-cli in another process: its own store on the same file.
    ConnectionStore cliStore(m_file);
    QVERIFY(cliStore.load());
    GrantRegistry cli(&cliStore);
    QCOMPARE(cli.revoke(kApp, kFirst).value(), 1);
    // No reload by hand, no file watcher: the very next check says no.
    QVERIFY(!m_registry->isAllowed(kFirst, kApp));

    // And a grant given there counts here at once too.
    QVERIFY(cli.allow(kSecond, kApp));
    QVERIFY(m_registry->isAllowed(kSecond, kApp));
}

void TestGrantRegistry::staleWritersCannotBringARevokedGrantBack()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    const Connection stale = *m_store->connection(kFirst); // holds the grant

    ConnectionStore cliStore(m_file);
    QVERIFY(cliStore.load());
    QCOMPARE(GrantRegistry(&cliStore).revoke(kApp).value(), 1);

    // The app, not having re-read, renews the token (an upsert of what it
    // holds) and counts the hand-out it was making: the grant stays gone.
    QVERIFY(m_store->upsert(stale));
    (void)m_registry->recordUse(kFirst, kApp);
    QVERIFY(cliStore.load());
    QVERIFY(!cliStore.connection(kFirst)->grantFor(kApp));
    QVERIFY(!m_registry->isAllowed(kFirst, kApp));
}

void TestGrantRegistry::connectionsFileGoneMeansNoAccess()
{
    QVERIFY(m_registry->allow(kFirst, kApp));
    QVERIFY(QFile::remove(m_file));
    QVERIFY(!m_registry->isAllowed(kFirst, kApp));
}

QTEST_GUILESS_MAIN(TestGrantRegistry)
#include "tst_grantregistry.moc"

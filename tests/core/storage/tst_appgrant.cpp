// AppGrant: which application names a grant accepts, and how grants are kept
// in a connection's metadata: written and read back, refused when damaged,
// kept by a new sign-in, gone with their connection.
#include "core/applicationinfo.h"
#include "core/storage/appgrant.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;

namespace {

const QDateTime kGranted(QDate(2024, 5, 1), QTime(12, 0, 0, 125), Qt::UTC);

Connection connection(const QString& accountId = QStringLiteral("1"))
{
    Connection c;
    c.platformId = QStringLiteral("github");
    c.accountId = accountId;
    c.accountName = QStringLiteral("octocat");
    c.grantedScopes = QStringList { QStringLiteral("read:user") };
    c.state = ConnectionState::Connected;
    return c;
}

AppGrant grant(const QString& app, qint64 uses = 0, const QDateTime& lastUsed = {})
{
    return { app, kGranted, lastUsed, uses };
}

/// A connection's JSON with `grants` as its "grants".
QJsonObject withGrants(const QJsonArray& grants)
{
    QJsonObject object = connection().toJson();
    object.insert(QStringLiteral("grants"), grants);
    return object;
}

QJsonObject goodGrant(const QString& app = QStringLiteral("/usr/bin/gnome-calendar"))
{
    return QJsonObject { { QStringLiteral("app"), app },
                         { QStringLiteral("granted"), QStringLiteral("2024-05-01T12:00:00.125Z") },
                         { QStringLiteral("uses"), 3 } };
}

QJsonObject goodGrantWith(const QString& key, const QJsonValue& value)
{
    QJsonObject entry = goodGrant();
    if (value.isUndefined())
        entry.remove(key);
    else
        entry.insert(key, value);
    return entry;
}

} // namespace

class TestAppGrant final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void checkApp_data();
    void checkApp();
    void grantsRoundTrip();
    void noGrantsNoKey();
    void grantFor();
    void damagedGrantsAreCorrupt_data();
    void damagedGrantsAreCorrupt();
    void damagedGrantSetsTheFileAside();
    void signingInAgainKeepsGrants();
    void removedConnectionTakesItsGrants();

private:
    QString m_file;
};

void TestAppGrant::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestAppGrant::init()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/tst_appgrant/") + QString::fromLatin1(QTest::currentTestFunction());
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    m_file = folder + QStringLiteral("/connections.json");
}

void TestAppGrant::checkApp_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<bool>("valid");
    QTest::newRow("executable") << QStringLiteral("/usr/bin/gnome-calendar") << true;
    QTest::newRow("script with spaces") << QStringLiteral("/home/ada/my tools/sync.py") << true;
    QTest::newRow("flatpak") << QStringLiteral("flatpak:org.gnome.Calendar") << true;
    QTest::newRow("flatpak with dash") << QStringLiteral("flatpak:com.example.My-App") << true;
    QTest::newRow("snap") << QStringLiteral("snap:foo-bar") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("bare name") << QStringLiteral("python3") << false;
    QTest::newRow("relative path") << QStringLiteral("bin/tool") << false;
    QTest::newRow("dot relative") << QStringLiteral("./tool") << false;
    QTest::newRow("root alone") << QStringLiteral("/") << false;
    QTest::newRow("folder") << QStringLiteral("/usr/bin/") << false;
    QTest::newRow("double slash") << QStringLiteral("/usr//bin/x") << false;
    QTest::newRow("dot part") << QStringLiteral("/usr/./bin/x") << false;
    QTest::newRow("dot-dot part") << QStringLiteral("/usr/bin/../lib/x") << false;
    QTest::newRow("NUL") << QStringLiteral("/usr/bin/x") + QChar(0) + QStringLiteral("y") << false;
    QTest::newRow("too long") << QLatin1Char('/') + QString(5000, QLatin1Char('a')) << false;
    QTest::newRow("flatpak one part") << QStringLiteral("flatpak:calendar") << false;
    QTest::newRow("flatpak empty") << QStringLiteral("flatpak:") << false;
    QTest::newRow("flatpak slash") << QStringLiteral("flatpak:org.example/App") << false;
    QTest::newRow("snap capitals") << QStringLiteral("snap:Foo") << false;
    QTest::newRow("snap dot") << QStringLiteral("snap:foo.bar") << false;
    QTest::newRow("snap trailing dash") << QStringLiteral("snap:foo-") << false;
    QTest::newRow("other scheme") << QStringLiteral("appimage:foo") << false;
}

void TestAppGrant::checkApp()
{
    QFETCH(QString, app);
    QFETCH(bool, valid);
    const Result<void> checked = AppGrant::checkApp(app);
    QCOMPARE(bool(checked), valid);
    if (!valid) {
        QCOMPARE(checked.error().code, ErrorCode::InvalidArgument);
        // Says what an application id looks like.
        QVERIFY2(checked.error().message.contains(QLatin1String("flatpak:ID")),
                 qPrintable(checked.error().message));
        QVERIFY(checked.error().message.size() < 600); // a long argument is not repeated in full
    }
}

void TestAppGrant::grantsRoundTrip()
{
    Connection c = connection();
    c.grants = { grant(QStringLiteral("/usr/bin/gnome-calendar")),
                 grant(QStringLiteral("flatpak:org.example.App"), 42, kGranted.addDays(3)),
                 grant(QStringLiteral("snap:foo"), 1, kGranted.addSecs(1)) };
    const QJsonObject json = c.toJson();
    const QJsonArray list = json.value(QLatin1String("grants")).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0)[QLatin1String("app")].toString(), QStringLiteral("/usr/bin/gnome-calendar"));
    QCOMPARE(list.at(0)[QLatin1String("granted")].toString(), QStringLiteral("2024-05-01T12:00:00.125Z"));
    QVERIFY2(!list.at(0).toObject().contains(QLatin1String("last_used")), "never used: left out");
    QCOMPARE(list.at(1)[QLatin1String("uses")].toInteger(), 42);

    const Result<Connection> read = Connection::fromJson(json);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read.value().grants, c.grants);
    QCOMPARE(read.value(), c);
}

void TestAppGrant::noGrantsNoKey()
{
    QVERIFY(!connection().toJson().contains(QLatin1String("grants")));
    QVERIFY(Connection::fromJson(connection().toJson()).value().grants.isEmpty());
    // An empty list and null read as none.
    QVERIFY(Connection::fromJson(withGrants({})).value().grants.isEmpty());
    QJsonObject nulled = connection().toJson();
    nulled.insert(QStringLiteral("grants"), QJsonValue(QJsonValue::Null));
    QVERIFY(Connection::fromJson(nulled));
}

void TestAppGrant::grantFor()
{
    Connection c = connection();
    c.grants = { grant(QStringLiteral("/usr/bin/a")), grant(QStringLiteral("/usr/bin/b"), 7) };
    QVERIFY(c.grantFor(QStringLiteral("/usr/bin/b")));
    QCOMPARE(c.grantFor(QStringLiteral("/usr/bin/b"))->uses, 7);
    QVERIFY(!c.grantFor(QStringLiteral("/usr/bin/c")));
    QVERIFY(!c.grantFor(QStringLiteral("/usr/bin"))); // no prefix matches
    QVERIFY(!c.grantFor(QString()));
}

void TestAppGrant::damagedGrantsAreCorrupt_data()
{
    QTest::addColumn<QJsonValue>("grants");
    QTest::addColumn<QString>("field"); ///< what the message names

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("grants not a list")
        << QJsonValue(QJsonObject()) << QStringLiteral("connections[0].grants:");
    QTest::newRow("entry not an object")
        << QJsonValue(QJsonArray { 5 }) << QStringLiteral("connections[0].grants:");
    QTest::newRow("missing app") << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("app"), absent) })
                                 << QStringLiteral("connections[0].grants[0].app:");
    QTest::newRow("empty app") << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("app"), QString()) })
                               << QStringLiteral("connections[0].grants[0].app:");
    QTest::newRow("app not text") << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("app"), 42) })
                                  << QStringLiteral("connections[0].grants[0].app:");
    QTest::newRow("app not an application")
        << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("app"), QStringLiteral("python3")) })
        << QStringLiteral("connections[0].grants[0].app: does not name an application");
    QTest::newRow("duplicate app") << QJsonValue(QJsonArray { goodGrant(), goodGrant() })
                                   << QStringLiteral("connections[0].grants[1].app: is listed twice");
    QTest::newRow("negative uses") << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("uses"), -1) })
                                   << QStringLiteral("connections[0].grants[0].uses:");
    QTest::newRow("fractional uses") << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("uses"), 1.5) })
                                     << QStringLiteral("connections[0].grants[0].uses:");
    QTest::newRow("uses as text") << QJsonValue(
        QJsonArray { goodGrantWith(QStringLiteral("uses"), QStringLiteral("3")) })
                                  << QStringLiteral("connections[0].grants[0].uses:");
    QTest::newRow("uses as flag") << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("uses"), true) })
                                  << QStringLiteral("connections[0].grants[0].uses:");
    QTest::newRow("bad granted date")
        << QJsonValue(QJsonArray { goodGrantWith(QStringLiteral("granted"), QStringLiteral("yesterday")) })
        << QStringLiteral("connections[0].grants[0].granted:");
    QTest::newRow("last used not text") << QJsonValue(QJsonArray {
        goodGrant(QStringLiteral("/usr/bin/other")), goodGrantWith(QStringLiteral("last_used"), 17) })
                                        << QStringLiteral("connections[0].grants[1].last_used:");
}

void TestAppGrant::damagedGrantsAreCorrupt()
{
    QFETCH(QJsonValue, grants);
    QFETCH(QString, field);
    QJsonObject object = connection().toJson();
    object.insert(QStringLiteral("grants"), grants);
    const Result<Connection> read = Connection::fromJson(object, QStringLiteral("connections[0]"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::CorruptFile);
    QVERIFY2(read.error().message.startsWith(field), qPrintable(read.error().message));
}

// Through the store: a file with a damaged grant is set aside like any other
// damage, never half read.
void TestAppGrant::damagedGrantSetsTheFileAside()
{
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject root { { QStringLiteral("version"), 1 },
                             { QStringLiteral("connections"),
                               QJsonArray { withGrants({ goodGrant(), goodGrant() }) } } };
    file.write(QJsonDocument(root).toJson());
    file.close();

    ConnectionStore store(m_file);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Moved unreadable ")));
    const Result<void> loaded = store.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::CorruptFile);
    QVERIFY2(loaded.error().message.contains(QLatin1String("grants[1].app")),
             qPrintable(loaded.error().message));
}

void TestAppGrant::signingInAgainKeepsGrants()
{
    ConnectionStore store(m_file);
    QVERIFY(store.upsert(connection()));
    const QString id = connection().id();
    QVERIFY(store.update(id, [](Connection& c) { c.grants.append(grant(QStringLiteral("/usr/bin/a"), 2)); }));

    // A new sign-in writes the connection as the token exchange knows it:
    // without grants. They stay.
    Connection signedIn = connection();
    signedIn.accountName = QStringLiteral("octocat-renamed");
    QVERIFY(store.upsert(signedIn));
    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QCOMPARE(other.connection(id)->accountName, QStringLiteral("octocat-renamed"));
    QCOMPARE(other.connection(id)->grants, QList<AppGrant> { grant(QStringLiteral("/usr/bin/a"), 2) });

    // Nor can an upsert add one: grants change through update() alone.
    Connection withExtra = signedIn;
    withExtra.grants.append(grant(QStringLiteral("/usr/bin/intruder")));
    QVERIFY(store.upsert(withExtra));
    QVERIFY(other.load());
    QCOMPARE(other.connection(id)->grants.size(), 1);
}

void TestAppGrant::removedConnectionTakesItsGrants()
{
    ConnectionStore store(m_file);
    QVERIFY(store.upsert(connection(QStringLiteral("1"))));
    QVERIFY(store.upsert(connection(QStringLiteral("2"))));
    for (const QString& account : { QStringLiteral("1"), QStringLiteral("2") })
        QVERIFY(store.update(Connection::makeId(QStringLiteral("github"), account),
                             [](Connection& c) { c.grants.append(grant(QStringLiteral("/usr/bin/a"))); }));

    QVERIFY(store.remove(QStringLiteral("github/1")));
    // Connecting the same account again starts without the old grants.
    QVERIFY(store.upsert(connection(QStringLiteral("1"))));
    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QVERIFY(other.connection(QStringLiteral("github/1"))->grants.isEmpty());
    QCOMPARE(other.connection(QStringLiteral("github/2"))->grants.size(), 1);
}

QTEST_GUILESS_MAIN(TestAppGrant)
#include "tst_appgrant.moc"

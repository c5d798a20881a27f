#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"
#include "core/storage/tokenset.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Plugboard;

namespace Plugboard::Test {
namespace {

const QDateTime kThen(QDate(2024, 5, 1), QTime(12, 0, 0, 125), Qt::UTC);

/// A connection as the connection manager would record it after a sign-in:
/// scopes and expiry copied from real (fake) tokens, which never go along.
Connection connection(const QString& platformId, const QString& accountId, const QString& accountName = {})
{
    TokenSet tokens;
    tokens.accessToken = fakeSecret(QStringLiteral("access"));
    tokens.refreshToken = fakeSecret(QStringLiteral("refresh"));
    tokens.expiresAt = kThen.addSecs(3600);
    tokens.grantedScopes = QStringList { QStringLiteral("read:user") };

    Connection c;
    c.platformId = platformId;
    c.accountId = accountId;
    c.accountName = accountName.isEmpty() ? accountId : accountName;
    c.grantedScopes = tokens.grantedScopes;
    c.requestedScopes = QStringList { QStringLiteral("read:user"), QStringLiteral("repo") };
    c.expiresAt = tokens.expiresAt;
    c.state = ConnectionState::NeedsReconsent;
    c.lastRefresh = kThen;
    c.lastChecked = kThen.addSecs(60);
    return c;
}

int mode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

quint64 inode(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList ids(const QList<Connection>& connections)
{
    QStringList list;
    for (const Connection& c : connections)
        list.append(c.id());
    return list;
}

QByteArray fileWith(const QJsonArray& connections, int version = 1)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), version },
                                       { QStringLiteral("connections"), connections } })
        .toJson();
}

} // namespace
} // namespace Plugboard::Test

class TestConnectionStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultLocationIsPrivate();
    void missingFileIsEmpty();
    void roundTripAcrossInstances();
    void severalAccountsPerPlatform();
    void upsertReplacesAndKeepsCreated();
    void writeIsAtomicAndPrivate();
    void remove();
    void removeUnknownFails();
    void invalidConnectionIsRefused();
    void corruptFileIsKeptAside_data();
    void corruptFileIsKeptAside();
    void mutationSetsDamagedFileAsideAndGoesOn();
    void newerVersionIsRefusedAndLeftAlone();
    void reloadSeesOtherProcessesAndIsQuiet();
    void saveKeepsChangesOfOtherInstances();
    void lockLeftByAKilledSaveDoesNotBlockTheNext();
    void saveWaitsForAHeldLock();

private:
    QString m_folder;
    QString m_file;
};

void TestConnectionStore::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

// Under the test's private XDG_DATA_HOME, so the suite's leak scan reads
// every file written here too. Files are kept after the test for that.
void TestConnectionStore::init()
{
    QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (QTest::currentDataTag())
        name += QLatin1Char('-') + QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), u'-');
    m_folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/tst_connectionstore/") + name;
    QDir(m_folder).removeRecursively();
    QVERIFY(QDir().mkpath(m_folder));
    m_file = m_folder + QStringLiteral("/connections.json");
}

void TestConnectionStore::cleanup()
{
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!Test::contents(path).contains(Test::secretMarker().toUtf8()), qPrintable(path));
    }
}

void TestConnectionStore::defaultLocationIsPrivate()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/connections.json");
    QCOMPARE(ConnectionStore::defaultFilePath(), expected);
    QVERIFY(expected.endsWith(QStringLiteral("/plugboard/connections.json")));
    const QString folder = QFileInfo(expected).absolutePath();
    QVERIFY2(!QFileInfo::exists(folder), "the test's fresh HOME already has Plugboard's data folder");

    ConnectionStore store;
    QCOMPARE(store.filePath(), expected);
    QVERIFY(store.load());
    QVERIFY(!QFileInfo::exists(folder)); // reading creates nothing
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("42"))));
    QCOMPARE(Test::mode(folder), 0700);
    QCOMPARE(Test::mode(expected), 0600);
    m_folder = folder; // scan it for secrets in cleanup()
}

void TestConnectionStore::missingFileIsEmpty()
{
    ConnectionStore store(m_file);
    QSignalSpy changed(&store, &ConnectionStore::changed);
    QVERIFY(store.load());
    QVERIFY(store.connections().isEmpty());
    QVERIFY(!store.connection(QStringLiteral("github/42")).has_value());
    QVERIFY(!QFileInfo::exists(m_file));
    QCOMPARE(changed.count(), 0);
}

void TestConnectionStore::roundTripAcrossInstances()
{
    Connection full = Test::connection(QStringLiteral("google"), QStringLiteral("1099"),
                                       QStringLiteral("Zoë 🦊 Müller"));
    full.setLastError(Error { ErrorCode::InvalidGrant, QStringLiteral("Google refused the refresh token.") });
    full.created = Test::kThen.addDays(-3);
    full.clientFingerprint = QStringLiteral("3f2a9c0d41be");
    full.refreshIssuedAt = Test::kThen.addDays(-2);
    Connection sparse;
    sparse.platformId = QStringLiteral("atlassian");
    sparse.accountId = QStringLiteral("557058:f5/slash");
    {
        ConnectionStore writer(m_file);
        QVERIFY(writer.load());
        QVERIFY(writer.upsert(full));
        QVERIFY(writer.upsert(sparse));
    }
    ConnectionStore reader(m_file);
    QSignalSpy changed(&reader, &ConnectionStore::changed);
    QVERIFY(reader.load());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Test::ids(reader.connections()),
             (QStringList { QStringLiteral("google/1099"), QStringLiteral("atlassian/557058:f5/slash") }));

    const Connection read = *reader.connection(QStringLiteral("google/1099"));
    QVERIFY(read.updated.isValid());
    full.updated = read.updated; // stamped by upsert
    QVERIFY(read == full);
    QCOMPARE(read.accountName, QStringLiteral("Zoë 🦊 Müller"));
    QCOMPARE(read.lastError.code, ErrorCode::InvalidGrant);
    QCOMPARE(read.lastErrorLanguage, QStringLiteral("en")); // no translator installed: the source texts
    QCOMPARE(read.state, ConnectionState::NeedsReconsent);
    QCOMPARE(read.created, Test::kThen.addDays(-3));
    QCOMPARE(read.expiresAt.timeSpec(), Qt::UTC);

    const Connection readSparse = *reader.connection(QStringLiteral("atlassian/557058:f5/slash"));
    QCOMPARE(readSparse.platformId, QStringLiteral("atlassian"));
    QCOMPARE(readSparse.accountId, QStringLiteral("557058:f5/slash"));
    QVERIFY(!readSparse.expiresAt.isValid());
    QVERIFY(!readSparse.hasLastError());
    QVERIFY(readSparse.created.isValid());
    QCOMPARE(Connection::platformOf(readSparse.id()), QStringLiteral("atlassian"));

    QVERIFY(readSparse.clientFingerprint.isEmpty());
    QVERIFY(!readSparse.refreshIssuedAt.isValid());

    const QJsonObject root = QJsonDocument::fromJson(Test::contents(m_file)).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray written = root.value(QStringLiteral("connections")).toArray();
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(0)[QLatin1String("client")].toString(), QStringLiteral("3f2a9c0d41be"));
    QVERIFY(written.at(0)[QLatin1String("refresh_issued_at")].isString());
    QVERIFY2(!written.at(1).toObject().contains(QLatin1String("client")), "left out when unknown");
}

void TestConnectionStore::severalAccountsPerPlatform()
{
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    QVERIFY(store.upsert(
        Test::connection(QStringLiteral("github"), QStringLiteral("1"), QStringLiteral("work"))));
    QVERIFY(store.upsert(Test::connection(QStringLiteral("google"), QStringLiteral("7"))));
    QVERIFY(store.upsert(
        Test::connection(QStringLiteral("github"), QStringLiteral("2"), QStringLiteral("home"))));

    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QCOMPARE(Test::ids(other.connectionsForPlatform(QStringLiteral("github"))),
             (QStringList { QStringLiteral("github/1"), QStringLiteral("github/2") }));
    QCOMPARE(Test::ids(other.connectionsForPlatform(QStringLiteral("google"))),
             QStringList { QStringLiteral("google/7") });
    QVERIFY(other.connectionsForPlatform(QStringLiteral("git")).isEmpty());
    QCOMPARE(other.connection(QStringLiteral("github/2"))->accountName, QStringLiteral("home"));
}

void TestConnectionStore::upsertReplacesAndKeepsCreated()
{
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    Connection c = Test::connection(QStringLiteral("github"), QStringLiteral("1"));
    QVERIFY(store.upsert(c));
    const QDateTime created = store.connection(c.id())->created;
    QVERIFY(created.isValid());

    c.accountName = QStringLiteral("renamed");
    c.state = ConnectionState::Connected;
    c.created = Test::kThen.addYears(-1); // the stored creation time wins
    QSignalSpy changed(&store, &ConnectionStore::changed);
    QVERIFY(store.upsert(c));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.connections().size(), 1);
    const Connection stored = *store.connection(c.id());
    QCOMPARE(stored.accountName, QStringLiteral("renamed"));
    QCOMPARE(stored.state, ConnectionState::Connected);
    QCOMPARE(stored.created, created);
    QVERIFY(stored.updated >= created);
}

void TestConnectionStore::writeIsAtomicAndPrivate()
{
    // An older file with loose permissions is replaced by a private one.
    QVERIFY(Test::writeFile(m_file, Test::fileWith({})));
    QVERIFY(QFile::setPermissions(m_file,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    QCOMPARE(Test::mode(m_file), 0644);
    const quint64 before = Test::inode(m_file);

    ConnectionStore store(m_file);
    QVERIFY(store.load());
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    QCOMPARE(Test::mode(m_file), 0600);
    // A new inode: the file was replaced by a rename, never rewritten in place.
    QVERIFY(Test::inode(m_file) != before);
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("2"))));
    QVERIFY(store.remove(QStringLiteral("github/1")));

    // No temporary file left behind; the lock file stays (flock(2) needs
    // none removed) and is private too.
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             (QStringList { QStringLiteral("connections.json"), QStringLiteral("connections.json.lock") }));
    QCOMPARE(Test::mode(m_file), 0600);
    QCOMPARE(Test::mode(m_file + QStringLiteral(".lock")), 0600);

    // A folder the store creates is private.
    const QString nested = m_folder + QStringLiteral("/new/plugboard/connections.json");
    ConnectionStore fresh(nested);
    QVERIFY(fresh.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    QCOMPARE(Test::mode(QFileInfo(nested).absolutePath()), 0700);
    QCOMPARE(Test::mode(nested), 0600);
}

void TestConnectionStore::remove()
{
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("2"))));
    QSignalSpy changed(&store, &ConnectionStore::changed);
    QVERIFY(store.remove(QStringLiteral("github/1")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Test::ids(store.connections()), QStringList { QStringLiteral("github/2") });

    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QCOMPARE(Test::ids(other.connections()), QStringList { QStringLiteral("github/2") });
}

void TestConnectionStore::removeUnknownFails()
{
    ConnectionStore store(m_file);
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    const QByteArray before = Test::contents(m_file);
    const Result<void> removed = store.remove(QStringLiteral("github/2"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::UnknownConnection);
    QVERIFY2(removed.error().message.contains(QStringLiteral("github/2")),
             qPrintable(removed.error().message));
    QCOMPARE(Test::contents(m_file), before);
}

void TestConnectionStore::invalidConnectionIsRefused()
{
    ConnectionStore store(m_file);
    Connection noAccount = Test::connection(QStringLiteral("github"), QString());
    QCOMPARE(store.upsert(noAccount).error().code, ErrorCode::InvalidArgument);
    Connection slashInPlatform = Test::connection(QStringLiteral("git/hub"), QStringLiteral("1"));
    QCOMPARE(store.upsert(slashInPlatform).error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFileInfo::exists(m_file));
}

void TestConnectionStore::corruptFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); ///< part of the message

    QJsonObject good = Test::connection(QStringLiteral("github"), QStringLiteral("1")).toJson();
    auto with = [&good](const QString& key, const QJsonValue& value) {
        QJsonObject changed = good;
        changed.insert(key, value);
        return Test::fileWith({ changed });
    };
    QTest::newRow("truncated") << Test::fileWith({ good }).left(40) << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{{", 5) << QStringLiteral("not valid JSON");
    QTest::newRow("array root") << QByteArray("[1, 2]") << QStringLiteral("\"version\"");
    QTest::newRow("no version") << QByteArray("{\"connections\": []}") << QStringLiteral("\"version\"");
    QTest::newRow("version zero") << Test::fileWith({}, 0) << QStringLiteral("\"version\"");
    QTest::newRow("version text") << QByteArray("{\"version\": \"1\", \"connections\": []}")
                                  << QStringLiteral("\"version\"");
    QTest::newRow("connections not a list")
        << QByteArray("{\"version\": 1, \"connections\": {}}") << QStringLiteral("\"connections\"");
    QTest::newRow("entry not an object") << Test::fileWith({ 5 }) << QStringLiteral("connections[0]");
    QTest::newRow("entry without account")
        << with(QStringLiteral("account_id"), QString()) << QStringLiteral("connections[0].account_id");
    QTest::newRow("unknown state") << with(QStringLiteral("state"), QStringLiteral("sleeping"))
                                   << QStringLiteral("connections[0].state");
    QTest::newRow("bad date") << with(QStringLiteral("expires_at"), QStringLiteral("tomorrow"))
                              << QStringLiteral("connections[0].expires_at");
    QTest::newRow("bad refresh issue date")
        << with(QStringLiteral("refresh_issued_at"), QStringLiteral("soon"))
        << QStringLiteral("connections[0].refresh_issued_at");
    QTest::newRow("client not text") << with(QStringLiteral("client"), 42)
                                     << QStringLiteral("connections[0].client");
    QTest::newRow("scopes not strings") << with(QStringLiteral("granted_scopes"), QJsonArray { 1 })
                                        << QStringLiteral("connections[0].granted_scopes");
    QTest::newRow("unknown error code")
        << with(QStringLiteral("last_error"),
                QJsonObject { { QStringLiteral("code"), QStringLiteral("gremlins") },
                              { QStringLiteral("message"), QStringLiteral("?") } })
        << QStringLiteral("\"gremlins\" is not a known error code");
    QTest::newRow("same connection twice") << Test::fileWith({ good, good }) << QStringLiteral("github/1");
}

void TestConnectionStore::corruptFileIsKeptAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QVERIFY(Test::writeFile(m_file, bytes));

    ConnectionStore store(m_file);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Moved unreadable .* aside to ")));
    const Result<void> loaded = store.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::CorruptFile);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_file)), qPrintable(message));
    QVERIFY(store.connections().isEmpty());

    // The original bytes are kept, under the name the message gives.
    QVERIFY(!QFileInfo::exists(m_file));
    const QStringList aside = QDir(m_folder).entryList({ QStringLiteral("connections.json.corrupt-*") });
    QCOMPARE(aside.size(), 1);
    QVERIFY2(message.contains(aside.first()), qPrintable(message));
    QVERIFY(QRegularExpression(QStringLiteral("^connections\\.json\\.corrupt-\\d{8}T\\d{6}Z$"))
                .match(aside.first())
                .hasMatch());
    const QString asidePath = m_folder + QLatin1Char('/') + aside.first();
    QCOMPARE(Test::contents(asidePath), bytes);

    // Plugboard works again, in a fresh file, and leaves the copy alone.
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("9"))));
    ConnectionStore other(m_file);
    QVERIFY(other.load());
    QCOMPARE(Test::ids(other.connections()), QStringList { QStringLiteral("github/9") });
    QCOMPARE(Test::contents(asidePath), bytes);
}

void TestConnectionStore::mutationSetsDamagedFileAsideAndGoesOn()
{
    ConnectionStore store(m_file);
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    const QByteArray garbage("{\"version\": 1, \"connections\": [");
    QVERIFY(Test::writeFile(m_file, garbage));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Moved unreadable ")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Starting a new ")));
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("2"))));
    QCOMPARE(Test::ids(store.connections()), QStringList { QStringLiteral("github/2") });
    const QStringList aside = QDir(m_folder).entryList({ QStringLiteral("connections.json.corrupt-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(Test::contents(m_folder + QLatin1Char('/') + aside.first()), garbage);
}

void TestConnectionStore::newerVersionIsRefusedAndLeftAlone()
{
    QJsonObject future = Test::connection(QStringLiteral("github"), QStringLiteral("1")).toJson();
    future.insert(QStringLiteral("hologram"), true);
    const QByteArray bytes = Test::fileWith({ future }, 2);
    QVERIFY(Test::writeFile(m_file, bytes));

    ConnectionStore store(m_file);
    const Result<void> loaded = store.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::UnsupportedFileVersion);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(QStringLiteral("written by a newer Plugboard")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("update Plugboard")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_file)), qPrintable(message));
    QVERIFY(store.connections().isEmpty());

    const Result<void> upserted
        = store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("2")));
    QVERIFY(!upserted);
    QCOMPARE(upserted.error().code, ErrorCode::UnsupportedFileVersion);
    QCOMPARE(store.remove(QStringLiteral("github/1")).error().code, ErrorCode::UnsupportedFileVersion);
    QCOMPARE(store.reload().error().code, ErrorCode::UnsupportedFileVersion);

    QCOMPARE(Test::contents(m_file), bytes);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             (QStringList { QStringLiteral("connections.json"), QStringLiteral("connections.json.lock") }));
}

void TestConnectionStore::reloadSeesOtherProcessesAndIsQuiet()
{
    ConnectionStore mine(m_file);
    ConnectionStore theirs(m_file);
    QVERIFY(mine.load());
    QVERIFY(theirs.load());
    QSignalSpy mineChanged(&mine, &ConnectionStore::changed);

    QVERIFY(theirs.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    QVERIFY(mine.reload());
    QCOMPARE(mineChanged.count(), 1);
    QCOMPARE(Test::ids(mine.connections()), QStringList { QStringLiteral("github/1") });

    QVERIFY(mine.reload()); // nothing changed: no signal
    QCOMPARE(mineChanged.count(), 1);

    QVERIFY(mine.upsert(Test::connection(QStringLiteral("google"), QStringLiteral("2"))));
    QCOMPARE(mineChanged.count(), 2);
    QVERIFY(mine.reload()); // the watcher's echo of our own save
    QCOMPARE(mineChanged.count(), 2);

    QVERIFY(QFile::remove(m_file));
    QVERIFY(mine.reload());
    QCOMPARE(mineChanged.count(), 3);
    QVERIFY(mine.connections().isEmpty());
}

void TestConnectionStore::saveKeepsChangesOfOtherInstances()
{
    ConnectionStore mine(m_file);
    ConnectionStore theirs(m_file);
    QVERIFY(mine.load());
    QVERIFY(theirs.load());
    QVERIFY(theirs.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    // `mine` never reloaded, yet its save keeps what `theirs` added.
    QVERIFY(mine.upsert(Test::connection(QStringLiteral("google"), QStringLiteral("2"))));
    QVERIFY(theirs.remove(QStringLiteral("google/2")));

    ConnectionStore reader(m_file);
    QVERIFY(reader.load());
    QCOMPARE(Test::ids(reader.connections()), QStringList { QStringLiteral("github/1") });
}

// A save killed right after creating its lock file, before writing
// anything into it (tst_realpeers_crash hit it about once in 600 kills),
// leaves an empty lock file. The next save must not wait for it: it used
// to fail for 30 s with "Another Plugboard process is still updating".
void TestConnectionStore::lockLeftByAKilledSaveDoesNotBlockTheNext()
{
    QVERIFY(Test::writeFile(m_file + QStringLiteral(".lock"), QByteArray()));
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    const Result<void> saved = store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1")));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
}

// While another process holds the lock, a save waits and then says so,
// without touching the file.
void TestConnectionStore::saveWaitsForAHeldLock()
{
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    QVERIFY(store.upsert(Test::connection(QStringLiteral("github"), QStringLiteral("1"))));
    const QByteArray before = Test::contents(m_file);
    QProcess holder;
    holder.start(QStringLiteral("flock"),
                 { m_file + QStringLiteral(".lock"), QStringLiteral("sleep"), QStringLiteral("30") });
    QVERIFY(holder.waitForStarted());
    const auto stop = qScopeGuard([&holder] {
        holder.kill();
        holder.waitForFinished();
    });
    // flock(1) takes the lock right after it starts: wait until it holds it.
    QTRY_VERIFY(QProcess::execute(QStringLiteral("flock"),
                                  { QStringLiteral("--nonblock"), m_file + QStringLiteral(".lock"),
                                    QStringLiteral("true") })
                != 0);
    const Result<void> saved = store.upsert(Test::connection(QStringLiteral("google"), QStringLiteral("2")));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::StorageFailed);
    QVERIFY2(saved.error().message.contains(QStringLiteral("Try again")), qPrintable(saved.error().message));
    QCOMPARE(Test::contents(m_file), before);
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"

// Hand-outs under a grant are counted exactly, written in batches.
#include "app/dbus/grantusebook.h"
#include "core/storage/connectionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;

class TestGrantUseBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void manyHandOutsAreOneWriteWithTheirCount();
    void whatIsCountedIsWrittenWhenTheBookGoes();

private:
    /// The store's uses for `app` as the file says (a fresh store reads it).
    qint64 usesOnDisk(const QString& app) const;

    QTemporaryDir m_folder;
    QString m_file;
    const QString m_app = QStringLiteral("/usr/bin/tool");
    const QString m_id = QStringLiteral("fake/user-42");
};

void TestGrantUseBook::init()
{
    QVERIFY(m_folder.isValid());
    m_file = m_folder.filePath(
        QStringLiteral("connections-%1.json").arg(QLatin1String(QTest::currentTestFunction())));
    ConnectionStore store(m_file);
    Connection connection;
    connection.platformId = QStringLiteral("fake");
    connection.accountId = QStringLiteral("user-42");
    connection.grants.append({ m_app, QDateTime::currentDateTimeUtc(), {}, 0 });
    QVERIFY(store.upsert(connection));
}

qint64 TestGrantUseBook::usesOnDisk(const QString& app) const
{
    ConnectionStore store(m_file);
    if (!store.load())
        return -1;
    const std::optional<Connection> connection = store.connection(m_id);
    const AppGrant* grant = connection ? connection->grantFor(app) : nullptr;
    return grant ? grant->uses : -1;
}

void TestGrantUseBook::manyHandOutsAreOneWriteWithTheirCount()
{
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    QSignalSpy saved(&store, &ConnectionStore::changed);
    GrantUseBook book(&store);
    for (int i = 0; i < 25; ++i)
        book.note(m_id, m_app);
    QCOMPARE(usesOnDisk(m_app), 0); // not yet: the caller did not wait for a save
    QTRY_COMPARE_WITH_TIMEOUT(usesOnDisk(m_app), 25, 5000);
    QCOMPARE(saved.count(), 1);
    const std::optional<Connection> stored = store.connection(m_id);
    QVERIFY(stored && stored->grantFor(m_app)->lastUsed.isValid());
}

void TestGrantUseBook::whatIsCountedIsWrittenWhenTheBookGoes()
{
    ConnectionStore store(m_file);
    QVERIFY(store.load());
    {
        GrantUseBook book(&store);
        book.note(m_id, m_app);
        book.note(m_id, QStringLiteral("/usr/bin/no-grant")); // no grant: nothing to count in
        book.note(QStringLiteral("fake/gone"), m_app); // disconnected meanwhile
    }
    QCOMPARE(usesOnDisk(m_app), 1);
}

QTEST_GUILESS_MAIN(TestGrantUseBook)
#include "tst_grantusebook.moc"

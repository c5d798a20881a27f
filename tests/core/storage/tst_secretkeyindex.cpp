// SecretKeyIndex: the key names a keychain store wrote, in the settings
// file, surviving restarts and never holding a value.
#include "core/storage/secretkeyindex.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace Plugboard;

class TestSecretKeyIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addRemoveContains();
    void keysUnderPrefix_data();
    void keysUnderPrefix();
    void unusualNamesRoundTrip();
    void survivesANewInstance();
    void servicesAreSeparate();
    void twoWritersKeepEachOthersKeys();
    void unwritableFileFails();

private:
    QString m_file;
};

void TestSecretKeyIndex::init()
{
    m_file = QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                 .filePath(
                     QStringLiteral("index-%1.conf").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
}

void TestSecretKeyIndex::addRemoveContains()
{
    SecretKeyIndex index(QStringLiteral("svc"), m_file);
    QVERIFY(index.keys().isEmpty());
    QVERIFY(index.add(QStringLiteral("connection/github/1")).hasValue());
    QVERIFY(index.add(QStringLiteral("credentials/github")).hasValue());
    QVERIFY(index.add(QStringLiteral("connection/github/1")).hasValue()); // twice is once
    QVERIFY(index.contains(QStringLiteral("connection/github/1")));
    QCOMPARE(index.keys(),
             (QStringList { QStringLiteral("connection/github/1"), QStringLiteral("credentials/github") }));

    QVERIFY(index.remove(QStringLiteral("connection/github/1")).hasValue());
    QVERIFY(!index.contains(QStringLiteral("connection/github/1")));
    QVERIFY(index.remove(QStringLiteral("never/added")).hasValue());
    QCOMPARE(index.keys(), QStringList { QStringLiteral("credentials/github") });
}

void TestSecretKeyIndex::keysUnderPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one connection") << QStringLiteral("connection/a/1")
                                    << QStringList { QStringLiteral("connection/a/1"),
                                                     QStringLiteral("connection/a/1/extra") };
    QTest::newRow("one platform's connections")
        << QStringLiteral("connection/a/")
        << QStringList { QStringLiteral("connection/a/1"), QStringLiteral("connection/a/1/extra"),
                         QStringLiteral("connection/a/12") };
    QTest::newRow("no match") << QStringLiteral("connection/c") << QStringList();
    QTest::newRow("everything") << QString()
                                << QStringList { QStringLiteral("connection/a/1"),
                                                 QStringLiteral("connection/a/1/extra"),
                                                 QStringLiteral("connection/a/12"),
                                                 QStringLiteral("connection/b/1"),
                                                 QStringLiteral("credentials/a") };
}

void TestSecretKeyIndex::keysUnderPrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, expected);

    SecretKeyIndex index(QStringLiteral("svc"), m_file);
    for (const char* key :
         { "connection/a/12", "connection/a/1/extra", "connection/b/1", "credentials/a", "connection/a/1" })
        QVERIFY(index.add(QString::fromLatin1(key)).hasValue());
    QCOMPARE(index.keysUnder(prefix), expected);
}

void TestSecretKeyIndex::unusualNamesRoundTrip()
{
    const QStringList names { QStringLiteral("connection/a//double"),
                              QStringLiteral("trailing/"),
                              QStringLiteral("/leading"),
                              QStringLiteral("back\\slash"),
                              QStringLiteral("percent%2Fencoded"),
                              QStringLiteral("ünïcödé/日本"),
                              QStringLiteral("spaces and = signs; [brackets]"),
                              QStringLiteral("Case"),
                              QStringLiteral("case") };
    SecretKeyIndex index(QStringLiteral("svc"), m_file);
    for (const QString& name : names)
        QVERIFY(index.add(name).hasValue());
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(SecretKeyIndex(QStringLiteral("svc"), m_file).keys(), sorted);
}

void TestSecretKeyIndex::survivesANewInstance()
{
    {
        SecretKeyIndex first(QStringLiteral("svc"), m_file);
        QVERIFY(first.add(QStringLiteral("connection/a/1")).hasValue());
    }
    SecretKeyIndex second(QStringLiteral("svc"), m_file);
    QCOMPARE(second.keys(), QStringList { QStringLiteral("connection/a/1") });
    // On disk under the "secretIndex" group, as a name only.
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.childGroups(), QStringList { QStringLiteral("secretIndex") });
}

void TestSecretKeyIndex::servicesAreSeparate()
{
    SecretKeyIndex app(QStringLiteral("org.plugboard.Plugboard"), m_file);
    SecretKeyIndex other(QStringLiteral("org.plugboard.Plugboard.tests"), m_file);
    QVERIFY(app.add(QStringLiteral("connection/a/1")).hasValue());
    QVERIFY(other.add(QStringLiteral("connection/b/2")).hasValue());
    QCOMPARE(app.keys(), QStringList { QStringLiteral("connection/a/1") });
    QCOMPARE(other.keys(), QStringList { QStringLiteral("connection/b/2") });
}

// Two processes (GUI and CLI) add keys at the same time: each add must
// merge with what the other wrote, not overwrite it.
void TestSecretKeyIndex::twoWritersKeepEachOthersKeys()
{
    SecretKeyIndex gui(QStringLiteral("svc"), m_file);
    SecretKeyIndex cli(QStringLiteral("svc"), m_file);
    QVERIFY(gui.add(QStringLiteral("connection/a/1")).hasValue());
    QVERIFY(cli.add(QStringLiteral("connection/b/1")).hasValue());
    QVERIFY(gui.add(QStringLiteral("connection/c/1")).hasValue());
    QVERIFY(cli.remove(QStringLiteral("connection/b/1")).hasValue());
    QCOMPARE(gui.keys(),
             (QStringList { QStringLiteral("connection/a/1"), QStringLiteral("connection/c/1") }));
}

void TestSecretKeyIndex::unwritableFileFails()
{
    // A "folder" that is a file cannot hold the settings file, even for root.
    const QString blocker
        = QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SecretKeyIndex index(QStringLiteral("svc"), blocker + QStringLiteral("/index.conf"));
    const Result<void> result = index.add(QStringLiteral("connection/a/1"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code, ErrorCode::StorageFailed);
    QVERIFY2(result.error().message.contains(QLatin1String("index.conf")),
             qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestSecretKeyIndex)
#include "tst_secretkeyindex.moc"

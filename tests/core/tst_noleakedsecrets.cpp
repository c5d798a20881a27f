// Runs after every other test and reads every file the suite wrote under the
// test root (settings, metadata, custom providers, logs): none may contain a
// test secret. Secrets belong in the keyring, which lives elsewhere.
#include "tests/support/testsecrets.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Plugboard;

class TestNoLeakedSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFileContainsATestSecret();
    void scannerFindsAPlantedSecret();
};

void TestNoLeakedSecrets::noFileContainsATestSecret()
{
    // This test's own HOME is one level below the root of all tests' HOMEs.
    QDir root(qEnvironmentVariable("HOME"));
    QVERIFY(root.cd(QStringLiteral("../..")));
    const QStringList others = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(others.size() > 5, qPrintable(others.join(u',')));

    const QStringList hits = Test::filesContaining(root.absolutePath(), Test::secretMarker().toUtf8());
    QVERIFY2(hits.isEmpty(),
             qPrintable(QStringLiteral("test secrets found in: ") + hits.join(QStringLiteral(", "))));
}

// The scan above must be able to fail: plant a secret and find it.
void TestNoLeakedSecrets::scannerFindsAPlantedSecret()
{
    const QString dir = qEnvironmentVariable("XDG_CACHE_HOME") + QStringLiteral("/planted");
    QVERIFY(QDir().mkpath(dir));
    QFile planted(dir + QStringLiteral("/leak.txt"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("xx" + Test::fakeSecret(QStringLiteral("planted")).toUtf8());
    planted.close();
    QCOMPARE(Test::filesContaining(dir, Test::secretMarker().toUtf8()), QStringList { planted.fileName() });
    QVERIFY(planted.remove());
}

QTEST_GUILESS_MAIN(TestNoLeakedSecrets)
#include "tst_noleakedsecrets.moc"

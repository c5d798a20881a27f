#include "app/dbus/instancesocket.h"
#include "app/gui/singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Plugboard;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchActivatesTheFirst();
    void staleSocketDoesNotBlockStartup();
    void keysAreSeparate();
    void onlyTheUserReachesTheSocket_data();
    void onlyTheUserReachesTheSocket();
};

static QString uniqueKey()
{
    return QStringLiteral("pb-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(!first.activateRunningInstance());
    QVERIFY(first.isPrimary());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    QVERIFY(second.activateRunningInstance());
    QVERIFY(!second.isPrimary());
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.count(), 1);
}

void TestSingleInstance::staleSocketDoesNotBlockStartup()
{
    const QString key = uniqueKey();
    {
        SingleInstance crashed(key);
        QVERIFY(!crashed.activateRunningInstance());
    } // gone without a clean shutdown of anything else
    SingleInstance next(key);
    QVERIFY(!next.activateRunningInstance());
    QVERIFY(next.isPrimary());
}

void TestSingleInstance::keysAreSeparate()
{
    SingleInstance one(uniqueKey());
    QVERIFY(!one.activateRunningInstance());
    SingleInstance other(uniqueKey());
    QVERIFY(!other.activateRunningInstance());
    QVERIFY(other.isPrimary());
}

void TestSingleInstance::onlyTheUserReachesTheSocket_data()
{
    QTest::addColumn<int>("runtimeFolderLength");
    QTest::newRow("in the private runtime folder") << 20;
    // A socket path must fit in 108 bytes: a longer runtime folder puts the
    // socket in /tmp, where everyone may list and connect.
    QTest::newRow("in /tmp, the runtime folder's path too long") << 120;
}

void TestSingleInstance::onlyTheUserReachesTheSocket()
{
    QFETCH(int, runtimeFolderLength);
    QTemporaryDir base;
    QString runtime = base.path() + QLatin1Char('/');
    runtime += QString(qMax(1, runtimeFolderLength - int(runtime.size())), QLatin1Char('r'));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    const QString key = uniqueKey();
    SingleInstance instance(key);
    QVERIFY(!instance.activateRunningInstance());
    const QFileInfo socket(InstanceSocket::filePath(key));
    qputenv("XDG_RUNTIME_DIR", saved);

    QVERIFY2(socket.exists(), qPrintable(socket.filePath()));
    QCOMPARE(socket.absolutePath() == QDir(runtime).absolutePath(), runtimeFolderLength < 100);
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const bool folderPrivate = !(QFileInfo(socket.absolutePath()).permissions() & others);
    const bool socketPrivate = !(socket.permissions() & others);
    QVERIFY2(folderPrivate || socketPrivate, qPrintable(socket.filePath()));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

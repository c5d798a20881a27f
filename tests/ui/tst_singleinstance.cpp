#include "app/gui/singleinstance.h"

#include <QSignalSpy>
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

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

#include "ui/relativetime.h"

#include <QTest>

using namespace Plugboard;

class TestRelativeTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describes_data();
    void describes();
    void expiryLines_data();
    void expiryLines();
};

static const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

void TestRelativeTime::describes_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << 10LL << QStringLiteral("just now");
    QTest::newRow("42 min ahead") << 42LL * 60 + 5 << QStringLiteral("in 42 min");
    QTest::newRow("3 h ahead") << 3LL * 3600 + 100 << QStringLiteral("in 3 h");
    QTest::newRow("5 days ahead") << 5LL * 86400 << QStringLiteral("in 5 days");
    QTest::newRow("5 min ago") << -5LL * 60 << QStringLiteral("5 min ago");
    QTest::newRow("45 s ago") << -45LL << QStringLiteral("45 s ago");
}

void TestRelativeTime::describes()
{
    QFETCH(qint64, offset);
    QFETCH(QString, text);
    QCOMPARE(RelativeTime::describe(kNow.addSecs(offset), kNow), text);
}

void TestRelativeTime::expiryLines_data()
{
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<bool>("refreshes");
    QTest::addColumn<QString>("text");
    QTest::newRow("refreshing") << kNow.addSecs(42 * 60) << true
                                << QStringLiteral("expires in 42 min · refreshes automatically");
    QTest::newRow("no refresh token")
        << kNow.addSecs(42 * 60) << false << QStringLiteral("expires in 42 min");
    QTest::newRow("expired") << kNow.addSecs(-180) << false << QStringLiteral("expired 3 min ago");
    QTest::newRow("never") << QDateTime() << false << QStringLiteral("does not expire");
}

void TestRelativeTime::expiryLines()
{
    QFETCH(QDateTime, expiresAt);
    QFETCH(bool, refreshes);
    QFETCH(QString, text);
    QCOMPARE(RelativeTime::expiryLine(expiresAt, kNow, refreshes), text);
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"

#include "core/securerandom.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Plugboard;

class TestSecureRandom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesHaveRequestedLength_data();
    void bytesHaveRequestedLength();
    void tokenIsUnpaddedBase64Url();
    void tokensDoNotRepeat();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestSecureRandom::bytesHaveRequestedLength_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("state") << 16;
    QTest::newRow("verifier") << 32;
    QTest::newRow("large") << 4096;
}

void TestSecureRandom::bytesHaveRequestedLength()
{
    QFETCH(int, count);
    QCOMPARE(SecureRandom::bytes(count).size(), count);
}

void TestSecureRandom::tokenIsUnpaddedBase64Url()
{
    // 32 bytes -> 43 characters: RFC 7636's minimum verifier length.
    const QByteArray token = SecureRandom::urlSafeToken(32);
    QCOMPARE(token.size(), 43);
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QVERIFY2(alphabet.match(QString::fromLatin1(token)).hasMatch(), token.constData());
}

void TestSecureRandom::tokensDoNotRepeat()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(SecureRandom::urlSafeToken(16));
    QCOMPARE(seen.size(), 1000);
}

void TestSecureRandom::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc123") << QByteArray("abc123") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs") << QByteArray("abc123") << QByteArray("abc124") << false;
    QTest::newRow("first byte differs") << QByteArray("xbc123") << QByteArray("abc123") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abc123") << false;
    QTest::newRow("empty vs value") << QByteArray() << QByteArray("a") << false;
}

void TestSecureRandom::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(SecureRandom::constantTimeEquals(a, b), equal);
    QCOMPARE(SecureRandom::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "tst_securerandom.moc"

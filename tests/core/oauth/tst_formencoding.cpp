#include "core/oauth/formencoding.h"

#include <QTest>

using namespace Plugboard;

class TestFormEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void countsRepeatedKeys();
    void encodeRoundTrips();
};

void TestFormEncoding::decodes_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("slash and plus in a code") << QByteArray("code=4%2F0Abc%2Bdef&state=s")
                                              << QStringLiteral("code") << QStringLiteral("4/0Abc+def");
    QTest::newRow("plus is a space") << QByteArray("error_description=The+code+passed+is+incorrect")
                                     << QStringLiteral("error_description")
                                     << QStringLiteral("The code passed is incorrect");
    QTest::newRow("percent-20") << QByteArray("a=b%20c") << QStringLiteral("a") << QStringLiteral("b c");
    QTest::newRow("utf-8") << QByteArray("name=J%C3%BCrgen") << QStringLiteral("name")
                           << QStringLiteral("Jürgen");
    QTest::newRow("key without value") << QByteArray("flag&x=1") << QStringLiteral("flag") << QString();
    QTest::newRow("literal percent") << QByteArray("v=100%25") << QStringLiteral("v")
                                     << QStringLiteral("100%");
}

void TestFormEncoding::decodes()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, key);
    QFETCH(QString, value);
    int occurrences = 0;
    QCOMPARE(FormEncoding::value(FormEncoding::decode(encoded), key, &occurrences), value);
    QCOMPARE(occurrences, 1);
}

void TestFormEncoding::countsRepeatedKeys()
{
    int occurrences = 0;
    const QString first
        = FormEncoding::value(FormEncoding::decode("code=a&code=b"), QStringLiteral("code"), &occurrences);
    QCOMPARE(first, QStringLiteral("a"));
    QCOMPARE(occurrences, 2);
    FormEncoding::value(FormEncoding::decode("code=a"), QStringLiteral("state"), &occurrences);
    QCOMPARE(occurrences, 0);
}

void TestFormEncoding::encodeRoundTrips()
{
    const FormEncoding::Items items = { { QStringLiteral("code"), QStringLiteral("4/0Ab+c%d&e=f") },
                                        { QStringLiteral("scope"), QStringLiteral("a b") },
                                        { QStringLiteral("name"), QStringLiteral("Jürgen") } };
    const QByteArray encoded = FormEncoding::encode(items);
    QCOMPARE(encoded, QByteArray("code=4%2F0Ab%2Bc%25d%26e%3Df&scope=a%20b&name=J%C3%BCrgen"));
    QCOMPARE(FormEncoding::decode(encoded), items);
}

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"

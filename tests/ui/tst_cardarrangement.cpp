// CardFilter and CardOrder as plain logic: which cards the filter box lets
// through and the order each sort choice gives.
#include "ui/cardfilter.h"
#include "ui/cardorder.h"

#include <QTest>

using namespace Plugboard;

namespace {

CardFacts facts(const QString& id, const QString& platform, const QString& account, const QString& state,
                StatusBadge::Tone tone = StatusBadge::Tone::Good, int expiresInMinutes = 0)
{
    CardFacts card { id, platform, account, state, tone, {} };
    if (expiresInMinutes != 0)
        card.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresInMinutes * 60);
    return card;
}

QStringList ids(const QList<CardFacts>& cards)
{
    QStringList result;
    for (const CardFacts& card : cards)
        result.append(card.cardId);
    return result;
}

} // namespace

class TestCardArrangement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterMatches_data();
    void filterMatches();
    void blankFilterIsInactive();
    void sortOrders_data();
    void sortOrders();
    void equalCardsKeepTheirOrder();
};

void TestCardArrangement::filterMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("platform name") << QStringLiteral("github") << true;
    QTest::newRow("account name, any case") << QStringLiteral("OCTO") << true;
    QTest::newRow("state label") << QStringLiteral("reconnect") << true;
    QTest::newRow("words in different fields") << QStringLiteral("hub  needs") << true;
    QTest::newRow("one word missing") << QStringLiteral("github gitlab") << false;
    QTest::newRow("nothing in common") << QStringLiteral("dropbox") << false;
    QTest::newRow("card id is not shown, so not searched") << QStringLiteral("/") << false;
}

void TestCardArrangement::filterMatches()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    CardFilter filter;
    filter.setText(text);
    QVERIFY(filter.isActive());
    QCOMPARE(filter.matches(facts(QStringLiteral("github/1"), QStringLiteral("GitHub"),
                                  QStringLiteral("octocat"), QStringLiteral("Needs reconnect"))),
             matches);
}

void TestCardArrangement::blankFilterIsInactive()
{
    CardFilter filter;
    filter.setText(QStringLiteral("   "));
    QVERIFY(!filter.isActive());
    QVERIFY(
        filter.matches(facts(QStringLiteral("x"), QStringLiteral("X"), {}, QStringLiteral("Not set up"))));
}

void TestCardArrangement::sortOrders_data()
{
    QTest::addColumn<int>("sort"); // a CardOrder::Sort
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("needs attention") << int(CardOrder::Sort::NeedsAttention)
                                     << QStringList { QStringLiteral("zoom/broken"),
                                                      QStringLiteral("box/expiring"),
                                                      QStringLiteral("acme/fine"), QStringLiteral("aaa") };
    QTest::newRow("name") << int(CardOrder::Sort::Name)
                          << QStringList { QStringLiteral("aaa"), QStringLiteral("acme/fine"),
                                           QStringLiteral("box/expiring"), QStringLiteral("zoom/broken") };
    QTest::newRow("expiry") << int(CardOrder::Sort::Expiry)
                            << QStringList { QStringLiteral("box/expiring"), QStringLiteral("acme/fine"),
                                             QStringLiteral("zoom/broken"), QStringLiteral("aaa") };
}

void TestCardArrangement::sortOrders()
{
    QFETCH(int, sort);
    QFETCH(QStringList, expected);
    QList<CardFacts> cards {
        facts(QStringLiteral("aaa"), QStringLiteral("Aaa"), {}, QStringLiteral("Ready to connect"),
              StatusBadge::Tone::Neutral),
        facts(QStringLiteral("acme/fine"), QStringLiteral("Acme"), QStringLiteral("me"),
              QStringLiteral("Connected"), StatusBadge::Tone::Good, 90),
        facts(QStringLiteral("zoom/broken"), QStringLiteral("Zoom"), QStringLiteral("me"),
              QStringLiteral("Needs reconnect"), StatusBadge::Tone::Broken),
        facts(QStringLiteral("box/expiring"), QStringLiteral("Box"), QStringLiteral("me"),
              QStringLiteral("Expiring soon"), StatusBadge::Tone::Attention, 5),
    };
    CardOrder(CardOrder::Sort(sort)).apply(cards);
    QCOMPARE(ids(cards), expected);
}

void TestCardArrangement::equalCardsKeepTheirOrder()
{
    QList<CardFacts> cards { facts(QStringLiteral("a/2"), QStringLiteral("A"), QStringLiteral("same"), {}),
                             facts(QStringLiteral("a/1"), QStringLiteral("A"), QStringLiteral("same"), {}) };
    CardOrder(CardOrder::Sort::Name).apply(cards);
    QCOMPARE(ids(cards), (QStringList { QStringLiteral("a/2"), QStringLiteral("a/1") }));
}

QTEST_MAIN(TestCardArrangement)
#include "tst_cardarrangement.moc"

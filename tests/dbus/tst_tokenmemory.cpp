// What the app keeps of handed-out tokens: never a refresh or id token, and
// nothing once the connection's metadata says its tokens changed.
#include "app/dbus/tokenmemory.h"

#include <QTest>

using namespace Plugboard;

namespace {

Connection connection()
{
    Connection made;
    made.platformId = QStringLiteral("fake");
    made.accountId = QStringLiteral("user-42");
    made.refreshable = true;
    made.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    made.clientFingerprint = QStringLiteral("3f2a9c0d41be");
    return made;
}

TokenSet tokens(const Connection& of)
{
    TokenSet made;
    made.accessToken = QStringLiteral("access-1");
    made.refreshToken = QStringLiteral("refresh-1");
    made.idToken = QStringLiteral("id-1");
    made.tokenType = QStringLiteral("Bearer");
    made.expiresAt = of.expiresAt;
    made.obtainedAt = of.expiresAt.addSecs(-3600);
    return made;
}

} // namespace

class TestTokenMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNoRefreshOrIdToken();
    void answersWhileTheMetadataIsUnchanged();
    void aTokenTooShortLivedIsNotAnswered();
    void anyChangeOfTheTokensInTheMetadataForgets_data();
    void anyChangeOfTheTokensInTheMetadataForgets();
    void pruneDropsGoneAndChangedConnections();
};

void TestTokenMemory::keepsNoRefreshOrIdToken()
{
    const Connection stored = connection();
    const TokenMemory::Handout handout = TokenMemory::handoutOf(tokens(stored));
    QVERIFY(handout.renewable);
    QVERIFY(handout.tokens.refreshToken.isEmpty());
    QVERIFY(handout.tokens.idToken.isEmpty());
    QCOMPARE(handout.tokens.accessToken, QStringLiteral("access-1"));

    TokenMemory memory;
    TokenMemory::Handout unsafe = handout;
    unsafe.tokens.refreshToken = QStringLiteral("refresh-1");
    memory.remember(stored, unsafe);
    QCOMPARE(memory.size(), 0); // only what handoutOf() made is kept
}

void TestTokenMemory::answersWhileTheMetadataIsUnchanged()
{
    const Connection stored = connection();
    TokenMemory memory;
    QVERIFY(!memory.find(stored, std::chrono::seconds(60)));
    memory.remember(stored, TokenMemory::handoutOf(tokens(stored)));
    const std::optional<TokenMemory::Handout> found = memory.find(stored, std::chrono::seconds(60));
    QVERIFY(found);
    QCOMPARE(found->tokens.accessToken, QStringLiteral("access-1"));

    Connection used = stored; // a grant's use count is no change of the tokens
    used.grants.append({ QStringLiteral("/usr/bin/tool"), QDateTime::currentDateTimeUtc(), {}, 3 });
    QVERIFY(memory.find(used, std::chrono::seconds(60)));
}

void TestTokenMemory::aTokenTooShortLivedIsNotAnswered()
{
    Connection stored = connection();
    stored.expiresAt = QDateTime::currentDateTimeUtc().addSecs(300);
    TokenMemory memory;
    memory.remember(stored, TokenMemory::handoutOf(tokens(stored)));
    QVERIFY(memory.find(stored, std::chrono::seconds(0)));
    QVERIFY(!memory.find(stored, std::chrono::seconds(600))); // the token service renews
}

void TestTokenMemory::anyChangeOfTheTokensInTheMetadataForgets_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("renewed elsewhere") << 0;
    QTest::newRow("needs reconnect") << 1;
    QTest::newRow("no longer renewable") << 2;
    QTest::newRow("another client") << 3;
}

void TestTokenMemory::anyChangeOfTheTokensInTheMetadataForgets()
{
    QFETCH(int, change);
    const Connection stored = connection();
    TokenMemory memory;
    memory.remember(stored, TokenMemory::handoutOf(tokens(stored)));
    Connection changed = stored;
    if (change == 0)
        changed.expiresAt = stored.expiresAt.addSecs(5);
    else if (change == 1)
        changed.state = ConnectionState::NeedsReconnect;
    else if (change == 2)
        changed.refreshable = false;
    else
        changed.clientFingerprint = QStringLiteral("000000000000");
    QVERIFY(!memory.find(changed, std::chrono::seconds(0)));
}

void TestTokenMemory::pruneDropsGoneAndChangedConnections()
{
    Connection first = connection();
    Connection second = connection();
    second.accountId = QStringLiteral("user-43");
    TokenMemory memory;
    memory.remember(first, TokenMemory::handoutOf(tokens(first)));
    memory.remember(second, TokenMemory::handoutOf(tokens(second)));
    QCOMPARE(memory.size(), 2);
    memory.prune({ first, second });
    QCOMPARE(memory.size(), 2);
    second.expiresAt = second.expiresAt.addSecs(60);
    memory.prune({ second });
    QCOMPARE(memory.size(), 0); // first disconnected, second renewed elsewhere
}

QTEST_GUILESS_MAIN(TestTokenMemory)
#include "tst_tokenmemory.moc"

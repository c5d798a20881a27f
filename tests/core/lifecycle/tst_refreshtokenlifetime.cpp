// When a refresh token dies by its platform's declared limits (a lifetime
// from issue, a time without use), and when Plugboard starts warning.
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecord.h"
#include "core/lifecycle/refreshtokenlifetime.h"
#include "core/storage/connection.h"

#include <QTest>

using namespace Plugboard;
using Limit = RefreshTokenLifetime::Limit;

Q_DECLARE_METATYPE(Plugboard::RefreshTokenRule)
Q_DECLARE_METATYPE(Plugboard::RefreshTokenLifetime::Limit)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
constexpr int kUnknown = -1; ///< a fact the connection does not have

/// `days` before kNow, or an invalid time for kUnknown.
QDateTime daysAgo(int days)
{
    return days == kUnknown ? QDateTime() : kNow.addDays(-days);
}

Connection renewable(int issuedDaysAgo, int renewedDaysAgo)
{
    Connection c;
    c.platformId = QStringLiteral("google");
    c.accountId = QStringLiteral("1");
    c.refreshable = true;
    c.refreshIssuedAt = daysAgo(issuedDaysAgo);
    c.lastRefresh = daysAgo(renewedDaysAgo);
    return c;
}

} // namespace

class TestRefreshTokenLifetime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endAndWarning_data();
    void endAndWarning();
    void noRecordOrNoRefreshTokenMeansNoEnd();
    void shippedRecordsDeclareTheirLimits();
};

void TestRefreshTokenLifetime::endAndWarning_data()
{
    QTest::addColumn<RefreshTokenRule>("rule");
    QTest::addColumn<int>("issuedDaysAgo");
    QTest::addColumn<int>("renewedDaysAgo");
    QTest::addColumn<Limit>("limit");
    QTest::addColumn<int>("endsInDays"); ///< from kNow; ignored for Limit::None
    QTest::addColumn<bool>("warns");

    const RefreshTokenRule week { 7, 0, QString() };
    const RefreshTokenRule idle { 0, 90, QString() };
    QTest::newRow("no declared limit") << RefreshTokenRule() << 6 << kUnknown << Limit::None << 0 << false;
    QTest::newRow("lifetime, issued a day ago") << week << 1 << kUnknown << Limit::Lifetime << 6 << false;
    QTest::newRow("lifetime, issued 6 days ago") << week << 6 << kUnknown << Limit::Lifetime << 1 << true;
    QTest::newRow("lifetime, exactly 2 days left") << week << 5 << kUnknown << Limit::Lifetime << 2 << true;
    QTest::newRow("lifetime, renewals do not extend it") << week << 6 << 0 << Limit::Lifetime << 1 << true;
    QTest::newRow("lifetime, ended and not renewed since") << week << 8 << 2 << Limit::Lifetime << -1 << true;
    // Google's limit is for apps in testing: a renewal after the end proves
    // this app is not one, and warning on would cry wolf forever.
    QTest::newRow("lifetime, renewed after it ended") << week << 10 << 1 << Limit::None << 0 << false;
    QTest::newRow("lifetime, issue unknown") << week << kUnknown << 1 << Limit::None << 0 << false;
    QTest::newRow("idle, renewed yesterday") << idle << 200 << 1 << Limit::Idle << 89 << false;
    QTest::newRow("idle, renewed 85 days ago") << idle << 200 << 85 << Limit::Idle << 5 << true;
    QTest::newRow("idle, exactly 7 days left") << idle << 200 << 83 << Limit::Idle << 7 << true;
    QTest::newRow("idle, never renewed: counts from issue")
        << idle << 84 << kUnknown << Limit::Idle << 6 << true;
    QTest::newRow("idle, reconnected after an old renewal") << idle << 2 << 88 << Limit::Idle << 88 << false;
    QTest::newRow("idle, nothing known") << idle << kUnknown << kUnknown << Limit::None << 0 << false;
    QTest::newRow("both, the lifetime ends first")
        << RefreshTokenRule { 7, 90, QString() } << 6 << 0 << Limit::Lifetime << 1 << true;
    QTest::newRow("both, the idle limit ends first")
        << RefreshTokenRule { 30, 3, QString() } << 20 << 2 << Limit::Idle << 1 << true;
}

void TestRefreshTokenLifetime::endAndWarning()
{
    QFETCH(RefreshTokenRule, rule);
    QFETCH(int, issuedDaysAgo);
    QFETCH(int, renewedDaysAgo);
    QFETCH(Limit, limit);
    QFETCH(int, endsInDays);
    QFETCH(bool, warns);
    PlatformRecord record;
    record.id = QStringLiteral("google");
    record.refreshToken = rule;

    const RefreshTokenLifetime end
        = RefreshTokenLifetime::of(renewable(issuedDaysAgo, renewedDaysAgo), &record);
    QCOMPARE(int(end.limit), int(limit));
    QCOMPARE(end.isKnown(), limit != Limit::None);
    if (limit != Limit::None)
        QCOMPARE(end.endsAt, kNow.addDays(endsInDays));
    else
        QVERIFY(!end.endsAt.isValid());
    QCOMPARE(end.warnsAt(kNow), warns);
}

void TestRefreshTokenLifetime::noRecordOrNoRefreshTokenMeansNoEnd()
{
    PlatformRecord record;
    record.refreshToken = { 7, 90, QString() };
    Connection connection = renewable(6, 0);
    QVERIFY(RefreshTokenLifetime::of(connection, &record).warnsAt(kNow));
    QVERIFY(!RefreshTokenLifetime::of(connection, nullptr).isKnown());
    connection.refreshable = false; // an API key, or a platform that gave no refresh token
    QVERIFY(!RefreshTokenLifetime::of(connection, &record).isKnown());
    QVERIFY(!RefreshTokenLifetime::of(connection, &record).warnsAt(kNow));
}

void TestRefreshTokenLifetime::shippedRecordsDeclareTheirLimits()
{
    // Google: 7 days for apps whose consent screen is in Testing (Google's
    // OAuth documentation, "Refresh token expiration"). Microsoft: 90 days
    // of inactivity (Microsoft identity platform, "Refresh token lifetime").
    const Result<PlatformRecord> google = PlatformCatalog::loadOne(QStringLiteral("google"));
    QVERIFY(google);
    QCOMPARE(google.value().refreshToken.lifetimeDays, 7);
    QCOMPARE(google.value().refreshToken.idleDays, 0);
    QVERIFY(google.value().refreshToken.note.contains(QStringLiteral("Testing")));
    const Result<PlatformRecord> microsoft = PlatformCatalog::loadOne(QStringLiteral("microsoft"));
    QVERIFY(microsoft);
    QCOMPARE(microsoft.value().refreshToken, (RefreshTokenRule { 0, 90, QString() }));
    const Result<PlatformRecord> github = PlatformCatalog::loadOne(QStringLiteral("github"));
    QVERIFY(github);
    QVERIFY(github.value().refreshToken.isEmpty());
}

QTEST_GUILESS_MAIN(TestRefreshTokenLifetime)
#include "tst_refreshtokenlifetime.moc"

// The one reading of a connection's state: stored state, time, scopes; and
// what a failure does to it.
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecord.h"
#include "core/lifecycle/staterules.h"
#include "core/storage/connection.h"

#include <QTest>

using namespace Plugboard;

Q_DECLARE_METATYPE(Plugboard::Connection)
Q_DECLARE_METATYPE(Plugboard::ConnectionState)
Q_DECLARE_METATYPE(Plugboard::ErrorCode)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

ScopeInfo scope(const QString& name)
{
    ScopeInfo info;
    info.name = name;
    info.isDefault = true;
    return info;
}

Connection connected(qint64 expiresInSeconds, bool refreshable)
{
    Connection c;
    c.platformId = QStringLiteral("fake");
    c.accountId = QStringLiteral("1");
    c.grantedScopes = { QStringLiteral("read") };
    c.requestedScopes = { QStringLiteral("read") };
    c.expiresAt = kNow.addSecs(expiresInSeconds);
    c.refreshable = refreshable;
    return c;
}

} // namespace

class TestStateRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveState_data();
    void effectiveState();
    void defaultScopesGrowWithTheRecord();
    void chosenScopesDoNotFollowTheRecord();
    void offlineAccessIsProvenByARefreshToken();
    void refreshTokenNearItsEndIsExpiring();
    void shippedRecordsReadRealGrants_data();
    void shippedRecordsReadRealGrants();
    void stateAfterFailure_data();
    void stateAfterFailure();
    void retryDelayBacksOff();
};

void TestStateRules::effectiveState_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QStringList>("wanted");
    QTest::addColumn<ConnectionState>("expected");
    const QStringList read { QStringLiteral("read") };

    QTest::newRow("renewable, far from expiry")
        << connected(3600, true) << read << ConnectionState::Connected;
    QTest::newRow("renewable, expired: renewed on use")
        << connected(-60, true) << read << ConnectionState::Connected;
    QTest::newRow("not renewable, 1 h left") << connected(3600, false) << read << ConnectionState::Connected;
    QTest::newRow("not renewable, 10 min left") << connected(600, false) << read << ConnectionState::Expiring;
    QTest::newRow("not renewable, expired")
        << connected(-1, false) << read << ConnectionState::NeedsReconnect;
    QTest::newRow("no expiry, not renewable") << [] {
        Connection c = connected(0, false);
        c.expiresAt = QDateTime();
        return c;
    }() << read << ConnectionState::Connected;
    QTest::newRow("scope missing") << connected(3600, true)
                                   << QStringList { QStringLiteral("read"), QStringLiteral("write") }
                                   << ConnectionState::NeedsReconsent;
    QTest::newRow("degraded stays") << [] {
        Connection c = connected(3600, true);
        c.state = ConnectionState::Degraded;
        return c;
    }() << read << ConnectionState::Degraded;
    QTest::newRow("needs reconnect beats missing scopes") << [] {
        Connection c = connected(3600, true);
        c.state = ConnectionState::NeedsReconnect;
        return c;
    }() << QStringList { QStringLiteral("write") } << ConnectionState::NeedsReconnect;
    QTest::newRow("error stays") << [] {
        Connection c = connected(3600, true);
        c.state = ConnectionState::Error;
        return c;
    }() << read << ConnectionState::Error;
}

void TestStateRules::effectiveState()
{
    QFETCH(Connection, connection);
    QFETCH(QStringList, wanted);
    QFETCH(ConnectionState, expected);
    QCOMPARE(stateName(StateRules::effectiveState(connection, wanted, kNow)), stateName(expected));
}

void TestStateRules::defaultScopesGrowWithTheRecord()
{
    PlatformRecord record;
    record.scopes = { scope(QStringLiteral("read")), scope(QStringLiteral("write")) };
    Connection c = connected(3600, true);
    c.usesDefaultScopes = true;
    const QStringList wanted = StateRules::wantedScopes(c, &record);
    QCOMPARE(wanted, (QStringList { QStringLiteral("read"), QStringLiteral("write") }));
    QCOMPARE(StateRules::missingScopes(c, wanted), QStringList { QStringLiteral("write") });
    QCOMPARE(stateName(StateRules::effectiveState(c, wanted, kNow)), QStringLiteral("needs_reconsent"));
}

void TestStateRules::chosenScopesDoNotFollowTheRecord()
{
    PlatformRecord record;
    record.scopes = { scope(QStringLiteral("read")), scope(QStringLiteral("write")) };
    Connection c = connected(3600, true);
    c.usesDefaultScopes = false; // the user picked "read" only
    const QStringList wanted = StateRules::wantedScopes(c, &record);
    QCOMPARE(wanted, QStringList { QStringLiteral("read") });
    QCOMPARE(stateName(StateRules::effectiveState(c, wanted, kNow)), QStringLiteral("connected"));
}

// oidc-provider (without prompt=consent) and Microsoft issue a refresh token
// but leave offline_access out of the granted scopes.
void TestStateRules::offlineAccessIsProvenByARefreshToken()
{
    PlatformRecord record;
    record.scopes = { scope(QStringLiteral("openid")), scope(QStringLiteral("offline_access")) };
    Connection c = connected(3600, true);
    c.usesDefaultScopes = true;
    c.requestedScopes = record.defaultScopes();
    c.grantedScopes = { QStringLiteral("openid") };
    QCOMPARE(stateName(StateRules::shownState(c, &record, kNow)), QStringLiteral("connected"));
    c.refreshable = false; // no refresh token: offline access really is missing
    QCOMPARE(StateRules::missingScopes(c, StateRules::wantedScopes(c, &record), &record),
             QStringList { QStringLiteral("offline_access") });
}

// The sign-in works today but cannot be renewed past a date the platform
// sets (Google apps in testing): like a token that cannot renew itself, it
// needs the user soon.
void TestStateRules::refreshTokenNearItsEndIsExpiring()
{
    const Result<PlatformRecord> google = PlatformCatalog::loadOne(QStringLiteral("google"));
    QVERIFY(google);
    Connection c = connected(3600, true);
    c.platformId = QStringLiteral("google");
    c.grantedScopes = { QStringLiteral("openid") };
    c.requestedScopes = { QStringLiteral("openid") };
    c.refreshIssuedAt = kNow.addDays(-1);
    QCOMPARE(stateName(StateRules::shownState(c, &google.value(), kNow)), QStringLiteral("connected"));
    c.refreshIssuedAt = kNow.addDays(-6);
    QCOMPARE(stateName(StateRules::shownState(c, &google.value(), kNow)), QStringLiteral("expiring"));
    QCOMPARE(stateName(StateRules::shownState(c, nullptr, kNow)), QStringLiteral("connected"));
    // What needs the user more is shown first.
    c.grantedScopes.clear();
    QCOMPARE(stateName(StateRules::shownState(c, &google.value(), kNow)), QStringLiteral("needs_reconsent"));
    c.state = ConnectionState::NeedsReconnect;
    QCOMPARE(stateName(StateRules::shownState(c, &google.value(), kNow)), QStringLiteral("needs_reconnect"));
}

void TestStateRules::shippedRecordsReadRealGrants_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<QStringList>("missing");
    // What the platforms' token answers really list for the records' defaults.
    QTest::newRow("microsoft lists resource scopes only")
        << QStringLiteral("microsoft") << QStringList { QStringLiteral("User.Read") } << QStringList();
    QTest::newRow("microsoft without User.Read")
        << QStringLiteral("microsoft") << QStringList { QStringLiteral("Mail.Read") }
        << QStringList { QStringLiteral("User.Read") };
    QTest::newRow("google spells email as a URL")
        << QStringLiteral("google")
        << QStringList { QStringLiteral("https://www.googleapis.com/auth/userinfo.email"),
                         QStringLiteral("openid") }
        << QStringList();
    QTest::newRow("google without email")
        << QStringLiteral("google") << QStringList { QStringLiteral("openid") }
        << QStringList { QStringLiteral("email") };
}

void TestStateRules::shippedRecordsReadRealGrants()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, granted);
    QFETCH(QStringList, missing);
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(platform);
    QVERIFY(record);
    Connection c = connected(3600, true);
    c.platformId = platform;
    c.usesDefaultScopes = true;
    c.requestedScopes = record.value().defaultScopes();
    c.grantedScopes = granted;
    QCOMPARE(StateRules::missingScopes(c, StateRules::wantedScopes(c, &record.value()), &record.value()),
             missing);
}

void TestStateRules::stateAfterFailure_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ConnectionState>("expected");
    QTest::newRow("invalid_grant") << ErrorCode::InvalidGrant << 400 << ConnectionState::NeedsReconnect;
    QTest::newRow("no answer") << ErrorCode::Network << 0 << ConnectionState::Degraded;
    QTest::newRow("timeout") << ErrorCode::Timeout << 0 << ConnectionState::Degraded;
    QTest::newRow("HTTP 503") << ErrorCode::ExchangeFailed << 503 << ConnectionState::Degraded;
    QTest::newRow("HTTP 429") << ErrorCode::ExchangeFailed << 429 << ConnectionState::Degraded;
    QTest::newRow("invalid_client") << ErrorCode::InvalidClient << 401 << ConnectionState::Error;
    QTest::newRow("HTTP 400 other") << ErrorCode::ExchangeFailed << 400 << ConnectionState::Error;
}

void TestStateRules::stateAfterFailure()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, httpStatus);
    QFETCH(ConnectionState, expected);
    QCOMPARE(stateName(StateRules::stateAfterFailure({ code, QStringLiteral("x") }, httpStatus)),
             stateName(expected));
}

void TestStateRules::retryDelayBacksOff()
{
    using namespace std::chrono_literals;
    QCOMPARE(StateRules::retryDelay(1), 30s);
    QCOMPARE(StateRules::retryDelay(2), 60s);
    QCOMPARE(StateRules::retryDelay(3), 120s);
    QCOMPARE(StateRules::retryDelay(6), 15min);
    QCOMPARE(StateRules::retryDelay(1000), 15min);
    QCOMPARE(StateRules::retryDelay(0), 30s);
}

QTEST_GUILESS_MAIN(TestStateRules)
#include "tst_staterules.moc"

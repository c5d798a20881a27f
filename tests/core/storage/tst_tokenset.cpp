#include "core/storage/tokenset.h"
#include "tests/support/testsecrets.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Plugboard;
using namespace std::chrono_literals;

namespace Plugboard::Test {
namespace {

// Nothing may be able to print a token by accident (see tokenset.h).
template<typename T>
concept Debuggable = requires(QDebug debug, const T& value)
{
    debug << value;
};
static_assert(!Debuggable<TokenSet>, "TokenSet must not be printable through QDebug");

const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

TokenSet fullTokens()
{
    TokenSet tokens;
    tokens.accessToken = fakeSecret(QStringLiteral("access"));
    tokens.refreshToken = fakeSecret(QStringLiteral("refresh"));
    tokens.expiresAt = kNow.addSecs(3600).addMSecs(250);
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.grantedScopes = QStringList { QStringLiteral("read:user"), QStringLiteral("repo") };
    tokens.idToken = fakeSecret(QStringLiteral("id"));
    return tokens;
}

QString withField(const QString& json, const QString& key, const QJsonValue& value)
{
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace
} // namespace Plugboard::Test

class TestTokenSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void blobIsCompactAndVersioned();
    void expiryIsStoredInUtc();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void fromJsonRefusesNewerVersion();
    void isValidFor_data();
    void isValidFor();
    void shortLivedTokensGetAProportionalMargin();
};

void TestTokenSet::roundTrip_data()
{
    QTest::addColumn<TokenSet>("tokens");

    QTest::newRow("all fields") << Test::fullTokens();

    TokenSet unicode = Test::fullTokens();
    unicode.accessToken = Test::fakeSecret(QStringLiteral("ünïcødé-🔑-\"quoted\"\\"));
    unicode.grantedScopes = QStringList { QStringLiteral("lecture:données"), QStringLiteral("スコープ") };
    QTest::newRow("unicode and escapes") << unicode;

    TokenSet minimal;
    minimal.accessToken = Test::fakeSecret(QStringLiteral("access"));
    QTest::newRow("access token only") << minimal;

    TokenSet noExpiry = Test::fullTokens();
    noExpiry.expiresAt = QDateTime();
    noExpiry.refreshToken.clear();
    QTest::newRow("no expiry, no refresh token") << noExpiry;
}

void TestTokenSet::roundTrip()
{
    QFETCH(TokenSet, tokens);
    const Result<TokenSet> read = TokenSet::fromJson(tokens.toJson());
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    // QVERIFY, not QCOMPARE: a failing comparison must not print tokens.
    QVERIFY(read.value() == tokens);
    if (tokens.expiresAt.isValid())
        QCOMPARE(read.value().expiresAt.timeSpec(), Qt::UTC);
}

void TestTokenSet::blobIsCompactAndVersioned()
{
    TokenSet minimal;
    minimal.accessToken = Test::fakeSecret(QStringLiteral("access"));
    const QString json = minimal.toJson();
    QVERIFY(!json.contains(QLatin1Char('\n')));
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("v")).toInt(), 1);
    // Empty optional fields are left out, so the blob stays small.
    QCOMPARE(object.keys(), (QStringList { QStringLiteral("access_token"), QStringLiteral("v") }));
}

void TestTokenSet::expiryIsStoredInUtc()
{
    TokenSet tokens = Test::fullTokens();
    tokens.expiresAt = QDateTime(QDate(2024, 5, 1), QTime(14, 0), QTimeZone(2 * 3600));
    const QJsonObject object = QJsonDocument::fromJson(tokens.toJson().toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("expires_at")).toString(),
             QStringLiteral("2024-05-01T12:00:00.000Z"));
    const Result<TokenSet> read = TokenSet::fromJson(tokens.toJson());
    QVERIFY(read);
    QCOMPARE(read.value().expiresAt, Test::kNow);
    QCOMPARE(read.value().expiresAt.timeSpec(), Qt::UTC);
}

void TestTokenSet::fromJsonRejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions"); ///< what the message must name

    const QString good = Test::fullTokens().toJson();
    QTest::newRow("not JSON") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QString() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QStringLiteral("[\"%1\"]").arg(Test::fakeSecret(QStringLiteral("access")))
                           << QStringLiteral("not a JSON object");
    QTest::newRow("no version") << Test::withField(good, QStringLiteral("v"), QJsonValue::Undefined)
                                << QStringLiteral("\"v\"");
    QTest::newRow("version text") << Test::withField(good, QStringLiteral("v"), QStringLiteral("1"))
                                  << QStringLiteral("\"v\"");
    QTest::newRow("version zero") << Test::withField(good, QStringLiteral("v"), 0) << QStringLiteral("\"v\"");
    QTest::newRow("no access token") << Test::withField(good, QStringLiteral("access_token"),
                                                        QJsonValue::Undefined)
                                     << QStringLiteral("no access token");
    QTest::newRow("access token number")
        << Test::withField(good, QStringLiteral("access_token"), 42) << QStringLiteral("\"access_token\"");
    QTest::newRow("scopes string") << Test::withField(good, QStringLiteral("scopes"), QStringLiteral("repo"))
                                   << QStringLiteral("\"scopes\"");
    QTest::newRow("scopes of numbers") << Test::withField(good, QStringLiteral("scopes"), QJsonArray { 1, 2 })
                                       << QStringLiteral("\"scopes\"");
    QTest::newRow("expiry not a date")
        << Test::withField(good, QStringLiteral("expires_at"), QStringLiteral("soon"))
        << QStringLiteral("\"expires_at\"");
    QTest::newRow("expiry number") << Test::withField(good, QStringLiteral("expires_at"), 1714564800)
                                   << QStringLiteral("\"expires_at\"");
}

void TestTokenSet::fromJsonRejects()
{
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    const Result<TokenSet> read = TokenSet::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::StorageFailed);
    QVERIFY2(read.error().message.contains(mentions), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("Reconnect")), qPrintable(read.error().message));
    QVERIFY(!read.error().message.contains(Test::secretMarker()));
}

void TestTokenSet::fromJsonRefusesNewerVersion()
{
    const QString json = Test::withField(Test::fullTokens().toJson(), QStringLiteral("v"), 2);
    const Result<TokenSet> read = TokenSet::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::UnsupportedFileVersion);
    QVERIFY2(read.error().message.contains(QStringLiteral("Update Plugboard")),
             qPrintable(read.error().message));
    QVERIFY(!read.error().message.contains(Test::secretMarker()));
}

void TestTokenSet::isValidFor_data()
{
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<qint64>("minValiditySeconds");
    QTest::addColumn<bool>("valid");

    const QString access = Test::fakeSecret(QStringLiteral("access"));
    const qint64 skew = TokenSet::kClockSkew.count();
    QTest::newRow("expired an hour ago") << access << Test::kNow.addSecs(-3600) << qint64(0) << false;
    QTest::newRow("expires now") << access << Test::kNow << qint64(0) << false;
    QTest::newRow("valid for an hour") << access << Test::kNow.addSecs(3600) << qint64(60) << true;
    QTest::newRow("expires within minValidity") << access << Test::kNow.addSecs(300) << qint64(600) << false;
    QTest::newRow("just beyond minValidity and skew")
        << access << Test::kNow.addSecs(600 + skew + 1) << qint64(600) << true;
    QTest::newRow("inside the skew margin") << access << Test::kNow.addSecs(skew - 1) << qint64(0) << false;
    QTest::newRow("exactly at the skew margin") << access << Test::kNow.addSecs(skew) << qint64(0) << false;
    QTest::newRow("just past the skew margin") << access << Test::kNow.addSecs(skew + 1) << qint64(0) << true;
    QTest::newRow("unknown expiry") << access << QDateTime() << qint64(3600) << true;
    QTest::newRow("no access token") << QString() << Test::kNow.addSecs(3600) << qint64(0) << false;
    QTest::newRow("no access token, unknown expiry") << QString() << QDateTime() << qint64(0) << false;
}

void TestTokenSet::isValidFor()
{
    QFETCH(QString, accessToken);
    QFETCH(QDateTime, expiresAt);
    QFETCH(qint64, minValiditySeconds);
    QFETCH(bool, valid);
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.expiresAt = expiresAt;
    QCOMPARE(tokens.isValidFor(std::chrono::seconds(minValiditySeconds), Test::kNow), valid);
    // The same instant given in another time zone gives the same answer.
    QCOMPARE(
        tokens.isValidFor(std::chrono::seconds(minValiditySeconds), Test::kNow.toOffsetFromUtc(-5 * 3600)),
        valid);
}

// A platform that issues 10-second tokens: the 30-second skew margin alone
// would make every one of them look expired, and every call would renew.
void TestTokenSet::shortLivedTokensGetAProportionalMargin()
{
    TokenSet tokens;
    tokens.accessToken = Test::fakeSecret(QStringLiteral("access"));
    tokens.obtainedAt = Test::kNow;
    tokens.expiresAt = Test::kNow.addSecs(10);
    QCOMPARE(tokens.lifetime(), std::chrono::seconds(10));
    QVERIFY(tokens.isValidFor(std::chrono::seconds(1), Test::kNow.addSecs(3)));
    QVERIFY(!tokens.isValidFor(std::chrono::seconds(1), Test::kNow.addSecs(8)));
    // Without the issue time (blobs written before it was kept): the full margin.
    tokens.obtainedAt = QDateTime();
    QCOMPARE(tokens.lifetime(), std::chrono::seconds(0));
    QVERIFY(!tokens.isValidFor(std::chrono::seconds(1), Test::kNow.addSecs(3)));
    // A long-lived token keeps the full 30 seconds.
    tokens.obtainedAt = Test::kNow;
    tokens.expiresAt = Test::kNow.addSecs(3600);
    QVERIFY(!tokens.isValidFor(std::chrono::seconds(60), Test::kNow.addSecs(3600 - 80)));
    QVERIFY(tokens.isValidFor(std::chrono::seconds(60), Test::kNow.addSecs(3600 - 100)));
    // And the issue time survives the keyring.
    const Result<TokenSet> read = TokenSet::fromJson(tokens.toJson());
    QVERIFY(read);
    QVERIFY(read.value().obtainedAt == Test::kNow);
}

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"

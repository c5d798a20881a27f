#include "core/oauth/tokenresponseparser.h"

#include <QTest>

using namespace Plugboard;

namespace {

const QString kPlatform = QStringLiteral("Example");
const QUrl kRedirect(QStringLiteral("http://127.0.0.1:4567/callback"));

} // namespace

class TestTokenResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTokens_data();
    void acceptsTokens();
    void reportsFailures_data();
    void reportsFailures();
};

void TestTokenResponseParser::acceptsTokens_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<qlonglong>("expiresIn");

    QTest::newRow("json")
        << 200 << QByteArray("application/json; charset=utf-8")
        << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":3600,"scope":"a b"})")
        << QStringLiteral("a b") << 3600LL;
    QTest::newRow("json, expires_in as text")
        << 200 << QByteArray("application/json") << QByteArray(R"({"access_token":"at","expires_in":"60"})")
        << QString() << 60LL;
    QTest::newRow("github form") << 200 << QByteArray("application/x-www-form-urlencoded")
                                 << QByteArray("access_token=gho_x&scope=repo%2Cgist&token_type=bearer")
                                 << QStringLiteral("repo,gist") << 0LL;
    QTest::newRow("no content type, json body")
        << 200 << QByteArray() << QByteArray(R"({"access_token":"at"})") << QString() << 0LL;
    QTest::newRow("expires_in 3600.0")
        << 200 << QByteArray("application/json") << QByteArray(R"({"access_token":"at","expires_in":3600.0})")
        << QString() << 3600LL;
    QTest::newRow("expires_in 0: no lifetime")
        << 200 << QByteArray("application/json") << QByteArray(R"({"access_token":"at","expires_in":0})")
        << QString() << 0LL;
    QTest::newRow("slack bot token") << 200 << QByteArray("application/json")
                                     << QByteArray(R"({"ok":true,"access_token":"xoxb","token_type":"bot"})")
                                     << QString() << 0LL;
}

void TestTokenResponseParser::acceptsTokens()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, scope);
    QFETCH(qlonglong, expiresIn);
    const Result<QVariantMap> fields
        = TokenResponseParser::parse({ status, contentType, body }, kPlatform, kRedirect);
    QVERIFY2(fields.hasValue(), qPrintable(fields.hasValue() ? QString() : fields.error().message));
    QVERIFY(!fields.value().value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(fields.value().value(QStringLiteral("scope")).toString(), scope);
    QCOMPARE(fields.value().value(QStringLiteral("expires_in")).toLongLong(), expiresIn);
}

void TestTokenResponseParser::reportsFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("400 invalid_grant")
        << 400 << QByteArray("application/json")
        << QByteArray(R"({"error":"invalid_grant","error_description":"Code expired"})")
        << ErrorCode::InvalidGrant << QStringLiteral("Code expired");
    QTest::newRow("401 invalid_client")
        << 401 << QByteArray("application/json") << QByteArray(R"({"error":"invalid_client"})")
        << ErrorCode::InvalidClient << QStringLiteral("client ID and client secret");
    QTest::newRow("github 200 with error")
        << 200 << QByteArray("application/x-www-form-urlencoded")
        << QByteArray("error=bad_verification_code&error_description=The+code+passed+is+incorrect")
        << ErrorCode::InvalidGrant << QStringLiteral("The code passed is incorrect");
    QTest::newRow("redirect mismatch")
        << 400 << QByteArray("application/json") << QByteArray(R"({"error":"redirect_uri_mismatch"})")
        << ErrorCode::RedirectUriMismatch << kRedirect.toString();
    QTest::newRow("invalid_request about redirect_uri")
        << 400 << QByteArray("application/json")
        << QByteArray(R"({"error":"invalid_request","error_description":"Invalid redirect_uri"})")
        << ErrorCode::RedirectUriMismatch << kRedirect.toString();
    QTest::newRow("invalid_scope") << 400 << QByteArray("application/json")
                                   << QByteArray(R"({"error":"invalid_scope"})") << ErrorCode::InvalidScope
                                   << QStringLiteral("invalid_scope");
    QTest::newRow("slack 200 with ok false")
        << 200 << QByteArray("application/json") << QByteArray(R"({"ok":false,"error":"invalid_code"})")
        << ErrorCode::ExchangeFailed << QStringLiteral("invalid_code");
    QTest::newRow("500 html page") << 500 << QByteArray("text/html")
                                   << QByteArray("<html><body>Internal error</body></html>")
                                   << ErrorCode::ExchangeFailed << QStringLiteral("HTTP 500");
    QTest::newRow("503 json without error") << 503 << QByteArray("application/json") << QByteArray("{}")
                                            << ErrorCode::ExchangeFailed << QStringLiteral("HTTP 503");
    QTest::newRow("text/plain") << 200 << QByteArray("text/plain") << QByteArray("all good")
                                << ErrorCode::ExchangeFailed << QStringLiteral("unreadable");
    QTest::newRow("truncated json") << 200 << QByteArray("application/json")
                                    << QByteArray(R"({"access_token":)") << ErrorCode::ExchangeFailed
                                    << QStringLiteral("malformed JSON");
    QTest::newRow("no access token") << 200 << QByteArray("application/json")
                                     << QByteArray(R"({"token_type":"Bearer"})") << ErrorCode::ExchangeFailed
                                     << QStringLiteral("no access token");
    // A lifetime that is not a number of seconds used to be stored as
    // "never expires": the dead token would be handed out forever.
    const QString lifetime = QStringLiteral("token lifetime (expires_in)");
    for (const char* bad : { "-5", "1e300", "\"soon\"", "1099511627776", "3600.5", "true" })
        QTest::newRow(qPrintable(QStringLiteral("expires_in %1").arg(QLatin1String(bad))))
            << 200 << QByteArray("application/json")
            << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":)") + bad + '}'
            << ErrorCode::ExchangeFailed << lifetime;
    QTest::newRow("MAC token") << 200 << QByteArray("application/json")
                               << QByteArray(R"({"access_token":"at","token_type":"mac","expires_in":60})")
                               << ErrorCode::ExchangeFailed << QStringLiteral("only bearer tokens");
    QTest::newRow("5 MB access token")
        << 200 << QByteArray("application/json")
        << QByteArray(R"({"access_token":")") + QByteArray(5 * 1024 * 1024, 'a') + R"("})"
        << ErrorCode::ExchangeFailed << QStringLiteral("longer than any platform issues");
}

void TestTokenResponseParser::reportsFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const Result<QVariantMap> fields
        = TokenResponseParser::parse({ status, contentType, body }, kPlatform, kRedirect);
    QVERIFY(!fields.hasValue());
    QCOMPARE(fields.error().code, code);
    QVERIFY2(fields.error().message.contains(mentions), qPrintable(fields.error().message));
    QVERIFY2(fields.error().message.contains(kPlatform), qPrintable(fields.error().message));
}

QTEST_GUILESS_MAIN(TestTokenResponseParser)
#include "tst_tokenresponseparser.moc"

#include "core/storage/appcredentials.h"
#include "tests/support/testsecrets.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;

namespace Plugboard::Test {
namespace {

template<typename T>
concept Debuggable = requires(QDebug debug, const T& value)
{
    debug << value;
};
static_assert(!Debuggable<AppCredentials>, "AppCredentials must not be printable through QDebug");

CredentialField field(const QString& key, const QString& label, CredentialType type, bool required = true)
{
    CredentialField f;
    f.key = key;
    f.label = label;
    f.type = type;
    f.required = required;
    f.secret = type != CredentialType::OAuthClientId;
    return f;
}

CredentialField clientIdField()
{
    return field(QStringLiteral("client_id"), QStringLiteral("Client ID"), CredentialType::OAuthClientId);
}

CredentialField clientSecretField(bool required = true)
{
    return field(QStringLiteral("client_secret"), QStringLiteral("Client Secret"),
                 CredentialType::OAuthClientSecret, required);
}

PlatformRecord recordWith(const QList<CredentialField>& fields)
{
    PlatformRecord record;
    record.id = QStringLiteral("example");
    record.name = QStringLiteral("Example");
    record.credentials = fields;
    return record;
}

AppCredentials credentials(const QString& clientId, const QString& clientSecret, const QString& apiKey = {})
{
    AppCredentials c;
    c.clientId = clientId;
    c.clientSecret = clientSecret;
    c.apiKey = apiKey;
    return c;
}

} // namespace
} // namespace Plugboard::Test

class TestAppCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientIdHint_data();
    void clientIdHint();
    void clientFingerprint();
    void checkComplete_data();
    void checkComplete();
    void valueByKey();
    void valueByFieldFallsBackToType();
    void roundTrip_data();
    void roundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void TestAppCredentials::clientIdHint_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("hint");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one character") << QStringLiteral("a") << QStringLiteral("…");
    QTest::newRow("seven characters, masked") << QStringLiteral("abcdefg") << QStringLiteral("…");
    QTest::newRow("eight characters") << QStringLiteral("abcdefgh") << QStringLiteral("…efgh");
    QTest::newRow("github app") << QStringLiteral("Iv1.8a61f9b3a7aba766") << QStringLiteral("…a766");
    QTest::newRow("google") << QStringLiteral(
        "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com")
                            << QStringLiteral("….com");
    QTest::newRow("unicode") << QStringLiteral("clé-アプリ-ÄÖÜß") << QStringLiteral("…ÄÖÜß");
}

void TestAppCredentials::clientIdHint()
{
    QFETCH(QString, clientId);
    QFETCH(QString, hint);
    QCOMPARE(Test::credentials(clientId, QString()).clientIdHint(), hint);
}

void TestAppCredentials::clientFingerprint()
{
    // The first 12 hex digits of SHA-256: printf %s id | sha256sum.
    const QString id = QStringLiteral("123456789012-abc.apps.googleusercontent.com");
    const AppCredentials credentials = Test::credentials(id, Test::fakeSecret(QStringLiteral("client")));
    QCOMPARE(credentials.clientFingerprint(),
             QString::fromLatin1(
                 QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(12)));
    QCOMPARE(credentials.clientFingerprint().size(), 12);
    QVERIFY(!credentials.clientFingerprint().contains(QStringLiteral("apps")));
    // The secret plays no part: a new secret for the same client is the same app.
    QCOMPARE(Test::credentials(id, Test::fakeSecret(QStringLiteral("other"))).clientFingerprint(),
             credentials.clientFingerprint());
    QVERIFY(Test::credentials(id + QLatin1Char('x'), QString()).clientFingerprint()
            != credentials.clientFingerprint());
    QCOMPARE(Test::credentials(QString(), Test::fakeSecret(QStringLiteral("x"))).clientFingerprint(),
             QString());
}

void TestAppCredentials::checkComplete_data()
{
    QTest::addColumn<PlatformRecord>("record");
    QTest::addColumn<AppCredentials>("credentials");
    QTest::addColumn<QString>("message"); ///< empty: complete

    using Test::credentials;
    const PlatformRecord confidential
        = Test::recordWith({ Test::clientIdField(), Test::clientSecretField() });
    const QString secret = Test::fakeSecret(QStringLiteral("client-secret"));
    const QString apiKey = Test::fakeSecret(QStringLiteral("api-key"));

    QTest::newRow("nothing missing") << confidential << credentials(QStringLiteral("Iv1.8a61f9b3"), secret)
                                     << QString();
    QTest::newRow("id missing") << confidential << credentials(QString(), secret)
                                << QStringLiteral("Missing required credentials: Client ID");
    QTest::newRow("secret missing") << confidential << credentials(QStringLiteral("Iv1.8a61f9b3"), QString())
                                    << QStringLiteral("Missing required credentials: Client Secret");
    QTest::newRow("id and secret missing, in order")
        << confidential << AppCredentials()
        << QStringLiteral("Missing required credentials: Client ID, Client Secret");
    QTest::newRow("declaration order, not a fixed one")
        << Test::recordWith({ Test::clientSecretField(), Test::clientIdField() }) << AppCredentials()
        << QStringLiteral("Missing required credentials: Client Secret, Client ID");
    QTest::newRow("only spaces count as missing")
        << confidential << credentials(QStringLiteral("  \t"), secret)
        << QStringLiteral("Missing required credentials: Client ID");

    const PlatformRecord publicClient
        = Test::recordWith({ Test::clientIdField(), Test::clientSecretField(false) });
    QTest::newRow("optional secret empty is fine")
        << publicClient << credentials(QStringLiteral("Iv1.8a61f9b3"), QString()) << QString();
    QTest::newRow("optional secret empty, id missing")
        << publicClient << AppCredentials() << QStringLiteral("Missing required credentials: Client ID");

    const PlatformRecord tokenPlatform = Test::recordWith({ Test::field(
        QStringLiteral("api_key"), QStringLiteral("Integration token"), CredentialType::ApiKey) });
    QTest::newRow("api key present") << tokenPlatform << credentials(QString(), QString(), apiKey)
                                     << QString();
    QTest::newRow("api key missing") << tokenPlatform << credentials(QStringLiteral("Iv1.8a61f9b3"), secret)
                                     << QStringLiteral("Missing required credentials: Integration token");

    QTest::newRow("no fields declared") << Test::recordWith({}) << AppCredentials() << QString();
}

void TestAppCredentials::checkComplete()
{
    QFETCH(PlatformRecord, record);
    QFETCH(AppCredentials, credentials);
    QFETCH(QString, message);

    const Result<void> complete = credentials.checkComplete(record);
    if (message.isEmpty()) {
        QVERIFY2(complete, qPrintable(complete.error().message));
        return;
    }
    QVERIFY(!complete);
    QCOMPARE(complete.error().code, ErrorCode::MissingCredentials);
    QCOMPARE(complete.error().message, message);
}

void TestAppCredentials::valueByKey()
{
    AppCredentials c;
    const QString secret = Test::fakeSecret(QStringLiteral("client-secret"));
    const QString apiKey = Test::fakeSecret(QStringLiteral("api-key"));
    QVERIFY(c.setValue(QStringLiteral("client_id"), QStringLiteral("my-client")));
    QVERIFY(c.setValue(QStringLiteral("client_secret"), secret));
    QVERIFY(c.setValue(QStringLiteral("api_key"), apiKey));
    QVERIFY(!c.setValue(QStringLiteral("password"), secret));

    QCOMPARE(c.clientId, QStringLiteral("my-client"));
    QVERIFY(c.clientSecret == secret);
    QVERIFY(c.apiKey == apiKey);
    QCOMPARE(c.value(QStringLiteral("client_id")), QStringLiteral("my-client"));
    QVERIFY(c.value(QStringLiteral("client_secret")) == secret);
    QVERIFY(c.value(QStringLiteral("api_key")) == apiKey);
    QVERIFY(c.value(QStringLiteral("password")).isEmpty());
}

void TestAppCredentials::valueByFieldFallsBackToType()
{
    const QString apiKey = Test::fakeSecret(QStringLiteral("api-key"));
    const AppCredentials c = Test::credentials(QStringLiteral("my-client"), QString(), apiKey);
    const CredentialField appKey
        = Test::field(QStringLiteral("app_key"), QStringLiteral("App key"), CredentialType::OAuthClientId);
    QCOMPARE(c.value(appKey), QStringLiteral("my-client"));
    const CredentialField token
        = Test::field(QStringLiteral("token"), QStringLiteral("Token"), CredentialType::ApiKey);
    QVERIFY(c.value(token) == apiKey);
    QVERIFY(c.checkComplete(Test::recordWith({ appKey, token })));
}

void TestAppCredentials::roundTrip_data()
{
    QTest::addColumn<AppCredentials>("credentials");
    QTest::newRow("client id and secret") << Test::credentials(
        QStringLiteral("Iv1.8a61f9b3a7aba766"), Test::fakeSecret(QStringLiteral("client-secret")));
    QTest::newRow("api key only") << Test::credentials(QString(), QString(),
                                                       Test::fakeSecret(QStringLiteral("api-key-ünï-🔑")));
    QTest::newRow("everything") << Test::credentials(
        QStringLiteral("id"), Test::fakeSecret(QStringLiteral("s")), Test::fakeSecret(QStringLiteral("k")));
    QTest::newRow("nothing") << AppCredentials();
}

void TestAppCredentials::roundTrip()
{
    QFETCH(AppCredentials, credentials);
    const QString json = credentials.toJson();
    QVERIFY(!json.contains(QLatin1Char('\n')));
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("v")).toInt(), 1);
    const Result<AppCredentials> read = AppCredentials::fromJson(json);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QVERIFY(read.value() == credentials);
}

void TestAppCredentials::fromJsonRejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<ErrorCode>("code");

    const QString secret = Test::fakeSecret(QStringLiteral("client-secret"));
    QTest::newRow("not JSON") << QStringLiteral("{\"v\":1,\"client_secret\":\"%1").arg(secret)
                              << ErrorCode::StorageFailed;
    QTest::newRow("array") << QStringLiteral("[\"%1\"]").arg(secret) << ErrorCode::StorageFailed;
    QTest::newRow("no version") << QStringLiteral("{\"client_secret\":\"%1\"}").arg(secret)
                                << ErrorCode::StorageFailed;
    QTest::newRow("secret is a number")
        << QStringLiteral("{\"v\":1,\"client_secret\":42,\"api_key\":\"%1\"}").arg(secret)
        << ErrorCode::StorageFailed;
    QTest::newRow("newer version") << QStringLiteral("{\"v\":2,\"client_secret\":\"%1\"}").arg(secret)
                                   << ErrorCode::UnsupportedFileVersion;
}

void TestAppCredentials::fromJsonRejects()
{
    QFETCH(QString, json);
    QFETCH(ErrorCode, code);
    const Result<AppCredentials> read = AppCredentials::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().code, code);
    QVERIFY(!read.error().message.isEmpty());
    QVERIFY(!read.error().message.contains(Test::secretMarker()));
}

QTEST_GUILESS_MAIN(TestAppCredentials)
#include "tst_appcredentials.moc"

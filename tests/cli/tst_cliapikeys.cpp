// API-key connections through plugboard-cli, end to end: a platform record
// that sends keys as a header, over HTTP Basic with an email, or as a query
// parameter; a "who am I" endpoint on loopback that accepts some keys and
// refuses others; the private keyring. Connect, list, token, check,
// replace and disconnect, and a refused key that stores nothing.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeapikeyserver.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

Q_DECLARE_METATYPE(Plugboard::ApiKeyRule)

namespace {

const QString kPlatform = QStringLiteral("keyed");
const QString kAccount = QStringLiteral("u-7");
const QString kEmail = QStringLiteral("ada@example.com");

ApiKeyRule rule(ApiKeyPlacement placement, const QString& header, const QString& prefix,
                const QString& parameter = {})
{
    ApiKeyRule r;
    r.placement = placement;
    r.header = header;
    r.prefix = prefix;
    r.parameter = parameter;
    return r;
}

QJsonArray listed()
{
    return QJsonDocument::fromJson(
               CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }).out.toUtf8())
        .array();
}

} // namespace

class TestCliApiKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void keyLifecycle_data();
    void keyLifecycle();
    void basicKeyNeedsItsUsername();
    void unreachablePlatformStoresNothingAndQuotesNoKey();
    void oauthPlatformRefusesKeyOptions();
    void credentialsPointAtConnect();

private:
    void installRecord(const FakeApiKeyServer& server);
    Run connectWithKey(const QString& key, const QStringList& extra = {});
};

void TestCliApiKeys::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliApiKeys::cleanup()
{
    CliSteps::forgetEverything();
}

void TestCliApiKeys::installRecord(const FakeApiKeyServer& server)
{
    QVERIFY(QDir().mkpath(PlatformCatalog::customDirectory()));
    QFile file(PlatformCatalog::customDirectory() + QStringLiteral("/%1.json").arg(kPlatform));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(server.recordJson(kPlatform, QStringLiteral("Keyed Cloud")));
}

Run TestCliApiKeys::connectWithKey(const QString& key, const QStringList& extra)
{
    return CliSteps::run(
        QStringList { QStringLiteral("connect"), kPlatform, QStringLiteral("--api-key-stdin") } + extra,
        key.toUtf8() + '\n');
}

void TestCliApiKeys::keyLifecycle_data()
{
    QTest::addColumn<ApiKeyRule>("rule");
    QTest::newRow("Authorization: Bearer")
        << rule(ApiKeyPlacement::Header, QStringLiteral("Authorization"), QStringLiteral("Bearer "));
    QTest::newRow("PRIVATE-TOKEN") << rule(ApiKeyPlacement::Header, QStringLiteral("PRIVATE-TOKEN"),
                                           QString());
    QTest::newRow("Basic with email")
        << rule(ApiKeyPlacement::Basic, QStringLiteral("Authorization"), QString());
    QTest::newRow("query parameter") << rule(ApiKeyPlacement::Query, QStringLiteral("Authorization"),
                                             QString(), QStringLiteral("api_key"));
}

void TestCliApiKeys::keyLifecycle()
{
    QFETCH(ApiKeyRule, rule);
    FakeApiKeyServer server(rule);
    const bool basic = rule.placement == ApiKeyPlacement::Basic;
    const QString username = basic ? kEmail : QString();
    const QStringList withUsername
        = basic ? QStringList { QStringLiteral("--username"), kEmail } : QStringList();
    const QString first = fakeSecret(QStringLiteral("api-key+/=&"));
    const QString second = fakeSecret(QStringLiteral("api-key-2"));
    const QString refused = fakeSecret(QStringLiteral("api-key-refused"));
    server.acceptKey(first, { kAccount, QStringLiteral("Ada"), username });
    server.acceptKey(second, { kAccount, QStringLiteral("Ada"), username });
    installRecord(server);

    // A refused key: exit 6, the keys page, nothing stored.
    const Run wrong = connectWithKey(refused, withUsername);
    QCOMPARE(wrong.exitCode, 6);
    QVERIFY2(wrong.err.contains(QStringLiteral("refused this API key")), qPrintable(wrong.err));
    QVERIFY2(wrong.err.contains(server.keysPage().toString()), qPrintable(wrong.err));
    QCOMPARE(listed().size(), 0);
    QVERIFY(CliSteps::storedTokens(kPlatform, kAccount).isEmpty());

    const Run connect = connectWithKey(first, withUsername);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    QCOMPARE(connect.out, QStringLiteral("keyed/u-7\tAda\n"));
    const QJsonObject connection = listed().at(0).toObject();
    QCOMPARE(connection[QLatin1String("state")].toString(), QStringLiteral("connected"));
    QCOMPARE(connection[QLatin1String("account")].toString(), QStringLiteral("Ada"));
    QCOMPARE(connection[QLatin1String("refreshes_automatically")].toBool(), false);

    const Run token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QVERIFY(token.out == first + QLatin1Char('\n'));

    const qsizetype callsBefore = server.identityCalls();
    const Run check = CliSteps::run({ QStringLiteral("check"), kPlatform });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(server.identityCalls(), callsBefore + 1);

    // A refused replacement keeps the key that works; a good one replaces it.
    QCOMPARE(connectWithKey(refused, withUsername).exitCode, 6);
    QVERIFY(CliSteps::run({ QStringLiteral("token"), kPlatform }).out == first + QLatin1Char('\n'));
    const Run replace = connectWithKey(second, withUsername);
    QVERIFY2(replace.exitCode == 0, qPrintable(replace.err));
    QVERIFY(CliSteps::run({ QStringLiteral("token"), kPlatform }).out == second + QLatin1Char('\n'));
    QCOMPARE(listed().size(), 1);

    // Revoked at the platform: the check says so and the connection needs a new key.
    server.revokeKey(second);
    const Run dead = CliSteps::run({ QStringLiteral("check"), kPlatform });
    QCOMPARE(dead.exitCode, 4);
    QVERIFY2(dead.err.contains(server.keysPage().toString()), qPrintable(dead.err));
    QCOMPARE(listed().at(0).toObject()[QLatin1String("state")].toString(), QStringLiteral("needs_reconnect"));

    const Run disconnect = CliSteps::run({ QStringLiteral("disconnect"), kPlatform });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    QVERIFY2(disconnect.err.contains(server.keysPage().toString()), qPrintable(disconnect.err));
    QVERIFY(CliSteps::storedTokens(kPlatform, kAccount).isEmpty());
    QCOMPARE(listed().size(), 0);

    for (const Run& run : { wrong, connect, check, replace, dead, disconnect })
        QVERIFY2(!run.out.contains(secretMarker()) && !run.err.contains(secretMarker()), qPrintable(run.err));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QCOMPARE(filesContaining(data, secretMarker().toUtf8()), QStringList());
    QCOMPARE(filesContaining(config, secretMarker().toUtf8()), QStringList());
}

void TestCliApiKeys::basicKeyNeedsItsUsername()
{
    FakeApiKeyServer server(rule(ApiKeyPlacement::Basic, QStringLiteral("Authorization"), QString()));
    installRecord(server);
    const Run missing = connectWithKey(fakeSecret(QStringLiteral("api-key")));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("--username")), qPrintable(missing.err));
    QCOMPARE(server.identityCalls(), 0);
}

void TestCliApiKeys::unreachablePlatformStoresNothingAndQuotesNoKey()
{
    {
        FakeApiKeyServer server(rule(ApiKeyPlacement::Query, QStringLiteral("Authorization"), QString(),
                                     QStringLiteral("api_key")));
        installRecord(server);
    } // the server is gone: its port refuses connections
    const QString key = fakeSecret(QStringLiteral("api-key"));
    const Run run = connectWithKey(key);
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(!run.err.contains(secretMarker()), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Keyed Cloud")), qPrintable(run.err));
    QCOMPARE(listed().size(), 0);
}

void TestCliApiKeys::oauthPlatformRefusesKeyOptions()
{
    const Run run = CliSteps::run(
        { QStringLiteral("connect"), QStringLiteral("github"), QStringLiteral("--api-key-stdin") },
        fakeSecret(QStringLiteral("api-key")).toUtf8() + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("signs in through the browser")), qPrintable(run.err));
}

void TestCliApiKeys::credentialsPointAtConnect()
{
    FakeApiKeyServer server(rule(ApiKeyPlacement::Header, QStringLiteral("X-Api-Key"), QString()));
    installRecord(server);
    const Run run = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("set"), kPlatform,
                                    QStringLiteral("--client-id"), QStringLiteral("x") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("connect keyed --api-key-stdin")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliApiKeys)
#include "tst_cliapikeys.moc"

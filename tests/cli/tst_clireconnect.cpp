// Why a connection will need signing in again, as scripts see it through
// plugboard-cli against the fake provider and the private keyring: app
// credentials saved with another client id leave the connections made with
// the old one behind; a platform that limits refresh tokens ends sign-ins
// on a date `list --json` gives.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kAccount = QStringLiteral("user-42");

QJsonObject onlyConnection()
{
    const Run list = CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    return all.size() == 1 ? all.first().toObject() : QJsonObject();
}

Run setClientId(const QString& clientId)
{
    return CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("set"), kFake,
                           QStringLiteral("--client-id"), clientId });
}

/// Adds a refresh_token block to the custom record `providers add` wrote.
bool limitRefreshTokens(const QJsonObject& limits)
{
    QFile file(PlatformCatalog::customDirectory() + QStringLiteral("/fake.json"));
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    record.insert(QStringLiteral("refresh_token"), limits);
    file.resize(0);
    return file.write(QJsonDocument(record).toJson()) > 0;
}

} // namespace

class TestCliReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newClientIdLeavesConnectionsBehind();
    void newSecretKeepsConnections();
    void listGivesTheDateARefreshTokenDies();

private:
    std::unique_ptr<FakeOAuthProvider> m_provider;
};

void TestCliReconnect::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliReconnect::init()
{
    m_provider = std::make_unique<FakeOAuthProvider>();
    const Run add = CliSteps::addProvider(kFake, *m_provider);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run credentials = CliSteps::setCredentials(kFake, *m_provider);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));
    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
}

void TestCliReconnect::cleanup()
{
    CliSteps::forgetEverything();
    m_provider.reset();
}

void TestCliReconnect::newClientIdLeavesConnectionsBehind()
{
    const QString tokensBefore = CliSteps::storedTokens(kFake, kAccount);
    const Run changed = setClientId(QStringLiteral("another-app-5678"));
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY2(changed.err.contains(QStringLiteral("now need reconnecting (1): fake/user-42.")),
             qPrintable(changed.err));

    QJsonObject listed = onlyConnection();
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("needs_reconnect"));
    const QJsonObject lastError = listed[QLatin1String("last_error")].toObject();
    QCOMPARE(lastError[QLatin1String("code")].toString(), QStringLiteral("invalid_grant"));
    QVERIFY2(lastError[QLatin1String("message")].toString().contains(
                 QStringLiteral("now use a different client ID")),
             qPrintable(lastError[QLatin1String("message")].toString()));

    const Run token = CliSteps::run({ QStringLiteral("token"), kFake });
    QCOMPARE(token.exitCode, 4);
    QVERIFY(token.out.isEmpty());
    QVERIFY2(token.err.contains(QStringLiteral("Reconnect fake/user-42")), qPrintable(token.err));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0);
    QVERIFY2(CliSteps::storedTokens(kFake, kAccount) == tokensBefore, "nothing is deleted");

    // Back to the old app: the connection still waits for a reconnect (one
    // rule for every "needs reconnect"; the platform may have moved on).
    const Run back = setClientId(m_provider->clientId());
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QVERIFY2(!back.err.contains(QStringLiteral("reconnecting")), qPrintable(back.err));
    QCOMPARE(onlyConnection()[QLatin1String("state")].toString(), QStringLiteral("needs_reconnect"));

    const Run reconnect = CliSteps::connect(kFake);
    QVERIFY2(reconnect.exitCode == 0, qPrintable(reconnect.err));
    listed = onlyConnection();
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("connected"));
    QVERIFY(!listed.contains(QLatin1String("last_error")));
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), kFake }).exitCode, 0);

    for (const Run& run : { changed, token, back })
        QVERIFY2(!run.out.contains(secretMarker()) && !run.err.contains(secretMarker()), qPrintable(run.err));
}

void TestCliReconnect::newSecretKeepsConnections()
{
    const Run secret = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("set"), kFake,
                                       QStringLiteral("--client-secret-stdin") },
                                     m_provider->clientSecret().toUtf8() + '\n');
    QVERIFY2(secret.exitCode == 0, qPrintable(secret.err));
    QVERIFY2(!secret.err.contains(QStringLiteral("reconnecting")), qPrintable(secret.err));
    const Run sameId = setClientId(m_provider->clientId());
    QVERIFY2(sameId.exitCode == 0, qPrintable(sameId.err));
    QCOMPARE(onlyConnection()[QLatin1String("state")].toString(), QStringLiteral("connected"));
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), kFake }).exitCode, 0);
}

void TestCliReconnect::listGivesTheDateARefreshTokenDies()
{
    QJsonObject listed = onlyConnection();
    QVERIFY(listed.contains(QLatin1String("refresh_token_expires_at")));
    QVERIFY2(listed[QLatin1String("refresh_token_expires_at")].isNull(), "the platform declares no limit");

    // Like Google for apps in testing: refresh tokens live 7 days.
    QVERIFY(limitRefreshTokens({ { QStringLiteral("lifetime_days"), 7 } }));
    ConnectionStore store;
    QVERIFY(store.load());
    const std::optional<Connection> stored = store.connection(QStringLiteral("fake/user-42"));
    QVERIFY(stored && stored->refreshIssuedAt.isValid());
    listed = onlyConnection();
    QCOMPARE(listed[QLatin1String("refresh_token_expires_at")].toString(),
             stored->refreshIssuedAt.addDays(7).toUTC().toString(Qt::ISODate)); // like expires_at
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("connected"));

    // Six days later the sign-in is about to end: the list says so.
    QVERIFY(store.update(QStringLiteral("fake/user-42"), [](Connection& c) {
        c.refreshIssuedAt = QDateTime::currentDateTimeUtc().addDays(-6);
    }));
    listed = onlyConnection();
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("expiring"));
    QVERIFY(QDateTime::fromString(listed[QLatin1String("refresh_token_expires_at")].toString(), Qt::ISODate)
            < QDateTime::currentDateTimeUtc().addDays(2));
}

QTEST_GUILESS_MAIN(TestCliReconnect)
#include "tst_clireconnect.moc"

// plugboard-cli's token, check and disconnect end to end, against the fake
// provider over loopback HTTP and the private keyring: valid tokens for
// scripts, renewal across processes, every exit code, and no secret where
// it does not belong.
#include "core/applicationinfo.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kAccount = QStringLiteral("user-42");

QJsonObject onlyConnection(const Run& list)
{
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    return all.size() == 1 ? all.first().toObject() : QJsonObject();
}

} // namespace

class TestCliLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scriptFlowFromConnectToRevokedDisconnect();
    void twoProcessesRenewOnce();
    void ambiguousNameListsTheChoices();
    void refusedRenewalExits4AndKeepsCredentials();
    void lockedOrMissingKeyringExits5();
    void platformTroubleExits6AndDegrades();
    void connectTimeoutExits7();
    void badArgumentsAreUsageErrors();
    void checkRecordsTheOutcome();
    void removingCredentialsRevokesFirst();

private:
    void connectFake();

    std::unique_ptr<FakeOAuthProvider> m_provider;
};

void TestCliLifecycle::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliLifecycle::init()
{
    m_provider = std::make_unique<FakeOAuthProvider>();
    const Run add = CliSteps::addProvider(kFake, *m_provider);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run credentials = CliSteps::setCredentials(kFake, *m_provider);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));
}

void TestCliLifecycle::cleanup()
{
    CliSteps::forgetEverything();
    m_provider.reset();
}

void TestCliLifecycle::connectFake()
{
    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
}

void TestCliLifecycle::scriptFlowFromConnectToRevokedDisconnect()
{
    connectFake();
    const Run list = CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listed = onlyConnection(list);
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("connected"));
    QCOMPARE(listed[QLatin1String("account")].toString(), QStringLiteral("Fake User"));
    QCOMPARE(listed[QLatin1String("refreshes_automatically")].toBool(), true);

    // A valid token: printed alone, no renewal.
    const Run first = CliSteps::run({ QStringLiteral("token"), kFake });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.out, m_provider->lastAccessToken() + QLatin1Char('\n'));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0);

    // Time passes: the token expires; the next call renews it first.
    QVERIFY(CliSteps::setTokenExpiry(kFake, kAccount, QDateTime::currentDateTimeUtc().addSecs(-5)));
    const Run renewed = CliSteps::run({ QStringLiteral("token"), kFake, QStringLiteral("--json") });
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    const QJsonObject json = QJsonDocument::fromJson(renewed.out.toUtf8()).object();
    QVERIFY(json[QLatin1String("token")].toString() == m_provider->lastAccessToken());
    QCOMPARE(json[QLatin1String("token_type")].toString(), QStringLiteral("Bearer"));
    QVERIFY(QDateTime::fromString(json[QLatin1String("expires_at")].toString(), Qt::ISODate)
            > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY2(!renewed.out.contains(m_provider->lastRefreshToken()), "never a refresh token");
    QCOMPARE(
        json.keys(),
        (QStringList { QStringLiteral("connection"), QStringLiteral("expires_at"), QStringLiteral("scopes"),
                       QStringLiteral("token"), QStringLiteral("token_type") }));
    QVERIFY2(CliSteps::storedTokens(kFake, kAccount).contains(m_provider->lastRefreshToken()),
             "the rotated refresh token is in the keyring");

    const QString refreshToken = m_provider->lastRefreshToken();
    const QString accessToken = m_provider->lastAccessToken();
    const Run disconnect = CliSteps::run({ QStringLiteral("disconnect"), kFake });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    QCOMPARE(m_provider->revokedTokens().value(0), refreshToken); // refresh token first
    QVERIFY(m_provider->revokedTokens().contains(accessToken));
    QVERIFY(CliSteps::storedTokens(kFake, kAccount).isEmpty());
    QCOMPARE(QJsonDocument::fromJson(
                 CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }).out.toUtf8())
                 .array()
                 .size(),
             0);

    // Disconnecting again is harmless and says there is nothing to do.
    QCOMPARE(CliSteps::run({ QStringLiteral("disconnect"), kFake }).exitCode, 3);

    for (const Run& run : { list, disconnect })
        QVERIFY2(!run.out.contains(secretMarker()) && !run.err.contains(secretMarker()), qPrintable(run.out));
    const QStringList leaked = filesContaining(QDir::homePath(), secretMarker().toUtf8());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char(' '))));
}

void TestCliLifecycle::twoProcessesRenewOnce()
{
    connectFake();
    QVERIFY(CliSteps::setTokenExpiry(kFake, kAccount, QDateTime::currentDateTimeUtc().addSecs(-5)));
    m_provider->setRefreshDelay(400); // the second process arrives while the first is renewing

    QProcess one;
    QProcess two;
    QSignalSpy oneDone(&one, &QProcess::finished);
    QSignalSpy twoDone(&two, &QProcess::finished);
    one.start(QStringLiteral(PLUGBOARD_CLI_PATH), { QStringLiteral("token"), kFake });
    two.start(QStringLiteral(PLUGBOARD_CLI_PATH), { QStringLiteral("token"), kFake });
    QVERIFY(!oneDone.isEmpty() || oneDone.wait(30000));
    QVERIFY(!twoDone.isEmpty() || twoDone.wait(30000));
    QCOMPARE(one.exitCode(), 0);
    QCOMPARE(two.exitCode(), 0);
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    const QString expected = m_provider->lastAccessToken() + QLatin1Char('\n');
    QCOMPARE(QString::fromUtf8(one.readAllStandardOutput()), expected);
    QCOMPARE(QString::fromUtf8(two.readAllStandardOutput()), expected);
    QVERIFY2(m_provider->lastRefusal().isEmpty(), qPrintable(m_provider->lastRefusal())); // no reuse detected
}

void TestCliLifecycle::ambiguousNameListsTheChoices()
{
    connectFake();
    m_provider->setAccount(QStringLiteral("user-43"), QStringLiteral("Second Account"));
    connectFake();

    const Run ambiguous = CliSteps::run({ QStringLiteral("token"), kFake });
    QCOMPARE(ambiguous.exitCode, 3);
    QVERIFY2(ambiguous.err.contains(QStringLiteral("fake/user-42"))
                 && ambiguous.err.contains(QStringLiteral("fake/user-43")),
             qPrintable(ambiguous.err));
    QVERIFY(ambiguous.out.isEmpty());

    const Run byName = CliSteps::run({ QStringLiteral("token"), QStringLiteral("fake/Second Account") });
    QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
    const Run byId = CliSteps::run({ QStringLiteral("token"), QStringLiteral("fake/user-42") });
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
    QVERIFY(byName.out != byId.out);
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), QStringLiteral("fake/nobody") }).exitCode, 3);
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), QStringLiteral("nowhere") }).exitCode, 3);
}

void TestCliLifecycle::refusedRenewalExits4AndKeepsCredentials()
{
    connectFake();
    QVERIFY(CliSteps::setTokenExpiry(kFake, kAccount, QDateTime::currentDateTimeUtc().addSecs(-5)));
    m_provider->setTokenOverride(FakeHttpServer::Response::json(
        400, QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_grant") } }));

    const Run token = CliSteps::run({ QStringLiteral("token"), kFake });
    QCOMPARE(token.exitCode, 4);
    QVERIFY(token.out.isEmpty());
    QVERIFY2(token.err.contains(QStringLiteral("Reconnect")), qPrintable(token.err));
    const QJsonObject listed
        = onlyConnection(CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("needs_reconnect"));
    const Run show = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), kFake });
    QVERIFY2(show.out.contains(m_provider->clientId().right(4)), qPrintable(show.out));

    // Reconnecting heals it.
    m_provider->clearTokenOverride();
    connectFake();
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), kFake }).exitCode, 0);
}

void TestCliLifecycle::lockedOrMissingKeyringExits5()
{
    connectFake();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    const Run token = CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), { QStringLiteral("token"), kFake },
                                      environment);
    QCOMPARE(token.exitCode, 5);
    QVERIFY(token.out.isEmpty());
    QVERIFY2(token.err.contains(QStringLiteral("keyring"), Qt::CaseInsensitive), qPrintable(token.err));
}

void TestCliLifecycle::platformTroubleExits6AndDegrades()
{
    connectFake();
    QVERIFY(CliSteps::setTokenExpiry(kFake, kAccount, QDateTime::currentDateTimeUtc().addSecs(-5)));
    const QString before = CliSteps::storedTokens(kFake, kAccount);
    m_provider->setTokenOverride(FakeHttpServer::Response::text(503, QByteArrayLiteral("maintenance")));

    const Run token = CliSteps::run({ QStringLiteral("token"), kFake });
    QCOMPARE(token.exitCode, 6);
    QVERIFY(token.out.isEmpty());
    QCOMPARE(onlyConnection(
                 CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }))[QLatin1String("state")]
                 .toString(),
             QStringLiteral("degraded"));
    QVERIFY2(CliSteps::storedTokens(kFake, kAccount) == before, "tokens are kept");

    m_provider->clearTokenOverride();
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), kFake }).exitCode, 0);
    QCOMPARE(onlyConnection(
                 CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }))[QLatin1String("state")]
                 .toString(),
             QStringLiteral("connected"));
}

void TestCliLifecycle::connectTimeoutExits7()
{
    const Run connect = CliSteps::run({ QStringLiteral("connect"), kFake, QStringLiteral("--no-browser"),
                                        QStringLiteral("--timeout"), QStringLiteral("1") });
    QCOMPARE(connect.exitCode, 7);
}

void TestCliLifecycle::badArgumentsAreUsageErrors()
{
    QCOMPARE(CliSteps::run({ QStringLiteral("token") }).exitCode, 2);
    QCOMPARE(CliSteps::run(
                 { QStringLiteral("token"), kFake, QStringLiteral("--min-validity"), QStringLiteral("soon") })
                 .exitCode,
             2);
    QCOMPARE(CliSteps::run({ QStringLiteral("check") }).exitCode, 2);
    QCOMPARE(CliSteps::run({ QStringLiteral("check"), kFake, QStringLiteral("--all") }).exitCode, 2);
    QCOMPARE(CliSteps::run({ QStringLiteral("disconnect") }).exitCode, 2);
    QCOMPARE(CliSteps::run(
                 { QStringLiteral("token"), kFake, QStringLiteral("--refresh-token"), QStringLiteral("x") })
                 .exitCode,
             2);
}

void TestCliLifecycle::checkRecordsTheOutcome()
{
    connectFake();
    const Run healthy = CliSteps::run({ QStringLiteral("check"), kFake });
    QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.err));
    QVERIFY2(healthy.out.contains(QStringLiteral("fake/user-42\tConnected")), qPrintable(healthy.out));
    QJsonObject listed = onlyConnection(CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }));
    QVERIFY(!listed[QLatin1String("last_checked")].isNull());

    m_provider->setUserinfoStatus(502);
    const Run down = CliSteps::run({ QStringLiteral("check"), QStringLiteral("--all") });
    QCOMPARE(down.exitCode, 6);
    listed = onlyConnection(CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(listed[QLatin1String("state")].toString(), QStringLiteral("degraded"));
    QVERIFY(listed[QLatin1String("last_error")].toObject()[QLatin1String("message")].toString().contains(
        QStringLiteral("502")));
}

void TestCliLifecycle::removingCredentialsRevokesFirst()
{
    connectFake();
    const QString refreshToken = m_provider->lastRefreshToken();
    const Run remove = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("remove"), kFake });
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
    QVERIFY2(m_provider->revokedTokens().contains(refreshToken), "revoked while the credentials were there");
    QCOMPARE(QJsonDocument::fromJson(
                 CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }).out.toUtf8())
                 .array()
                 .size(),
             0);
    QVERIFY(CliSteps::storedTokens(kFake, kAccount).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_clilifecycle.moc"

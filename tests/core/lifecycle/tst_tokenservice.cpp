// validToken() against the real private keyring and the fake provider over
// loopback HTTP: the fast path, renewal with rotation, single flight for 50
// callers, and what each kind of failure does to the stored connection.
#include "core/applicationinfo.h"
#include "core/lifecycle/healthcheck.h"
#include "core/lifecycle/refreshlock.h"
#include "core/platformsettings.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretjob.h"
#include "tests/core/lifecycle/lifecyclefixture.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/logcapture.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;
using namespace std::chrono_literals;

class TestTokenService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validStoredTokenNeedsNoNetwork();
    void expiredTokenIsRenewedAndRotationPersisted();
    void answerWithoutRefreshTokenKeepsTheOldOne();
    void fiftyConcurrentCallersShareOneRefresh();
    void callersWaitForAnotherProcessLock();
    void lockHeldTooLongTimesOut();
    void lockLeftByAKilledRenewalDoesNotHoldTheNext();
    void invalidGrantNeedsReconnectAndKeepsCredentials();
    void tokensGoneFromTheStoreNeedReconnect();
    void connectionThatNeedsReconnectHandsOutNothing();
    void serverErrorDegradesThenRecovers();
    void rejectedTokenIsRenewedOnce();
    void expiredTokenWithoutRefreshNeedsReconnect();
    void shortLivedTokenWithoutRefreshIsStillHandedOut();
    void unknownConnectionIsReported();
    void missingAppCredentialsAskNothing();
    void renewalLogsNoSecret();
    void tokenRenewedWhileWaitingIsTaken();
    void tricklingTokenEndpointMeetsTheDeadline();
    void brokenTokenAnswersKeepTheStoredTokens_data();
    void brokenTokenAnswersKeepTheStoredTokens();
    void checkWithoutIdentityEndpointClaimsNothing();
    void renewalGoesThroughTheTokenExchangeProxy();
    void proxyThatIsDownKeepsTheStoredTokens();

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<Test::LifecycleFixture> m_fixture;
};

void TestTokenService::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestTokenService::init()
{
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_fixture = std::make_unique<Test::LifecycleFixture>(m_secrets.get());
}

void TestTokenService::cleanup()
{
    m_fixture.reset();
    m_secrets.reset();
}

void TestTokenService::validStoredTokenNeedsNoNetwork()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_fixture->seed(expires));
    const TokenSet stored = m_fixture->storedTokens();

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QVERIFY(job->tokens().accessToken == stored.accessToken);
    QVERIFY(!job->refreshed());
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
}

void TestTokenService::expiredTokenIsRenewedAndRotationPersisted()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QVERIFY(job->refreshed());
    QVERIFY(job->tokens().accessToken == m_fixture->provider.lastAccessToken());
    QVERIFY(job->tokens().accessToken != before.accessToken);

    const TokenSet after = m_fixture->storedTokens();
    QVERIFY2(after.refreshToken == m_fixture->provider.lastRefreshToken(),
             "the rotated refresh token is stored");
    QVERIFY(after.refreshToken != before.refreshToken);
    QVERIFY(after.accessToken == job->tokens().accessToken);
    QVERIFY(after.isValidFor(30min));

    const std::optional<Connection> metadata = m_fixture->metadata();
    QVERIFY(metadata);
    QCOMPARE(stateName(metadata->state), stateName(ConnectionState::Connected));
    QCOMPARE(metadata->expiresAt, after.expiresAt);
    QVERIFY(metadata->lastRefresh.isValid());
    // A new refresh token starts its own life (platforms that limit it count from here).
    QCOMPARE(metadata->refreshIssuedAt, metadata->lastRefresh);
    QVERIFY(metadata->refreshable);
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

void TestTokenService::answerWithoutRefreshTokenKeepsTheOldOne()
{
    m_fixture->provider.setRotateRefreshTokens(false); // answers then carry no refresh token
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    const QDateTime issued = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY(m_fixture->connections().update(m_fixture->connectionId(),
                                            [&issued](Connection& c) { c.refreshIssuedAt = issued; }));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QVERIFY(job->refreshed());
    const TokenSet after = m_fixture->storedTokens();
    QVERIFY(after.accessToken != before.accessToken);
    QVERIFY2(after.refreshToken == before.refreshToken, "the old refresh token is kept");
    const std::optional<Connection> metadata = m_fixture->metadata();
    QVERIFY(metadata && metadata->lastRefresh > issued);
    QCOMPARE(metadata->refreshIssuedAt, issued); // the same refresh token: its life goes on

    // ...and it still works for the next renewal.
    const auto again = m_fixture->run(m_fixture->service().renewNow(m_fixture->connectionId()));
    QCOMPARE(again->error().codeName(), QStringLiteral("none"));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 2);
}

void TestTokenService::fiftyConcurrentCallersShareOneRefresh()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    m_fixture->provider.setRefreshDelay(300); // callers overlap for sure

    QList<ValidTokenJob*> jobs;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 50; ++i) {
        ValidTokenJob* job = m_fixture->service().validToken(m_fixture->connectionId());
        job->setAutoDelete(false);
        spies.append(std::make_shared<QSignalSpy>(job, &ValidTokenJob::finished));
        jobs.append(job);
    }
    for (ValidTokenJob* job : std::as_const(jobs))
        job->start();
    for (const auto& spy : std::as_const(spies))
        QVERIFY(!spy->isEmpty() || spy->wait(20000));

    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    const QString renewed = m_fixture->provider.lastAccessToken();
    for (ValidTokenJob* job : std::as_const(jobs)) {
        QCOMPARE(job->error().codeName(), QStringLiteral("none"));
        QVERIFY(job->tokens().accessToken == renewed);
    }
    qDeleteAll(jobs);
    QVERIFY(m_fixture->storedTokens().refreshToken == m_fixture->provider.lastRefreshToken());
}

void TestTokenService::callersWaitForAnotherProcessLock()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    // Another process holds the lock (a QLockFile of our own PID is never stale).
    QLockFile other(RefreshLock::lockFilePath(m_fixture->service().lockFolder(), m_fixture->connectionId()));
    QDir().mkpath(QFileInfo(other.fileName()).absolutePath());
    QVERIFY(other.tryLock(0));

    ValidTokenJob* job = m_fixture->service().validToken(m_fixture->connectionId());
    job->setAutoDelete(false);
    const std::unique_ptr<ValidTokenJob> owner(job);
    QSignalSpy finished(job, &ValidTokenJob::finished);
    job->start();
    QVERIFY2(!finished.wait(400), "waits while the lock is held");
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);

    other.unlock();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

void TestTokenService::lockHeldTooLongTimesOut()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    QLockFile other(RefreshLock::lockFilePath(m_fixture->service().lockFolder(), m_fixture->connectionId()));
    QDir().mkpath(QFileInfo(other.fileName()).absolutePath());
    QVERIFY(other.tryLock(0));
    m_fixture->service().setLockWaitLimit(300ms);

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("timeout"));
    QVERIFY(job->error().message.contains(QStringLiteral("Try again")));
    QVERIFY2(m_fixture->storedTokens() == before, "nothing changed");
}

// A renewal killed right after creating its lock file, before writing
// anything into it, leaves an empty lock file: the next renewal takes the
// lock at once (it used to wait until the file was two minutes old).
void TestTokenService::lockLeftByAKilledRenewalDoesNotHoldTheNext()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const QString lock
        = RefreshLock::lockFilePath(m_fixture->service().lockFolder(), m_fixture->connectionId());
    QDir().mkpath(QFileInfo(lock).absolutePath());
    QFile empty(lock);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    m_fixture->service().setLockWaitLimit(300ms);

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

void TestTokenService::invalidGrantNeedsReconnectAndKeepsCredentials()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10), /*knownRefreshToken=*/false));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("invalid_grant"));
    QVERIFY2(job->error().message.contains(QStringLiteral("Reconnect")), qPrintable(job->error().message));
    QVERIFY(job->tokens().accessToken.isEmpty());

    const std::optional<Connection> metadata = m_fixture->metadata();
    QVERIFY2(metadata, "the account and its metadata are kept");
    QCOMPARE(stateName(metadata->state), stateName(ConnectionState::NeedsReconnect));
    QCOMPARE(metadata->lastError.code, ErrorCode::InvalidGrant);
    QCOMPARE(metadata->accountName, QStringLiteral("Fake User"));
    QVERIFY2(m_fixture->storedTokens().accessToken.isEmpty(), "dead tokens are removed");
    QVERIFY2(m_fixture->credentialsStored(), "app credentials are kept");

    // Asking again says the same without another request.
    const auto again = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(again->error().codeName(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

// The metadata says connected but the keyring holds no tokens (cleared, or
// restored from another computer): the connection must not go on showing
// "Connected" after a check said it has no working sign-in.
void TestTokenService::tokensGoneFromTheStoreNeedReconnect()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const QString key = SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42"));
    QVERIFY(!Test::runSecretJob(m_fixture->secrets()->remove(key)).error.isError());

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("invalid_grant"));
    const std::optional<Connection> metadata = m_fixture->metadata();
    QVERIFY2(metadata, "the account and its metadata are kept");
    QCOMPARE(stateName(metadata->state), stateName(ConnectionState::NeedsReconnect));
    QCOMPARE(metadata->lastError.code, ErrorCode::InvalidGrant);
    QVERIFY2(m_fixture->credentialsStored(), "app credentials are kept");
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
}

void TestTokenService::connectionThatNeedsReconnectHandsOutNothing()
{
    // Marked by a change of client id: the tokens still look fine, and are
    // kept for switching back, but the connection waits for a reconnect.
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    const Error why { ErrorCode::InvalidGrant,
                      QStringLiteral("Fake Platform's app credentials now use a "
                                     "different client ID. Reconnect fake/user-42.") };
    QVERIFY(m_fixture->connections().update(m_fixture->connectionId(), [&why](Connection& c) {
        c.state = ConnectionState::NeedsReconnect;
        c.lastError = why;
    }));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("invalid_grant"));
    QCOMPARE(job->error().message, why.message);
    QVERIFY(job->tokens().accessToken.isEmpty());
    // Renewing with the new client would get the old refresh token refused and deleted.
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
    QVERIFY2(m_fixture->storedTokens() == before, "the tokens are kept");
    QCOMPARE(m_fixture->metadata()->lastError, why);
}

void TestTokenService::serverErrorDegradesThenRecovers()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    m_fixture->provider.setTokenOverride(
        Test::FakeHttpServer::Response::text(500, QByteArrayLiteral("upstream trouble")));

    const auto failed = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QVERIFY(failed->error().isError());
    std::optional<Connection> metadata = m_fixture->metadata();
    QVERIFY(metadata);
    QCOMPARE(stateName(metadata->state), stateName(ConnectionState::Degraded));
    QVERIFY(metadata->hasLastError());
    QVERIFY2(m_fixture->storedTokens() == before, "tokens are kept");
    QCOMPARE(m_fixture->service().consecutiveFailures(m_fixture->connectionId()), 1);

    m_fixture->provider.clearTokenOverride();
    const auto recovered = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(recovered->error().codeName(), QStringLiteral("none"));
    metadata = m_fixture->metadata();
    QCOMPARE(stateName(metadata->state), stateName(ConnectionState::Connected));
    QVERIFY(!metadata->hasLastError());
    QCOMPARE(m_fixture->service().consecutiveFailures(m_fixture->connectionId()), 0);
}

void TestTokenService::rejectedTokenIsRenewedOnce()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const QString refused = m_fixture->storedTokens().accessToken;

    const auto first = m_fixture->run(m_fixture->service().renewRejected(m_fixture->connectionId(), refused));
    QCOMPARE(first->error().codeName(), QStringLiteral("none"));
    QVERIFY(first->tokens().accessToken != refused);
    // A second caller reporting the same old token gets the renewed one.
    const auto second
        = m_fixture->run(m_fixture->service().renewRejected(m_fixture->connectionId(), refused));
    QVERIFY(second->tokens().accessToken == first->tokens().accessToken);
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 1);
}

void TestTokenService::expiredTokenWithoutRefreshNeedsReconnect()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10), true, /*withRefreshToken=*/false));
    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("invalid_grant"));
    QCOMPARE(stateName(m_fixture->metadata()->state), stateName(ConnectionState::NeedsReconnect));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
}

void TestTokenService::shortLivedTokenWithoutRefreshIsStillHandedOut()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(45), true, /*withRefreshToken=*/false));
    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId(), 60s));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QVERIFY(!job->tokens().accessToken.isEmpty());
    QVERIFY(!job->refreshed());
}

void TestTokenService::unknownConnectionIsReported()
{
    const auto job = m_fixture->run(m_fixture->service().validToken(QStringLiteral("fake/nobody")));
    QCOMPARE(job->error().codeName(), QStringLiteral("unknown_connection"));
}

void TestTokenService::missingAppCredentialsAskNothing()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    SecretJob* remove = m_secrets->remove(SecretStore::credentialsKey(QStringLiteral("fake")));
    QSignalSpy removed(remove, &SecretJob::finished);
    remove->start();
    QVERIFY(removed.wait(10000));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("missing_credentials"));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
    QVERIFY2(m_fixture->storedTokens() == before, "tokens are kept");
}

void TestTokenService::renewalLogsNoSecret()
{
    Test::LogCapture logs;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const auto renewed = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(renewed->error().codeName(), QStringLiteral("none"));
    m_fixture->provider.setTokenOverride(Test::FakeHttpServer::Response::json(
        400, QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_grant") } }));
    const auto refused = m_fixture->run(m_fixture->service().renewNow(m_fixture->connectionId()));
    QCOMPARE(refused->error().codeName(), QStringLiteral("invalid_grant"));
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(logs.messages().size() > 3, "the renewal was logged");
    const QStringList leaked = logs.messagesContaining(Test::secretMarker());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char('\n'))));
}

// Another process renewed while this caller waited for the lock, and the
// platform's tokens live shorter than the caller asked: the caller takes the
// fresh token instead of renewing again (and again, once per caller).
void TestTokenService::tokenRenewedWhileWaitingIsTaken()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    QLockFile other(RefreshLock::lockFilePath(m_fixture->service().lockFolder(), m_fixture->connectionId()));
    QDir().mkpath(QFileInfo(other.fileName()).absolutePath());
    QVERIFY(other.tryLock(0));

    ValidTokenJob* job = m_fixture->service().validToken(m_fixture->connectionId(), 3600s);
    job->setAutoDelete(false);
    const std::unique_ptr<ValidTokenJob> owner(job);
    QSignalSpy finished(job, &ValidTokenJob::finished);
    job->start();
    QVERIFY(!finished.wait(200));

    // Meanwhile another process renews and stores a 3599-second token (as
    // Google issues), shorter than the hour this caller asked for.
    TokenSet renewed = m_fixture->storedTokens();
    const Test::FakeOAuthProvider::IssuedTokens fresh = m_fixture->provider.grantWithoutBrowser();
    renewed.accessToken = fresh.accessToken;
    renewed.refreshToken = fresh.refreshToken;
    renewed.obtainedAt = QDateTime::currentDateTimeUtc();
    renewed.expiresAt = renewed.obtainedAt.addSecs(3599);
    SecretJob* write = m_fixture->secrets()->write(
        SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42")), renewed.toJson());
    QSignalSpy written(write, &SecretJob::finished);
    write->start();
    QVERIFY(written.wait(10000));
    other.unlock();

    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QVERIFY(job->tokens().accessToken == renewed.accessToken);
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
}

void TestTokenService::tricklingTokenEndpointMeetsTheDeadline()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    Test::FakeHttpServer::Response trickle
        = Test::FakeHttpServer::Response::json(200, QByteArray(100, ' ') + "{}");
    trickle.trickleMs = 100;
    m_fixture->provider.setTokenOverride(trickle);
    m_fixture->service().setRequestTimeout(1500ms);

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QCOMPARE(job->error().codeName(), QStringLiteral("timeout"));
    QVERIFY2(job->error().message.contains(QStringLiteral("did not finish answering")),
             qPrintable(job->error().message));
    QVERIFY2(m_fixture->storedTokens() == before, "tokens are kept");
    QCOMPARE(stateName(m_fixture->metadata()->state), stateName(ConnectionState::Degraded));
}

void TestTokenService::brokenTokenAnswersKeepTheStoredTokens_data()
{
    QTest::addColumn<QByteArray>("answer");
    const QByteArray access = '"' + Test::fakeSecret(QStringLiteral("access")).toUtf8() + '"';
    QTest::newRow("negative lifetime")
        << "{\"access_token\":" + access + ",\"token_type\":\"Bearer\",\"expires_in\":-5}";
    QTest::newRow("lifetime 1e300") << "{\"access_token\":" + access
            + ",\"token_type\":\"Bearer\",\"expires_in\":1e300}";
    QTest::newRow("lifetime 'soon'") << "{\"access_token\":" + access
            + ",\"token_type\":\"Bearer\",\"expires_in\":\"soon\"}";
    QTest::newRow("MAC token") << "{\"access_token\":" + access
            + ",\"token_type\":\"mac\",\"expires_in\":3600}";
    QTest::newRow("5 MB token") << "{\"access_token\":\"" + QByteArray(5 * 1024 * 1024, 'a')
            + "\",\"token_type\":\"Bearer\"}";
}

// A broken answer is an error, never a token that "never expires", and it
// changes nothing stored.
void TestTokenService::brokenTokenAnswersKeepTheStoredTokens()
{
    QFETCH(QByteArray, answer);
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    m_fixture->provider.setTokenOverride(Test::FakeHttpServer::Response::json(200, answer));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QVERIFY2(job->error().isError(), "a broken answer is not a token");
    QVERIFY(job->tokens().accessToken.isEmpty());
    QVERIFY2(!job->error().message.isEmpty() && job->error().message.size() < 600,
             qPrintable(job->error().message));
    QVERIFY2(m_fixture->storedTokens() == before, "tokens are kept");
}

// A platform with nothing to ask "who am I" with: a check that asked the
// platform nothing must not record the connection as checked and working.
void TestTokenService::checkWithoutIdentityEndpointClaimsNothing()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    PlatformRecord record = m_fixture->provider.record();
    record.userinfoEndpoint = QUrl();
    m_fixture->provider.server().clearRequests();
    QNetworkAccessManager network;
    TokenService service(m_fixture->secrets(), &m_fixture->connections(), &network,
                         [record](const QString&) -> std::optional<PlatformRecord> { return record; });
    const auto runCheck = [&service, this] {
        auto check = std::make_unique<HealthCheck>(&service, m_fixture->connectionId());
        check->setAutoDelete(false);
        QSignalSpy finished(check.get(), &HealthCheck::finished);
        check->start();
        finished.wait(10000);
        return check;
    };
    const auto check = runCheck();
    QCOMPARE(check->error().codeName(), QStringLiteral("none"));
    QVERIFY(!check->verifiedAtPlatform());
    QVERIFY2(!m_fixture->metadata()->lastChecked.isValid(), "nothing was checked");
    QCOMPARE(m_fixture->provider.server().requestCount(), 0);

    // When the token had to be renewed, the renewal itself proved the grant.
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const auto renewing = runCheck();
    QCOMPARE(renewing->error().codeName(), QStringLiteral("none"));
    QVERIFY(renewing->verifiedAtPlatform());
    QVERIFY(m_fixture->metadata()->lastChecked.isValid());
}

// A team's token-exchange proxy holds the client secret: renewals go there
// too, without a secret, and the platform itself is not asked.
void TestTokenService::renewalGoesThroughTheTokenExchangeProxy()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    Test::FakeHttpServer proxy;
    const QString access = Test::fakeSecret(QStringLiteral("proxy-renewed"));
    proxy.setHandler("POST", QStringLiteral("/exchange"), [&access](const Test::FakeHttpServer::Request&) {
        return Test::FakeHttpServer::Response::json(
            200,
            QJsonObject { { QStringLiteral("access_token"), access },
                          { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                          { QStringLiteral("expires_in"), 3600 } });
    });
    QVERIFY(PlatformSettings::setTokenExchangeProxy(QStringLiteral("fake"),
                                                    proxy.url(QStringLiteral("/exchange"))));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QVERIFY(PlatformSettings::setTokenExchangeProxy(QStringLiteral("fake"), QUrl()));
    QCOMPARE(job->error().codeName(), QStringLiteral("none"));
    QVERIFY(job->tokens().accessToken == access);
    const QList<Test::FakeHttpServer::Request> sent = proxy.requests(QStringLiteral("/exchange"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(sent.first().form.queryItemValue(QStringLiteral("client_id")), m_fixture->provider.clientId());
    QVERIFY2(!sent.first().form.hasQueryItem(QStringLiteral("client_secret")), "the proxy adds the secret");
    QVERIFY2(!sent.first().hasHeader("authorization"), "no Basic authentication with the secret either");
    QVERIFY(!sent.first().body.contains(m_fixture->provider.clientSecret().toUtf8()));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
    QVERIFY(m_fixture->storedTokens().accessToken == access);
}

// A proxy that does not answer is a clear error naming it; the stored
// tokens stay, and the connection is retried later (Degraded).
void TestTokenService::proxyThatIsDownKeepsTheStoredTokens()
{
    QVERIFY(m_fixture->seed(QDateTime::currentDateTimeUtc().addSecs(-10)));
    const TokenSet before = m_fixture->storedTokens();
    QUrl gone;
    {
        Test::FakeHttpServer closed; // its port is free again once it goes
        gone = closed.url(QStringLiteral("/exchange"));
    }
    QVERIFY(PlatformSettings::setTokenExchangeProxy(QStringLiteral("fake"), gone));

    const auto job = m_fixture->run(m_fixture->service().validToken(m_fixture->connectionId()));
    QVERIFY(PlatformSettings::setTokenExchangeProxy(QStringLiteral("fake"), QUrl()));
    QCOMPARE(job->error().codeName(), QStringLiteral("network"));
    QVERIFY2(job->error().message.contains(QStringLiteral("token-exchange proxy")),
             qPrintable(job->error().message));
    QVERIFY2(job->error().message.contains(gone.authority()), qPrintable(job->error().message));
    QVERIFY2(m_fixture->storedTokens() == before, "tokens are kept");
    QCOMPARE(stateName(m_fixture->metadata()->state), stateName(ConnectionState::Degraded));
    QCOMPARE(m_fixture->provider.tokenRequestCount(QStringLiteral("refresh_token")), 0);
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"

// Disconnect end to end against real loopback HTTP: the revocation request
// each platform style needs (RFC 7009 refresh-then-access, GitHub's grant
// DELETE, Dropbox/Slack bearer calls), the local disconnect when revocation
// fails (reported, with the platform's link), idempotence, and a locked
// keyring that changes nothing.
#include "core/applicationinfo.h"
#include "core/lifecycle/disconnectoperation.h"
#include "core/oauth/tokenrevocation.h"
#include "tests/core/lifecycle/lifecyclefixture.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/memorysecretstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;
using Test::FakeHttpServer;

namespace {

/// Runs a job with finished(T*) to its end; the caller owns it.
template<typename Job> std::unique_ptr<Job> finished(Job* job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (spy.isEmpty())
        spy.wait(15000);
    return std::unique_ptr<Job>(job);
}

PlatformRecord recordFor(FakeHttpServer& server, RevocationStyle style, const QString& path)
{
    PlatformRecord record;
    record.id = QStringLiteral("demo");
    record.name = QStringLiteral("Demo");
    record.helpUrl = QUrl(QStringLiteral("https://demo.example/settings/apps"));
    record.revocationStyle = style;
    record.revocationEndpoint = server.url(path);
    record.clientAuthentication = ClientAuthentication::ClientSecretPost;
    return record;
}

FakeHttpServer::Response ok(const FakeHttpServer::Request&)
{
    return FakeHttpServer::Response::text(200, QByteArray());
}

} // namespace

class TestDisconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rfc7009RevokesRefreshThenAccess();
    void githubDeletesTheGrant();
    void dropboxAndSlackRevokeWithTheBearer_data();
    void dropboxAndSlackRevokeWithTheBearer();
    void platformWithoutRevocationSendsNothing();

    void disconnectRevokesAndForgets();
    void failedRevocationStillDisconnectsAndSaysSo();
    void disconnectingTwiceIsHarmless();
    void lockedKeyringChangesNothing();

private:
    QNetworkAccessManager m_network;
};

void TestDisconnect::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestDisconnect::rfc7009RevokesRefreshThenAccess()
{
    FakeHttpServer server;
    server.setHandler("POST", QStringLiteral("/revoke"), ok);
    const auto revocation = finished(new TokenRevocation(
        recordFor(server, RevocationStyle::Rfc7009, QStringLiteral("/revoke")), QStringLiteral("client-1"),
        QStringLiteral("s3cret"), { QStringLiteral("AT"), QStringLiteral("RT") }, &m_network));
    QCOMPARE(revocation->error().codeName(), QStringLiteral("none"));
    const QList<FakeHttpServer::Request> calls = server.requests(QStringLiteral("/revoke"), "POST");
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0].form.queryItemValue(QStringLiteral("token")), QStringLiteral("RT"));
    QCOMPARE(calls[0].form.queryItemValue(QStringLiteral("token_type_hint")),
             QStringLiteral("refresh_token"));
    QCOMPARE(calls[1].form.queryItemValue(QStringLiteral("token")), QStringLiteral("AT"));
    QCOMPARE(calls[1].form.queryItemValue(QStringLiteral("token_type_hint")), QStringLiteral("access_token"));
    QCOMPARE(calls[0].form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
}

void TestDisconnect::githubDeletesTheGrant()
{
    FakeHttpServer server;
    server.setHandler(
        "DELETE", QStringLiteral("/applications/client-1/grant"),
        [](const FakeHttpServer::Request&) { return FakeHttpServer::Response::text(204, QByteArray()); });
    PlatformRecord record
        = recordFor(server, RevocationStyle::GithubGrant, QStringLiteral("/applications/{client_id}/grant"));
    const auto revocation
        = finished(new TokenRevocation(record, QStringLiteral("client-1"), QStringLiteral("s3cret"),
                                       { QStringLiteral("AT"), QString() }, &m_network));
    QCOMPARE(revocation->error().codeName(), QStringLiteral("none"));
    const QList<FakeHttpServer::Request> calls
        = server.requests(QStringLiteral("/applications/client-1/grant"));
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0].method, QByteArray("DELETE"));
    QCOMPARE(calls[0].header("authorization"),
             QByteArray("Basic ") + QByteArray("client-1:s3cret").toBase64());
    QCOMPARE(calls[0].body, QByteArray(R"({"access_token":"AT"})"));
}

void TestDisconnect::dropboxAndSlackRevokeWithTheBearer_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("dropbox") << int(RevocationStyle::Dropbox);
    QTest::newRow("slack") << int(RevocationStyle::Slack);
}

void TestDisconnect::dropboxAndSlackRevokeWithTheBearer()
{
    QFETCH(int, style);
    FakeHttpServer server;
    server.setHandler("POST", QStringLiteral("/revoke"), ok);
    const auto revocation = finished(new TokenRevocation(
        recordFor(server, RevocationStyle(style), QStringLiteral("/revoke")), QStringLiteral("client-1"),
        QString(), { QStringLiteral("AT"), QStringLiteral("RT") }, &m_network));
    QCOMPARE(revocation->error().codeName(), QStringLiteral("none"));
    const QList<FakeHttpServer::Request> calls = server.requests(QStringLiteral("/revoke"));
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0].header("authorization"), QByteArray("Bearer AT"));
}

void TestDisconnect::platformWithoutRevocationSendsNothing()
{
    FakeHttpServer server;
    const auto revocation = finished(new TokenRevocation(
        recordFor(server, RevocationStyle::None, QStringLiteral("/revoke")), QStringLiteral("client-1"),
        QString(), { QStringLiteral("AT"), QStringLiteral("RT") }, &m_network));
    QCOMPARE(revocation->error().codeName(), QStringLiteral("none"));
    QCOMPARE(revocation->requestsSent(), 0);
    QCOMPARE(server.requestCount(), 0);
}

void TestDisconnect::disconnectRevokesAndForgets()
{
    Test::MemorySecretStore secrets;
    Test::LifecycleFixture fixture(&secrets);
    QVERIFY(fixture.seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    const TokenSet tokens = fixture.storedTokens();

    const auto operation = finished(new DisconnectOperation(
        fixture.provider.record(), QStringLiteral("user-42"), &secrets, &fixture.connections(), &m_network));
    QCOMPARE(operation->error().codeName(), QStringLiteral("none"));
    QCOMPARE(operation->revocationError().codeName(), QStringLiteral("none"));
    QCOMPARE(fixture.provider.revokedTokens(), (QStringList { tokens.refreshToken, tokens.accessToken }));
    QVERIFY(!fixture.metadata());
    QVERIFY(fixture.storedTokens().accessToken.isEmpty());
    QVERIFY2(fixture.credentialsStored(), "disconnecting an account keeps the platform's app credentials");
}

void TestDisconnect::failedRevocationStillDisconnectsAndSaysSo()
{
    Test::MemorySecretStore secrets;
    Test::LifecycleFixture fixture(&secrets);
    QVERIFY(fixture.seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    FakeHttpServer broken;
    broken.setHandler("POST", QStringLiteral("/revoke"), [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::text(503, QByteArrayLiteral("down"));
    });
    PlatformRecord record = fixture.provider.record();
    record.revocationEndpoint = broken.url(QStringLiteral("/revoke"));
    record.helpUrl = QUrl(QStringLiteral("https://fake.example/apps"));

    const auto operation = finished(new DisconnectOperation(record, QStringLiteral("user-42"), &secrets,
                                                            &fixture.connections(), &m_network));
    QCOMPARE(operation->error().codeName(), QStringLiteral("none"));
    QVERIFY(operation->revocationError().isError());
    const QString message = operation->revocationError().message;
    QVERIFY2(message.contains(QStringLiteral("Could not revoke at "))
                 && message.contains(QStringLiteral("503"))
                 && message.contains(QStringLiteral("https://fake.example/apps")),
             qPrintable(message));
    QVERIFY2(!fixture.metadata(), "the local disconnect happened");
    QVERIFY(fixture.storedTokens().accessToken.isEmpty());
}

void TestDisconnect::disconnectingTwiceIsHarmless()
{
    Test::MemorySecretStore secrets;
    Test::LifecycleFixture fixture(&secrets);
    QVERIFY(fixture.seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    for (int round = 0; round < 2; ++round) {
        const auto operation
            = finished(new DisconnectOperation(fixture.provider.record(), QStringLiteral("user-42"), &secrets,
                                               &fixture.connections(), &m_network));
        QCOMPARE(operation->error().codeName(), QStringLiteral("none"));
        QCOMPARE(operation->revocationError().codeName(), QStringLiteral("none"));
    }
    QCOMPARE(fixture.provider.revokedTokens().size(), 2); // the second time there was nothing left to revoke
}

void TestDisconnect::lockedKeyringChangesNothing()
{
    Test::MemorySecretStore secrets;
    Test::LifecycleFixture fixture(&secrets);
    QVERIFY(fixture.seed(QDateTime::currentDateTimeUtc().addSecs(3600)));
    secrets.setCondition(Test::MemorySecretStore::Condition::Locked);

    const auto operation = finished(new DisconnectOperation(
        fixture.provider.record(), QStringLiteral("user-42"), &secrets, &fixture.connections(), &m_network));
    QCOMPARE(operation->error().codeName(), QStringLiteral("keyring_locked"));
    secrets.setCondition(Test::MemorySecretStore::Condition::Available);
    QVERIFY2(fixture.metadata(), "metadata kept");
    QVERIFY2(!fixture.storedTokens().accessToken.isEmpty(), "tokens kept");
}

QTEST_GUILESS_MAIN(TestDisconnect)
#include "tst_disconnect.moc"

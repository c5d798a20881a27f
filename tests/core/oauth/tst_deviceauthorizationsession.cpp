// The device authorization grant (RFC 8628) against the suite's fake
// provider over real loopback HTTP, with the provider's poll answers
// scripted: pending, slow_down, denied, expired, success, and every way a
// session must end by itself.
#include "core/oauth/authorizationsession.h"
#include "core/oauth/deviceauthorizationsession.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/logcapture.h"
#include "tests/support/testsecrets.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Plugboard::ErrorCode)

using namespace Plugboard;
using namespace Plugboard::Test;
using Stage = DeviceAuthorizationSession::Stage;
using Response = FakeHttpServer::Response;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30'000;

const QString kPending = QStringLiteral("authorization_pending");
const QString kSlowDown = QStringLiteral("slow_down");
const QString kApprove = QStringLiteral("approve");

} // namespace

class TestDeviceAuthorizationSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pendingThenApproved();
    void slowDownAddsFiveSecondsForGood();
    void deniedOnTheOtherDevice();
    void expiredTokenAnswer();
    void codeExpiresByTheClock();
    void overallTimeout();
    void cancelWhilePolling();
    void brokenDeviceAnswers_data();
    void brokenDeviceAnswers();
    void intervalDefaultsToFiveSeconds();
    void clientSecretBasicAtBothEndpoints();
    void slowPollFailsWithinItsDeadline();
    void recordWithoutDeviceEndpoint();
    void noCodeIsLogged();

private:
    DeviceAuthorizationSession::Request defaultRequest() const;
    DeviceAuthorizationSession* start(const DeviceAuthorizationSession::Request& request);
    DeviceAuthorizationSession* start() { return start(defaultRequest()); }
    void finish(DeviceAuthorizationSession* session, int waitMs = kWaitMs);

    FakeOAuthProvider* m_provider = nullptr;
};

void TestDeviceAuthorizationSession::init()
{
    m_provider = new FakeOAuthProvider;
    QVERIFY(m_provider->server().isListening());
}

void TestDeviceAuthorizationSession::cleanup()
{
    delete m_provider;
}

DeviceAuthorizationSession::Request TestDeviceAuthorizationSession::defaultRequest() const
{
    DeviceAuthorizationSession::Request request;
    request.record = m_provider->record();
    request.clientId = m_provider->clientId();
    request.clientSecret = m_provider->clientSecret();
    request.timeout = 1min;
    return request;
}

DeviceAuthorizationSession*
TestDeviceAuthorizationSession::start(const DeviceAuthorizationSession::Request& request)
{
    auto* session = new DeviceAuthorizationSession(request, this);
    session->setAutoDelete(false); // read after finished(); deleted with the test object
    session->start();
    return session;
}

void TestDeviceAuthorizationSession::finish(DeviceAuthorizationSession* session, int waitMs)
{
    QSignalSpy finished(session, &DeviceAuthorizationSession::finished);
    if (!session->isFinished())
        QVERIFY(finished.wait(waitMs));
}

void TestDeviceAuthorizationSession::pendingThenApproved()
{
    m_provider->setDevicePolls({ kPending, kPending, kApprove });
    DeviceAuthorizationSession* session = start();
    QSignalSpy codeReady(session, &DeviceAuthorizationSession::codeReady);
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
    QCOMPARE(codeReady.count(), 1);
    const auto code = codeReady.first().first().value<DeviceCode>();
    QCOMPARE(code.userCode, FakeOAuthProvider::userCode());
    QCOMPARE(code.verificationUri, m_provider->server().url(QStringLiteral("/activate")));
    QCOMPARE(code.preferredUrl(), code.verificationUriComplete);
    QVERIFY(code.verificationUriComplete.toString().contains(FakeOAuthProvider::userCode()));
    QCOMPARE(code.interval, 1s);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(code.expiresAt) - 600) < 30);

    QCOMPARE(m_provider->devicePollTimes().size(), 3);
    QCOMPARE(session->tokens().accessToken, m_provider->lastAccessToken());
    QCOMPARE(session->tokens().refreshToken, m_provider->lastRefreshToken());
    QCOMPARE(session->tokens().grantedScopes, QStringList { QStringLiteral("read") });
    QCOMPARE(session->identity().accountId, QStringLiteral("user-42"));
    // client_secret_post, and the record's default scope, at the device endpoint.
    const FakeHttpServer::Request asked = m_provider->deviceRequests().first();
    QCOMPARE(asked.form.queryItemValue(QStringLiteral("client_id")), m_provider->clientId());
    QCOMPARE(asked.form.queryItemValue(QStringLiteral("scope")), QStringLiteral("read"));
}

void TestDeviceAuthorizationSession::slowDownAddsFiveSecondsForGood()
{
    // Gaps the provider sees: 1 s, then slow_down → 6 s, and 6 s stays.
    m_provider->setDevicePolls({ kPending, kSlowDown, kPending, kApprove });
    DeviceAuthorizationSession* session = start();
    finish(session, 40'000);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
    QCOMPARE(session->pollInterval(), 6s);
    const QList<qint64> at = m_provider->devicePollTimes();
    QCOMPARE(at.size(), 4);
    QVERIFY2(at[1] - at[0] >= 950 && at[1] - at[0] < 3000, qPrintable(QString::number(at[1] - at[0])));
    // Arrival times at the provider: a poll that arrives late under load
    // makes one gap longer and the next shorter, never both shorter.
    QVERIFY2(at[2] - at[1] >= 5000, qPrintable(QString::number(at[2] - at[1])));
    QVERIFY2(at[3] - at[2] >= 5000, qPrintable(QString::number(at[3] - at[2])));
    QVERIFY2(at[3] - at[1] >= 11'500, qPrintable(QString::number(at[3] - at[1])));
}

void TestDeviceAuthorizationSession::deniedOnTheOtherDevice()
{
    m_provider->setDevicePolls({ kPending, QStringLiteral("access_denied") });
    DeviceAuthorizationSession* session = start();
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, ErrorCode::AccessDenied);
    QVERIFY2(session->error().message.contains(QStringLiteral("declined")),
             qPrintable(session->error().message));
    QVERIFY(session->tokens().accessToken.isEmpty());
    QCOMPARE(m_provider->devicePollTimes().size(), 2); // no poll after the answer
}

void TestDeviceAuthorizationSession::expiredTokenAnswer()
{
    m_provider->setDevicePolls({ QStringLiteral("expired_token") });
    DeviceAuthorizationSession* session = start();
    finish(session);
    QCOMPARE(session->error().code, ErrorCode::Timeout);
    QVERIFY2(session->error().message.contains(QStringLiteral("expired")),
             qPrintable(session->error().message));
    QVERIFY2(session->error().message.contains(QStringLiteral("--device")),
             qPrintable(session->error().message));
}

void TestDeviceAuthorizationSession::codeExpiresByTheClock()
{
    // The platform would keep answering "pending"; the code's own lifetime ends the wait.
    m_provider->setDeviceCodeLifetime(3);
    m_provider->setDeviceInterval(1);
    QElapsedTimer clock;
    clock.start();
    DeviceAuthorizationSession* session = start();
    finish(session);
    QCOMPARE(session->error().code, ErrorCode::Timeout);
    QVERIFY2(session->error().message.contains(QStringLiteral("expired after 3 second")),
             qPrintable(session->error().message));
    // No upper bound on the time: finish() gives up after kWaitMs, and the
    // message says which deadline ended the wait (a bound of a few seconds
    // failed under sanitizers at load 4).
    QVERIFY(clock.elapsed() >= 2900);
}

void TestDeviceAuthorizationSession::overallTimeout()
{
    DeviceAuthorizationSession::Request request = defaultRequest();
    request.timeout = 2500ms;
    QElapsedTimer clock;
    clock.start();
    DeviceAuthorizationSession* session = start(request);
    finish(session);
    QCOMPARE(session->error().code, ErrorCode::Timeout);
    QVERIFY2(session->error().message.contains(QStringLiteral("not approved within")),
             qPrintable(session->error().message));
    QVERIFY(clock.elapsed() >= 2400); // not before the deadline; the message says it was this one
    QCOMPARE(session->remainingTime(), 0ms);
}

void TestDeviceAuthorizationSession::cancelWhilePolling()
{
    DeviceAuthorizationSession* session = start();
    QSignalSpy codeReady(session, &DeviceAuthorizationSession::codeReady);
    QVERIFY(codeReady.wait(kWaitMs));
    QCOMPARE(session->stage(), Stage::WaitingForUser);
    QVERIFY(session->remainingTime() > 50s);
    QSignalSpy finished(session, &DeviceAuthorizationSession::finished);
    session->cancel();
    QCOMPARE(finished.count(), 0); // never inside cancel()
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(session->error(), AuthorizationSession::cancelledError(m_provider->record().name));
    const qsizetype polls = m_provider->devicePollTimes().size();
    QTest::qWait(1500);
    QCOMPARE(m_provider->devicePollTimes().size(), polls); // polling stopped
}

void TestDeviceAuthorizationSession::brokenDeviceAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");
    const QJsonObject good { { QStringLiteral("device_code"), QStringLiteral("x") },
                             { QStringLiteral("user_code"), QStringLiteral("AB-CD") },
                             { QStringLiteral("verification_uri"),
                               QStringLiteral("https://example.test/device") },
                             { QStringLiteral("expires_in"), 600 } };
    const auto without = [&good](const char* key) {
        QJsonObject answer = good;
        answer.remove(QLatin1String(key));
        return QJsonDocument(answer).toJson();
    };
    const auto with = [&good](const char* key, const QJsonValue& value) {
        QJsonObject answer = good;
        answer.insert(QLatin1String(key), value);
        return QJsonDocument(answer).toJson();
    };
    const ErrorCode broken = ErrorCode::ExchangeFailed;
    QTest::newRow("no device_code") << without("device_code") << 200 << broken
                                    << QStringLiteral("no device code");
    QTest::newRow("no user_code") << without("user_code") << 200 << broken
                                  << QStringLiteral("no usable user code");
    QTest::newRow("no verification_uri")
        << without("verification_uri") << 200 << broken << QStringLiteral("https://");
    QTest::newRow("javascript: verification_uri")
        << with("verification_uri", QStringLiteral("javascript:alert(1)")) << 200 << broken
        << QStringLiteral("https://");
    QTest::newRow("plain http complete uri")
        << with("verification_uri_complete", QStringLiteral("http://evil.example/a")) << 200 << broken
        << QStringLiteral("complete verification address");
    QTest::newRow("no expires_in") << without("expires_in") << 200 << broken << QStringLiteral("expires_in");
    QTest::newRow("interval not a number")
        << with("interval", QStringLiteral("soon")) << 200 << broken << QStringLiteral("interval");
    QTest::newRow("web page") << QByteArray("<html>maintenance</html>") << 503 << broken
                              << QStringLiteral("unreadable");
    QTest::newRow("device grant not enabled")
        << QJsonDocument(QJsonObject { { QStringLiteral("error"), QStringLiteral("unauthorized_client") } })
               .toJson()
        << 400 << ErrorCode::InvalidClient << QStringLiteral("--no-browser");
    QTest::newRow("wrong client") << QJsonDocument(QJsonObject { { QStringLiteral("error"),
                                                                   QStringLiteral("invalid_client") } })
                                         .toJson()
                                  << 401 << ErrorCode::InvalidClient << QStringLiteral("client ID");
}

void TestDeviceAuthorizationSession::brokenDeviceAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);
    m_provider->setDeviceAuthorizationOverride(body.startsWith('<') ? Response::text(status, body)
                                                                    : Response::json(status, body));
    DeviceAuthorizationSession* session = start();
    QSignalSpy codeReady(session, &DeviceAuthorizationSession::codeReady);
    finish(session);
    QCOMPARE(session->error().code, code);
    QVERIFY2(session->error().message.contains(says), qPrintable(session->error().message));
    QCOMPARE(codeReady.count(), 0);
    QVERIFY(m_provider->devicePollTimes().isEmpty());
}

void TestDeviceAuthorizationSession::intervalDefaultsToFiveSeconds()
{
    m_provider->setDeviceAuthorizationOverride(Response::json(
        200,
        QJsonObject { { QStringLiteral("device_code"), fakeSecret(QStringLiteral("dc")) },
                      { QStringLiteral("user_code"), QStringLiteral("ABCD") },
                      { QStringLiteral("verification_url"), QStringLiteral("https://example.test/d") },
                      { QStringLiteral("expires_in"), QStringLiteral("900") } }));
    DeviceAuthorizationSession* session = start();
    QSignalSpy codeReady(session, &DeviceAuthorizationSession::codeReady);
    QVERIFY(codeReady.wait(kWaitMs));
    const auto code = codeReady.first().first().value<DeviceCode>();
    QCOMPARE(code.interval, 5s);
    QCOMPARE(session->pollInterval(), 5s);
    QCOMPARE(code.preferredUrl(), QUrl(QStringLiteral("https://example.test/d"))); // Google's spelling
    QVERIFY(!code.verificationUriComplete.isValid());
    QTest::qWait(2000);
    QVERIFY(m_provider->devicePollTimes().isEmpty()); // not before 5 s
    session->cancel();
    finish(session);
}

void TestDeviceAuthorizationSession::clientSecretBasicAtBothEndpoints()
{
    DeviceAuthorizationSession::Request request = defaultRequest();
    request.record.clientAuthentication = ClientAuthentication::ClientSecretBasic;
    m_provider->setDevicePolls({ kApprove });
    DeviceAuthorizationSession* session = start(request);
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
    const FakeHttpServer::Request asked = m_provider->deviceRequests().first();
    QVERIFY(asked.header("authorization").startsWith("Basic "));
    QVERIFY(!asked.body.contains("client_secret"));
    const QList<FakeHttpServer::Request> polls
        = m_provider->server().requests(QStringLiteral("/token"), "POST");
    QCOMPARE(polls.size(), 1);
    QVERIFY(polls.first().header("authorization").startsWith("Basic "));
    QVERIFY(!polls.first().body.contains("client_secret"));
}

void TestDeviceAuthorizationSession::slowPollFailsWithinItsDeadline()
{
    DeviceAuthorizationSession::Request request = defaultRequest();
    request.requestTimeout = 1500ms;
    m_provider->server().setHandler("POST", QStringLiteral("/token"), [](const FakeHttpServer::Request&) {
        Response silent;
        silent.noAnswer = true;
        return silent;
    });
    QElapsedTimer clock;
    clock.start();
    DeviceAuthorizationSession* session = start(request);
    finish(session);
    QCOMPARE(session->error().code, ErrorCode::Timeout);
    QVERIFY2(session->error().message.contains(QStringLiteral("the token request")),
             qPrintable(session->error().message));
    QVERIFY(clock.elapsed() < 8000);
}

void TestDeviceAuthorizationSession::recordWithoutDeviceEndpoint()
{
    DeviceAuthorizationSession::Request request = defaultRequest();
    request.record.deviceAuthorizationEndpoint = QUrl();
    DeviceAuthorizationSession* session = start(request);
    finish(session);
    QCOMPARE(session->error().code, ErrorCode::InvalidArgument);
    QVERIFY(m_provider->deviceRequests().isEmpty());
}

void TestDeviceAuthorizationSession::noCodeIsLogged()
{
    LogCapture log;
    m_provider->setDevicePolls({ kPending, kApprove });
    DeviceAuthorizationSession* session = start();
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
    QVERIFY(!log.messages().isEmpty());
    QVERIFY2(log.messagesContaining(secretMarker()).isEmpty(),
             qPrintable(log.messagesContaining(secretMarker()).join(QLatin1Char('\n'))));
    QVERIFY(log.messagesContaining(FakeOAuthProvider::userCode()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDeviceAuthorizationSession)
#include "tst_deviceauthorizationsession.moc"

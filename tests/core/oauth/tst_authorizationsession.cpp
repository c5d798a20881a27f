// Connects against the suite's fake OAuth provider over real loopback HTTP,
// with FakeBrowser playing the user's browser.
#include "core/oauth/authorizationsession.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/logcapture.h"
#include "tests/support/rawhttpclient.h"
#include "tests/support/testsecrets.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Plugboard;
using namespace Plugboard::Test;
using Stage = AuthorizationSession::Stage;
using Response = FakeHttpServer::Response;

namespace {

constexpr int kWaitMs = 20'000;

} // namespace

class TestAuthorizationSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectsWithJsonTokenAnswer();
    void connectsWithFormEncodedTokenAnswer();
    void deniedConsent();
    void wrongStateIsIgnoredThenRealCallbackWins();
    void strayRequestsDoNotDisturbTheLogin();
    void duplicateCallbackIsTurnedAway();
    void tokenEndpointFailures_data();
    void tokenEndpointFailures();
    void brokenTokenEndpointFailsWithinItsDeadline_data();
    void brokenTokenEndpointFailsWithinItsDeadline();
    void userinfoFailure();
    void cancel();
    void timeout();
    void listenerClosesAfterwards();
    void nothingSecretIsLogged();
    void tokenExchangeProxyGetsTheCodeNeverTheSecret();
    void clientSecretBasicSendsTheSecretInTheHeaderOnly();
    void slowTokenAnswerIsNotBlamedOnTheBrowser();
    void refusedAuthorizationRequestFailsWithinSeconds_data();
    void refusedAuthorizationRequestFailsWithinSeconds();
    void acceptJsonFollowsTheRecord();
    void scopesAreJoinedWithTheRecordsSeparator();

private:
    /// The fake provider's record and app credentials.
    AuthorizationSession::Request defaultRequest() const;
    AuthorizationSession* startSession(const AuthorizationSession::Request& request);
    AuthorizationSession* startSession(std::chrono::milliseconds timeout = std::chrono::minutes(1),
                                       std::chrono::milliseconds requestTimeout = std::chrono::seconds(30));
    /// Waits for the authorization URL, then opens it in the fake browser.
    QUrl openInBrowser(AuthorizationSession* session);
    void finish(AuthorizationSession* session);

    FakeOAuthProvider* m_provider = nullptr;
    FakeBrowser* m_browser = nullptr;
    std::unique_ptr<QSignalSpy> m_urlReady; ///< of the last started session
};

void TestAuthorizationSession::init()
{
    m_provider = new FakeOAuthProvider;
    QVERIFY(m_provider->server().isListening());
    m_browser = new FakeBrowser;
}

void TestAuthorizationSession::cleanup()
{
    m_urlReady.reset();
    delete m_browser;
    delete m_provider;
}

AuthorizationSession::Request TestAuthorizationSession::defaultRequest() const
{
    AuthorizationSession::Request request;
    request.record = m_provider->record();
    request.clientId = m_provider->clientId();
    request.clientSecret = m_provider->clientSecret();
    return request;
}

AuthorizationSession* TestAuthorizationSession::startSession(const AuthorizationSession::Request& request)
{
    auto* session = new AuthorizationSession(request, this);
    session->setAutoDelete(false); // the test reads it after finished(); it goes with the test
    // The URL is announced once the queued start runs.
    m_urlReady = std::make_unique<QSignalSpy>(session, &AuthorizationSession::authorizationUrlReady);
    session->start();
    return session;
}

AuthorizationSession* TestAuthorizationSession::startSession(std::chrono::milliseconds timeout,
                                                             std::chrono::milliseconds requestTimeout)
{
    AuthorizationSession::Request request = defaultRequest();
    request.timeout = timeout;
    request.requestTimeout = requestTimeout;
    return startSession(request);
}

QUrl TestAuthorizationSession::openInBrowser(AuthorizationSession* session)
{
    Q_UNUSED(session)
    if (m_urlReady->isEmpty() && !m_urlReady->wait(kWaitMs))
        return {};
    const QUrl url = m_urlReady->first().first().toUrl();
    m_browser->open(url);
    return url;
}

void TestAuthorizationSession::finish(AuthorizationSession* session)
{
    QSignalSpy finished(session, &AuthorizationSession::finished);
    if (session->stage() != Stage::Succeeded && session->stage() != Stage::Failed)
        QVERIFY(finished.wait(kWaitMs));
}

void TestAuthorizationSession::connectsWithJsonTokenAnswer()
{
    AuthorizationSession* session = startSession();
    QSignalSpy browserDone(m_browser, &FakeBrowser::finished);
    const QUrl url = openInBrowser(session);
    QVERIFY(url.isValid());
    finish(session);

    QCOMPARE(session->stage(), Stage::Succeeded);
    QVERIFY2(!session->error().isError(), qPrintable(session->error().message + m_provider->lastRefusal()));
    // The provider checked the PKCE verifier and redirect URI to get here.
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QCOMPARE(session->tokens().accessToken, m_provider->lastAccessToken());
    QCOMPARE(session->tokens().refreshToken, m_provider->lastRefreshToken());
    QCOMPARE(session->tokens().grantedScopes, QStringList { QStringLiteral("read") });
    QVERIFY(session->tokens().expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
    QCOMPARE(session->identity().accountId, QStringLiteral("user-42"));
    QCOMPARE(session->identity().displayName, QStringLiteral("Fake User"));

    QVERIFY(browserDone.count() == 1 || browserDone.wait(kWaitMs));
    QVERIFY2(m_browser->errorString().isEmpty(), qPrintable(m_browser->errorString()));
    QCOMPARE(m_browser->status(), 200);
    QVERIFY(m_browser->page().contains("Connected to Fake Platform"));
    QVERIFY(m_browser->page().contains("Fake User"));
    // The authorization request carried PKCE S256 and a 256-bit state.
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 43);
    QVERIFY(m_browser->redirectedTo().toString().startsWith(session->redirectUri().toString()));
}

void TestAuthorizationSession::connectsWithFormEncodedTokenAnswer()
{
    m_provider->setTokenFormat(FakeOAuthProvider::TokenFormat::Form);
    AuthorizationSession* session = startSession();
    openInBrowser(session);
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
    QCOMPARE(session->tokens().accessToken, m_provider->lastAccessToken());
}

void TestAuthorizationSession::deniedConsent()
{
    m_provider->setConsent(FakeOAuthProvider::Consent::Deny);
    AuthorizationSession* session = startSession();
    QSignalSpy browserDone(m_browser, &FakeBrowser::finished);
    openInBrowser(session);
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, ErrorCode::AccessDenied);
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("authorization_code")), 0);
    QVERIFY(browserDone.count() == 1 || browserDone.wait(kWaitMs));
    QVERIFY(m_browser->page().contains("Could not connect to Fake Platform"));
}

void TestAuthorizationSession::wrongStateIsIgnoredThenRealCallbackWins()
{
    AuthorizationSession* session = startSession();
    QTRY_COMPARE(m_urlReady->count(), 1);
    QSignalSpy& ready = *m_urlReady;
    const quint16 port = quint16(session->redirectUri().port());
    const RawHttpClient::Answer forged
        = RawHttpClient::get(port, "/callback?code=forged&state=not-the-state");
    QCOMPARE(forged.status(), 400);
    QCOMPARE(session->stage(), Stage::WaitingForBrowser);

    m_browser->open(ready.first().first().toUrl());
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
}

void TestAuthorizationSession::strayRequestsDoNotDisturbTheLogin()
{
    AuthorizationSession* session = startSession();
    QTRY_COMPARE(m_urlReady->count(), 1);
    QSignalSpy& ready = *m_urlReady;
    const quint16 port = quint16(session->redirectUri().port());
    const QHostAddress loopback(QHostAddress::LocalHost);
    QCOMPARE(RawHttpClient::get(port, "/favicon.ico").status(), 404);
    QCOMPARE(RawHttpClient::exchange(loopback, port, { QByteArray("\x16\x03\x01garbage\r\n\r\n") }).status(),
             400);
    // A real request whose headers arrive in three TCP segments still works.
    const QUrl url = ready.first().first().toUrl();
    const RawHttpClient::Answer split = RawHttpClient::exchange(
        loopback, port,
        { "GET /callback?code=c&state=wrong HTTP/1.1\r\n",
          "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n", "User-Agent: split\r\n\r\n" },
        50);
    QCOMPARE(split.status(), 400); // parsed despite the split, refused for its state
    QCOMPARE(session->stage(), Stage::WaitingForBrowser);

    m_browser->open(url);
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
}

void TestAuthorizationSession::duplicateCallbackIsTurnedAway()
{
    AuthorizationSession* session = startSession();
    QSignalSpy browserDone(m_browser, &FakeBrowser::finished);
    openInBrowser(session);
    QVERIFY(browserDone.wait(kWaitMs));
    QCOMPARE(session->stage(), Stage::Succeeded);
    // Replaying the same callback URL finds the listener closed.
    const RawHttpClient::Answer replay = RawHttpClient::exchange(
        QHostAddress(QHostAddress::LocalHost), quint16(session->redirectUri().port()),
        { "GET " + m_browser->redirectedTo().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
          + " HTTP/1.1\r\n\r\n" },
        0, 2000);
    QVERIFY(!replay.connected || replay.status() == 400);
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("authorization_code")), 1);
}

void TestAuthorizationSession::tokenEndpointFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("400 invalid_grant")
        << 400 << QByteArray("application/json") << QByteArray(R"({"error":"invalid_grant"})")
        << ErrorCode::InvalidGrant;
    QTest::newRow("401 invalid_client")
        << 401 << QByteArray("application/json") << QByteArray(R"({"error":"invalid_client"})")
        << ErrorCode::InvalidClient;
    QTest::newRow("500 json") << 500 << QByteArray("application/json") << QByteArray("{}")
                              << ErrorCode::ExchangeFailed;
    QTest::newRow("502 html page") << 502 << QByteArray("text/html") << QByteArray("<html>Bad gateway</html>")
                                   << ErrorCode::ExchangeFailed;
}

void TestAuthorizationSession::tokenEndpointFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, code);
    Response response;
    response.status = status;
    response.headers = { { "Content-Type", contentType } };
    response.body = body;
    m_provider->setTokenOverride(response);
    AuthorizationSession* session = startSession();
    openInBrowser(session);
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, code);
    QVERIFY(session->tokens().accessToken.isEmpty());
}

void TestAuthorizationSession::brokenTokenEndpointFailsWithinItsDeadline_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("neverMentions");
    // Silent: before, the session's browser countdown ended it and blamed the browser.
    QTest::newRow("silent") << QStringLiteral("silent") << ErrorCode::Timeout << QString()
                            << QStringLiteral("browser");
    // One byte at a time: alive, never done, so Qt's inactivity timeout never fires.
    QTest::newRow("trickle") << QStringLiteral("trickle") << ErrorCode::Timeout
                             << QStringLiteral("did not finish answering") << QStringLiteral("browser");
    // A reset used to read "Operation canceled".
    QTest::newRow("reset") << QStringLiteral("reset") << ErrorCode::Network << QString()
                           << QStringLiteral("canceled");
}

void TestAuthorizationSession::brokenTokenEndpointFailsWithinItsDeadline()
{
    QFETCH(QString, behaviour);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    QFETCH(QString, neverMentions);
    Response broken = Response::json(200, QByteArray(200, ' ') + "{}");
    broken.noAnswer = behaviour == QLatin1String("silent");
    broken.trickleMs = behaviour == QLatin1String("trickle") ? 100 : 0;
    broken.reset = behaviour == QLatin1String("reset");
    m_provider->server().setIdleTimeout(60'000);
    m_provider->setTokenOverride(broken);
    AuthorizationSession* session = startSession(std::chrono::minutes(1), std::chrono::milliseconds(1500));
    openInBrowser(session);
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, code);
    QVERIFY2(session->error().message.contains(mentions), qPrintable(session->error().message));
    QVERIFY2(!session->error().message.contains(neverMentions), qPrintable(session->error().message));
}

// The browser answered in time; the platform took longer than the time
// left for the browser. Before, that read "No answer from the browser".
void TestAuthorizationSession::slowTokenAnswerIsNotBlamedOnTheBrowser()
{
    m_provider->setCodeExchangeDelay(1500);
    AuthorizationSession* session = startSession(std::chrono::milliseconds(1000));
    openInBrowser(session);
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
}

void TestAuthorizationSession::refusedAuthorizationRequestFailsWithinSeconds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("unknown client") << 400
                                    << QByteArray("<h1>oops! something went wrong</h1><p>invalid_client</p>")
                                    << ErrorCode::InvalidClient;
    QTest::newRow("google style 401")
        << 401 << QByteArray("<title>Error 401: invalid_client</title>") << ErrorCode::InvalidClient;
    QTest::newRow("unregistered redirect") << 400
                                           << QByteArray("<p>redirect_uri did not match any of the client's "
                                                         "registered redirect_uris</p>")
                                           << ErrorCode::RedirectUriMismatch;
}

// The platform shows its error in the browser and never redirects: the
// session must not count down for minutes.
void TestAuthorizationSession::refusedAuthorizationRequestFailsWithinSeconds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, page);
    QFETCH(ErrorCode, code);
    m_provider->server().setHandler("GET", QStringLiteral("/authorize"),
                                    [status, page](const FakeHttpServer::Request&) {
                                        Response response = Response::text(status, page);
                                        response.headers = { { "Content-Type", "text/html" } };
                                        return response;
                                    });
    AuthorizationSession* session = startSession(std::chrono::minutes(5));
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, code);
    // The URI to register (any port), not this attempt's port.
    QVERIFY2(session->error().message.contains(QStringLiteral("http://127.0.0.1/callback")),
             qPrintable(session->error().message));
    QVERIFY2(!session->error().message.contains(session->redirectUri().toString()),
             qPrintable(session->error().message));
}

void TestAuthorizationSession::acceptJsonFollowsTheRecord()
{
    for (const bool acceptJson : { false, true }) {
        m_provider->server().clearRequests();
        AuthorizationSession::Request request = defaultRequest();
        request.record.tokenAcceptJson = acceptJson;
        AuthorizationSession* session = startSession(request);
        openInBrowser(session);
        finish(session);
        QVERIFY2(session->stage() == Stage::Succeeded, qPrintable(session->error().message));
        const FakeHttpServer::Request token = m_provider->server().requests(QStringLiteral("/token")).first();
        QCOMPARE(token.header("accept") == "application/json", acceptJson);
    }
}

void TestAuthorizationSession::scopesAreJoinedWithTheRecordsSeparator()
{
    AuthorizationSession::Request request = defaultRequest();
    request.record.scopeSeparator = QStringLiteral(",");
    request.scopes = { QStringLiteral("read:user"), QStringLiteral("repo") };
    AuthorizationSession* session = startSession(request);
    QVERIFY(!m_urlReady->isEmpty() || m_urlReady->wait(kWaitMs));
    const QUrlQuery query(m_urlReady->first().first().toUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("read:user,repo"));
    session->cancel();
}

void TestAuthorizationSession::userinfoFailure()
{
    m_provider->setUserinfoStatus(500);
    AuthorizationSession* session = startSession();
    openInBrowser(session);
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, ErrorCode::ExchangeFailed);
    QVERIFY(session->tokens().accessToken.isEmpty()); // nothing half-done is handed out
}

void TestAuthorizationSession::cancel()
{
    AuthorizationSession* session = startSession();
    QTRY_COMPARE(m_urlReady->count(), 1);
    QSignalSpy finished(session, &AuthorizationSession::finished);
    session->cancel();
    QCOMPARE(finished.count(), 0); // from the event loop, never inside the caller's cancel()
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(session->error().code, ErrorCode::Cancelled);
    session->cancel(); // finished() only once
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void TestAuthorizationSession::timeout()
{
    AuthorizationSession* session = startSession(std::chrono::milliseconds(300));
    finish(session);
    QCOMPARE(session->stage(), Stage::Failed);
    QCOMPARE(session->error().code, ErrorCode::Timeout);
}

void TestAuthorizationSession::listenerClosesAfterwards()
{
    AuthorizationSession* session = startSession();
    QTRY_COMPARE(m_urlReady->count(), 1);
    const quint16 port = quint16(session->redirectUri().port());
    QVERIFY(RawHttpClient::get(port, "/favicon.ico").connected);
    session->cancel();
    QTest::qWait(50);
    QVERIFY(!RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), port,
                                     { "GET / HTTP/1.1\r\n\r\n" }, 0, 1000)
                 .connected);
}

void TestAuthorizationSession::nothingSecretIsLogged()
{
    LogCapture capture;
    AuthorizationSession* session = startSession();
    const QUrl url = openInBrowser(session);
    finish(session);
    QCOMPARE(session->stage(), Stage::Succeeded);
    QVERIFY(capture.messages().size() > 0); // logging was on and did say something

    const QUrlQuery query(url);
    const QStringList secrets = {
        secretMarker(), // every token, code and the client secret carry it
        query.queryItemValue(QStringLiteral("state")),
        query.queryItemValue(QStringLiteral("code_challenge")),
        m_provider->clientSecret(),
        m_provider->server()
            .requests(QStringLiteral("/token"))
            .first()
            .form.queryItemValue(QStringLiteral("code_verifier")),
    };
    for (const QString& secret : secrets)
        QVERIFY2(capture.messagesContaining(secret).isEmpty(),
                 qPrintable(capture.messagesContaining(secret).join(u'\n')));
}

void TestAuthorizationSession::tokenExchangeProxyGetsTheCodeNeverTheSecret()
{
    // The team's server: answers with tokens, as it would after adding its secret.
    FakeHttpServer proxy;
    const QString access = fakeSecret(QStringLiteral("proxy-access"));
    proxy.setHandler("POST", QStringLiteral("/exchange"), [&](const FakeHttpServer::Request&) {
        return Response::json(200,
                              QJsonObject { { QStringLiteral("access_token"), access },
                                            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                                            { QStringLiteral("expires_in"), 3600 } });
    });
    m_provider->setAwkwardCodes(false);
    AuthorizationSession::Request request = defaultRequest();
    request.clientSecret.clear(); // the proxy holds it
    request.tokenExchangeProxy = proxy.url(QStringLiteral("/exchange"));
    AuthorizationSession* session = startSession(request);
    QVERIFY(!openInBrowser(session).isEmpty());
    finish(session);
    // userinfo rejects the proxy's token (the fake provider never issued it):
    // what matters here is what reached the proxy and what did not.
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("authorization_code")), 0);
    const QList<FakeHttpServer::Request> exchanges = proxy.requests(QStringLiteral("/exchange"));
    QCOMPARE(exchanges.size(), 1);
    const QUrlQuery& form = exchanges.first().form;
    QVERIFY(!form.queryItemValue(QStringLiteral("code")).isEmpty());
    QVERIFY(form.queryItemValue(QStringLiteral("code_verifier")).size() >= 43);
    QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             session->redirectUri().toString());
    QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));
    QVERIFY(!exchanges.first().hasHeader("authorization"));
}

void TestAuthorizationSession::clientSecretBasicSendsTheSecretInTheHeaderOnly()
{
    AuthorizationSession::Request request = defaultRequest();
    request.record.clientAuthentication = ClientAuthentication::ClientSecretBasic;
    request.record.tokenAcceptJson = true;
    AuthorizationSession* session = startSession(request);
    openInBrowser(session);
    finish(session);
    QVERIFY2(session->stage() == Stage::Succeeded,
             qPrintable(session->error().message + m_provider->lastRefusal()));
    const FakeHttpServer::Request token = m_provider->server().requests(QStringLiteral("/token")).first();
    QVERIFY(token.header("authorization").startsWith("Basic "));
    QCOMPARE(token.header("accept"), QByteArray("application/json"));
    QVERIFY(!token.form.hasQueryItem(QStringLiteral("client_secret")));
}

QTEST_GUILESS_MAIN(TestAuthorizationSession)
#include "tst_authorizationsession.moc"

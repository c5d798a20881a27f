#include "tests/support/fakehttpserver.h"
#include "tests/support/rawhttpclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace Plugboard::Test;

namespace {

RawHttpClient::Answer send(const FakeHttpServer& server, const QList<QByteArray>& chunks, int gapMs = 0)
{
    return RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), server.port(), chunks, gapMs);
}

} // namespace

/// The test HTTP server itself: if it misreads requests, every test built
/// on it proves nothing.
class TestFakeHttpServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopback();
    void parsesRequestSplitAcrossSegments();
    void refusesOversizedRequest_data();
    void refusesOversizedRequest();
    void refusesGarbage_data();
    void refusesGarbage();
    void answersUnknownPathWith404();
    void routesByMethod();
    void closesConnectionThatGetsNoAnswer();
};

void TestFakeHttpServer::listensOnLoopback()
{
    FakeHttpServer server;
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.url(QStringLiteral("/a?b=c")),
             QUrl(QStringLiteral("http://127.0.0.1:%1/a?b=c").arg(server.port())));
}

void TestFakeHttpServer::parsesRequestSplitAcrossSegments()
{
    FakeHttpServer server;
    server.setHandler("POST", QStringLiteral("/token"), [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::json(200, QJsonObject { { QStringLiteral("ok"), true } });
    });
    const QByteArray body = "grant_type=refresh_token&refresh_token=a%2Bb+c%26d&empty=";
    const QList<QByteArray> chunks {
        "POST /tok",
        "en?x=1&y=two+words HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty",
        "pe: application/x-www-form-urlencoded; charset=utf-8\r\nX-Twice: 1\r\nx-twice: 2\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n",
        "\r\n" + body.left(20),
        body.mid(20),
    };
    const RawHttpClient::Answer answer = send(server, chunks, 30);
    QCOMPARE(answer.status(), 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body())[QLatin1String("ok")].toBool(), true);
    QVERIFY(answer.closedByServer);

    QCOMPARE(server.requestCount(), 1);
    const FakeHttpServer::Request request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/token"));
    QCOMPARE(request.target, QByteArray("/token?x=1&y=two+words"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("y"), QUrl::FullyDecoded),
             QStringLiteral("two words"));
    QCOMPARE(request.header("CONTENT-LENGTH"), QByteArray::number(body.size()));
    QCOMPARE(request.header("x-twice"), QByteArray("1, 2"));
    QVERIFY(!request.hasHeader("authorization"));
    QCOMPARE(request.body, body);
    QCOMPARE(request.form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(request.form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded),
             QStringLiteral("a+b c&d"));
    QVERIFY(request.form.hasQueryItem(QStringLiteral("empty")));
    QCOMPARE(server.requests(QStringLiteral("/token"), "POST").size(), 1);
    QCOMPARE(server.requests(QStringLiteral("/token"), "GET").size(), 0);
}

void TestFakeHttpServer::refusesOversizedRequest_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    const QByteArray tooLarge = QByteArray::number(FakeHttpServer::kMaxRequestSize + 1);
    QTest::newRow("declared body too large")
        << QList<QByteArray> { "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: " + tooLarge + "\r\n\r\n" };
    const QByteArray filler(256 * 1024, 'a');
    QList<QByteArray> endlessHead { "GET /x HTTP/1.1\r\nX-Filler: " };
    for (int i = 0; i < 5; ++i)
        endlessHead.append(filler);
    QTest::newRow("head never ends") << endlessHead;
}

void TestFakeHttpServer::refusesOversizedRequest()
{
    QFETCH(QList<QByteArray>, chunks);
    FakeHttpServer server;
    server.setHandler("GET", QStringLiteral("/x"), [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::text(200, "should not get here");
    });
    server.setHandler("POST", QStringLiteral("/x"), [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::text(200, "should not get here");
    });
    const RawHttpClient::Answer answer = send(server, chunks);
    QCOMPARE(answer.status(), 400);
    QVERIFY(answer.closedByServer);
    QCOMPARE(server.requestCount(), 0);
}

void TestFakeHttpServer::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not http") << QByteArray("hello there\r\n\r\n");
    QTest::newRow("tls client hello") << QByteArray::fromHex("160301020001000200030376") + "\r\n";
    QTest::newRow("lowercase method") << QByteArray("get / HTTP/1.1\r\n\r\n");
    QTest::newRow("absolute target") << QByteArray("GET http://evil.example/ HTTP/1.1\r\n\r\n");
    QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("bare line feeds") << QByteArray("GET / HTTP/1.1\nHost: a\n\n");
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("chunked body") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
}

void TestFakeHttpServer::refusesGarbage()
{
    QFETCH(QByteArray, bytes);
    FakeHttpServer server;
    const RawHttpClient::Answer answer = send(server, { bytes });
    QCOMPARE(answer.status(), 400);
    QVERIFY(answer.closedByServer);
    QCOMPARE(server.requestCount(), 0);
}

void TestFakeHttpServer::answersUnknownPathWith404()
{
    FakeHttpServer server;
    server.setHandler("GET", QStringLiteral("/known"), [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::text(200, "known");
    });
    QCOMPARE(RawHttpClient::get(server.port(), "/unknown").status(), 404);
    QCOMPARE(RawHttpClient::get(server.port(), "/known/child").status(), 404);
    const RawHttpClient::Answer known = RawHttpClient::get(server.port(), "/known?with=query");
    QCOMPARE(known.status(), 200);
    QCOMPARE(known.body(), QByteArray("known"));
    QCOMPARE(server.requestCount(), 3); // unmatched requests are recorded too
}

void TestFakeHttpServer::routesByMethod()
{
    FakeHttpServer server;
    server.setHandler("POST", QStringLiteral("/revoke"), [](const FakeHttpServer::Request&) {
        return FakeHttpServer::Response::text(200, QByteArray());
    });
    QCOMPARE(RawHttpClient::get(server.port(), "/revoke").status(), 404);
    const RawHttpClient::Answer posted
        = send(server, { "POST /revoke HTTP/1.1\r\nContent-Length: 0\r\n\r\n" });
    QCOMPARE(posted.status(), 200);
    server.removeHandler("POST", QStringLiteral("/revoke"));
    const RawHttpClient::Answer removed
        = send(server, { "POST /revoke HTTP/1.1\r\nContent-Length: 0\r\n\r\n" });
    QCOMPARE(removed.status(), 404);
}

void TestFakeHttpServer::closesConnectionThatGetsNoAnswer()
{
    FakeHttpServer server;
    server.setIdleTimeout(200);
    server.setHandler("GET", QStringLiteral("/hang"), [](const FakeHttpServer::Request&) {
        FakeHttpServer::Response response;
        response.noAnswer = true;
        return response;
    });
    const RawHttpClient::Answer answer = RawHttpClient::get(server.port(), "/hang");
    QVERIFY(answer.connected);
    QVERIFY(answer.closedByServer);
    QVERIFY(answer.bytes.isEmpty());
    QCOMPARE(server.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestFakeHttpServer)
#include "tst_fakehttpserver.moc"

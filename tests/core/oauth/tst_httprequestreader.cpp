#include "core/oauth/httprequestreader.h"

#include <QTest>

using namespace Plugboard;
using Status = HttpRequestReader::Status;

class TestHttpRequestReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWholeRequest_data();
    void readsWholeRequest();
    void readsRequestInAnySplit();
    void headEndsAtFirstEmptyLine_data();
    void headEndsAtFirstEmptyLine();
    void rejects_data();
    void rejects();
    void capsHeadSize();
};

void TestHttpRequestReader::readsWholeRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::newRow("browser callback")
        << QByteArray(
               "GET /callback?code=a%2Fb&state=xyz HTTP/1.1\r\nHost: 127.0.0.1:5000\r\nAccept: */*\r\n\r\n")
        << QByteArray("GET") << QStringLiteral("/callback") << QStringLiteral("code=a%2Fb&state=xyz");
    QTest::newRow("http 1.0, no headers")
        << QByteArray("GET /cb HTTP/1.0\r\n\r\n") << QByteArray("GET") << QStringLiteral("/cb") << QString();
    QTest::newRow("bare LF line ends") << QByteArray("HEAD /x?y=1 HTTP/1.1\nHost: a\n\n")
                                       << QByteArray("HEAD") << QStringLiteral("/x") << QStringLiteral("y=1");
}

void TestHttpRequestReader::readsWholeRequest()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    HttpRequestReader reader;
    QCOMPARE(reader.feed(request), Status::Complete);
    QCOMPARE(reader.method(), method);
    QCOMPARE(reader.url().path(), path);
    QCOMPARE(reader.url().query(QUrl::FullyEncoded), query);
}

// Qt 6.4's own handler drops a request whose headers arrive in a second
// read; every split point must work here.
void TestHttpRequestReader::readsRequestInAnySplit()
{
    const QByteArray request(
        "GET /callback?code=abc&state=s1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: t\r\n\r\n");
    for (qsizetype split = 1; split < request.size(); ++split) {
        HttpRequestReader reader;
        QCOMPARE(reader.feed(request.left(split)), Status::NeedMore);
        QCOMPARE(reader.feed(request.mid(split)), Status::Complete);
        QCOMPARE(reader.url().path(), QStringLiteral("/callback"));
    }
    HttpRequestReader byteByByte;
    for (qsizetype i = 0; i < request.size() - 1; ++i)
        QCOMPARE(byteByByte.feed(request.mid(i, 1)), Status::NeedMore);
    QCOMPARE(byteByByte.feed(request.right(1)), Status::Complete);
}

// Found by tests/fuzz/fuzz_httprequest: the head ended at the first
// "\r\n\r\n" anywhere, else at the first "\n\n", so a bare-LF blank line
// followed later by a CRLF one gave a different request (here: a second
// Host header) depending on how the bytes arrived; and a blank line written
// "\n\r\n" was never seen. The head ends at the first empty line, however
// its line ends are written, in every split.
void TestHttpRequestReader::headEndsAtFirstEmptyLine_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("LF blank line, later CRLF one")
        << QByteArray("GET /cb HTTP/1.1\nHost: a\n\nHost: b\r\n\r\n") << QByteArray("a");
    QTest::newRow("CRLF header, LF blank line")
        << QByteArray("GET /cb HTTP/1.1\r\nHost: a\r\n\n") << QByteArray("a");
    QTest::newRow("LF header, CRLF blank line")
        << QByteArray("GET /cb HTTP/1.1\nHost: a\n\r\nx") << QByteArray("a");
}

void TestHttpRequestReader::headEndsAtFirstEmptyLine()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, host);
    for (qsizetype split = 1; split <= request.size(); ++split) {
        HttpRequestReader reader;
        reader.feed(request.left(split));
        QCOMPARE(reader.feed(request.mid(split)), Status::Complete);
        QCOMPARE(reader.host(), host);
        QCOMPARE(reader.url().path(), QStringLiteral("/cb"));
    }
}

void TestHttpRequestReader::rejects_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\r\n\r\n", 13);
    QTest::newRow("lower-case method") << QByteArray("get /cb HTTP/1.1\r\n\r\n");
    QTest::newRow("absolute form") << QByteArray("GET http://evil.example/cb?code=1 HTTP/1.1\r\n\r\n");
    QTest::newRow("scheme-relative") << QByteArray("GET //evil.example/cb HTTP/1.1\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /cb\r\n\r\n");
    QTest::newRow("http 2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("extra spaces") << QByteArray("GET  /cb HTTP/1.1\r\n\r\n");
}

void TestHttpRequestReader::rejects()
{
    QFETCH(QByteArray, request);
    HttpRequestReader reader;
    QCOMPARE(reader.feed(request), Status::Invalid);
    QCOMPARE(reader.feed("GET /cb HTTP/1.1\r\n\r\n"), Status::Invalid); // stays rejected
}

void TestHttpRequestReader::capsHeadSize()
{
    HttpRequestReader reader;
    QCOMPARE(reader.feed("GET /cb HTTP/1.1\r\nCookie: "), Status::NeedMore);
    const QByteArray chunk(1024, 'a');
    Status status = Status::NeedMore;
    for (int i = 0; i < 200 && status == Status::NeedMore; ++i)
        status = reader.feed(chunk);
    QCOMPARE(status, Status::TooLarge);

    HttpRequestReader complete;
    const QByteArray big
        = "GET /cb HTTP/1.1\r\nCookie: " + QByteArray(HttpRequestReader::kMaxHeadSize, 'b') + "\r\n\r\n";
    QCOMPARE(complete.feed(big), Status::TooLarge);
}

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "tst_httprequestreader.moc"

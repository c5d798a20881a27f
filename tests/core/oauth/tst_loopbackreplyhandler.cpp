#include "core/oauth/loopbackreplyhandler.h"
#include "tests/support/rawhttpclient.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Plugboard;
using Test::RawHttpClient;

namespace {

const QByteArray kState("9d7SxOq3mKJ8v-2b_Zq1hA");

} // namespace

class TestLoopbackReplyHandler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void redirectUriNamesHostPortAndPath();
    void turnsAwayWithoutCallback_data();
    void turnsAwayWithoutCallback();
    void wrongStateThenRightStateIsAccepted();
    void onlyFirstValidCallbackCounts();
    void decodesValuesFully();
    void holdsBrowserTabUntilResultIsKnown();
    void redirectUriSurvivesClose();
    void refusesBadPath();
    void acceptsPastedAddress();
    void refusesPastedAddress_data();
    void refusesPastedAddress();
    void pastedAddressIsUsedOnce();

private:
    /// The redirect URI of this sign-in with `query` appended.
    QUrl pasted(const QByteArray& query) const
    {
        return QUrl::fromEncoded(m_handler->redirectUri().toEncoded() + '?' + query);
    }
    quint16 port() const { return quint16(m_handler->redirectUri().port()); }

    LoopbackReplyHandler* m_handler = nullptr;
};

void TestLoopbackReplyHandler::init()
{
    m_handler = new LoopbackReplyHandler;
    QVERIFY(m_handler->listen(RedirectRule { QStringLiteral("127.0.0.1"), 0, QStringLiteral("/callback") })
                .hasValue());
    m_handler->expectState(kState);
}

void TestLoopbackReplyHandler::cleanup()
{
    delete m_handler;
    m_handler = nullptr;
}

void TestLoopbackReplyHandler::redirectUriNamesHostPortAndPath()
{
    const QUrl uri = m_handler->redirectUri();
    QCOMPARE(uri.scheme(), QStringLiteral("http"));
    QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(uri.port() > 0);
    QCOMPARE(uri.path(), QStringLiteral("/callback"));
    QCOMPARE(m_handler->callback(), uri.toString());
}

void TestLoopbackReplyHandler::turnsAwayWithoutCallback_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray query = "?code=abc&state=" + kState;
    QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("prefix of path") << QByteArray("GET /callbackx" + query + " HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("root") << QByteArray("GET /" + query + " HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("post") << QByteArray("POST /callback" + query + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                          << 405;
    QTest::newRow("missing state") << QByteArray("GET /callback?code=abc HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("wrong state") << QByteArray("GET /callback?code=abc&state=guess HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("state with extra byte")
        << QByteArray("GET /callback?code=abc&state=" + kState + "x HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two states") << QByteArray("GET /callback" + query + "&state=" + kState
                                              + " HTTP/1.1\r\n\r\n")
                                << 400;
    QTest::newRow("repeated code") << QByteArray("GET /callback" + query + "&code=other HTTP/1.1\r\n\r\n")
                                   << 400;
    QTest::newRow("garbage") << QByteArray("\x00\x01\x02\x03\r\n\r\n", 8) << 400;
}

void TestLoopbackReplyHandler::turnsAwayWithoutCallback()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    const RawHttpClient::Answer answer = RawHttpClient::exchange(
        QHostAddress(QHostAddress::LocalHost), port(), { RawHttpClient::withHost(request, port()) });
    QCOMPARE(answer.status(), status);
    QCOMPARE(callbacks.count(), 0);
    QVERIFY(!m_handler->hasAcceptedCallback());
}

void TestLoopbackReplyHandler::wrongStateThenRightStateIsAccepted()
{
    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    QCOMPARE(RawHttpClient::get(port(), "/callback?code=evil&state=forged").status(), 400);
    QCOMPARE(callbacks.count(), 0);

    connect(m_handler, &LoopbackReplyHandler::callbackReceived, m_handler,
            [this] { m_handler->finishBrowserPage("<p>ok</p>"); });
    QCOMPARE(RawHttpClient::get(port(), "/callback?code=good&state=" + kState).status(), 200);
    QCOMPARE(callbacks.count(), 1);
    QCOMPARE(callbacks.first().first().toMap().value(QStringLiteral("code")).toString(),
             QStringLiteral("good"));
}

void TestLoopbackReplyHandler::onlyFirstValidCallbackCounts()
{
    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    connect(m_handler, &LoopbackReplyHandler::callbackReceived, m_handler,
            [this] { m_handler->finishBrowserPage("<p>ok</p>"); });
    QCOMPARE(RawHttpClient::get(port(), "/callback?code=first&state=" + kState).status(), 200);
    const RawHttpClient::Answer second = RawHttpClient::get(port(), "/callback?code=second&state=" + kState);
    QCOMPARE(second.status(), 400);
    QCOMPARE(callbacks.count(), 1);
    QCOMPARE(callbacks.first().first().toMap().value(QStringLiteral("code")).toString(),
             QStringLiteral("first"));
}

void TestLoopbackReplyHandler::decodesValuesFully()
{
    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    connect(m_handler, &LoopbackReplyHandler::callbackReceived, m_handler,
            [this] { m_handler->finishBrowserPage("<p>ok</p>"); });
    RawHttpClient::get(port(), "/callback?code=4%2F0Ab%2Bc%25d&state=" + kState + "&scope=a+b");
    QCOMPARE(callbacks.count(), 1);
    const QVariantMap values = callbacks.first().first().toMap();
    QCOMPARE(values.value(QStringLiteral("code")).toString(), QStringLiteral("4/0Ab+c%d"));
    QCOMPARE(values.value(QStringLiteral("scope")).toString(), QStringLiteral("a b"));
}

void TestLoopbackReplyHandler::holdsBrowserTabUntilResultIsKnown()
{
    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    QTcpSocket browser;
    browser.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
    QVERIFY(browser.waitForConnected(5000));
    browser.write(
        RawHttpClient::withHost("GET /callback?code=c&state=" + kState + " HTTP/1.1\r\n\r\n", port()));
    QVERIFY(callbacks.wait(5000));

    // The token exchange is still running: the tab gets nothing yet.
    QTest::qWait(200);
    QCOMPARE(browser.bytesAvailable(), 0);
    QCOMPARE(browser.state(), QAbstractSocket::ConnectedState);

    m_handler->finishBrowserPage("<p>Connected as &lt;b&gt;</p>");
    m_handler->finishBrowserPage("<p>a second answer is ignored</p>");
    QSignalSpy closed(&browser, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    const QByteArray answer = browser.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.endsWith("\r\n\r\n<p>Connected as &lt;b&gt;</p>"));
}

void TestLoopbackReplyHandler::redirectUriSurvivesClose()
{
    const QString before = m_handler->callback();
    m_handler->close();
    QVERIFY(!m_handler->isListening());
    QCOMPARE(m_handler->callback(), before);
    QVERIFY(!RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), port(),
                                     { "GET / HTTP/1.1\r\n\r\n" }, 0, 1000)
                 .connected);
}

void TestLoopbackReplyHandler::refusesBadPath()
{
    LoopbackReplyHandler handler;
    QCOMPARE(
        handler.listen(RedirectRule { QStringLiteral("127.0.0.1"), 0, QStringLiteral("/") }).error().code,
        ErrorCode::InvalidArgument);
    QCOMPARE(
        handler.listen(RedirectRule { QStringLiteral("192.168.1.1"), 0, QStringLiteral("/cb") }).error().code,
        ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestLoopbackReplyHandler)
#include "tst_loopbackreplyhandler.moc"

void TestLoopbackReplyHandler::acceptsPastedAddress()
{
    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    QVERIFY(m_handler->acceptPastedAddress(pasted("code=4%2F0Ab%2Bc&state=" + kState + "&iss=x")).hasValue());
    QCOMPARE(callbacks.count(), 1);
    const QVariantMap values = callbacks.first().first().toMap();
    QCOMPARE(values.value(QStringLiteral("code")).toString(), QStringLiteral("4/0Ab+c"));
    QVERIFY(m_handler->hasAcceptedCallback());
    m_handler->finishBrowserPage("<p>no tab is waiting; nothing to answer</p>");

    // The browser cannot come back after the pasted answer.
    QCOMPARE(RawHttpClient::get(port(), "/callback?code=late&state=" + kState).status(), 400);
    QCOMPARE(callbacks.count(), 1);
}

void TestLoopbackReplyHandler::refusesPastedAddress_data()
{
    // Each row changes one part of an otherwise valid pasted address.
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ErrorCode>("code");
    const QString state = QString::fromLatin1(kState);
    QTest::newRow("wrong state") << "query"
                                 << "code=c&state=forged" << ErrorCode::StateMismatch;
    QTest::newRow("no state") << "query"
                              << "code=c" << ErrorCode::StateMismatch;
    QTest::newRow("two states") << "query" << QString(u"code=c&state=" + state + u"&state=" + state)
                                << ErrorCode::StateMismatch;
    QTest::newRow("repeated code") << "query" << QString(u"code=c&code=d&state=" + state)
                                   << ErrorCode::StateMismatch;
    QTest::newRow("other path") << "path"
                                << "/other" << ErrorCode::InvalidArgument;
    QTest::newRow("other port") << "port"
                                << "1" << ErrorCode::InvalidArgument;
    QTest::newRow("other host") << "host"
                                << "evil.example" << ErrorCode::InvalidArgument;
    QTest::newRow("https") << "scheme"
                           << "https" << ErrorCode::InvalidArgument;
    QTest::newRow("not an address") << "whole"
                                    << "garbage" << ErrorCode::InvalidArgument;
    QTest::newRow("empty") << "whole"
                           << "" << ErrorCode::InvalidArgument;
}

void TestLoopbackReplyHandler::refusesPastedAddress()
{
    QFETCH(QString, part);
    QFETCH(QString, value);
    QFETCH(ErrorCode, code);
    QUrl url = pasted("code=c&state=" + kState);
    if (part == QLatin1String("query"))
        url.setQuery(value);
    else if (part == QLatin1String("path"))
        url.setPath(value);
    else if (part == QLatin1String("port"))
        url.setPort(value.toInt());
    else if (part == QLatin1String("host"))
        url.setHost(value);
    else if (part == QLatin1String("scheme"))
        url.setScheme(value);
    else
        url = QUrl(value);

    QSignalSpy callbacks(m_handler, &LoopbackReplyHandler::callbackReceived);
    const Result<void> accepted = m_handler->acceptPastedAddress(url);
    QVERIFY(!accepted.hasValue());
    QCOMPARE(accepted.error().code, code);
    QVERIFY(!accepted.error().message.isEmpty());
    QCOMPARE(callbacks.count(), 0);
    // Still waiting: the right address is accepted afterwards.
    QVERIFY(m_handler->acceptPastedAddress(pasted("code=c&state=" + kState)).hasValue());
}

void TestLoopbackReplyHandler::pastedAddressIsUsedOnce()
{
    QVERIFY(m_handler->acceptPastedAddress(pasted("code=c&state=" + kState)).hasValue());
    const Result<void> again = m_handler->acceptPastedAddress(pasted("code=c&state=" + kState));
    QVERIFY(!again.hasValue());
    QVERIFY(again.error().message.contains(QStringLiteral("already")));
}

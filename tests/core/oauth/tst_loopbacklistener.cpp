#include "core/oauth/loopbacklistener.h"
#include "tests/support/rawhttpclient.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Plugboard;
using Test::RawHttpClient;

class TestLoopbackListener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listensOnLoopbackOnly();
    void refusesOtherHosts();
    void answersWhenOwnerResponds();
    void readsHeadersSplitAcrossSegments();
    void answersGarbageWith400AndKeepsServing();
    void answersOversizedHeadWith431();
    void answersSlowClientWith408();
    void localhostBindsBothLoopbacks();
    void answerArrivesWhenListenerGoesRightAway();
    void turnsAwayForeignHosts_data();
    void turnsAwayForeignHosts();
    void slowClientsCannotLockOutTheBrowser();
    void requestFinishedAfterCloseIsJudgedByItsOwnHost();

private:
    void respondToEverything(int status, const QByteArray& body);

    LoopbackListener* m_listener = nullptr;
};

void TestLoopbackListener::init()
{
    m_listener = new LoopbackListener;
    QVERIFY(m_listener->listen(QStringLiteral("127.0.0.1"), 0).hasValue());
    QVERIFY(m_listener->port() != 0);
}

void TestLoopbackListener::cleanup()
{
    delete m_listener;
    m_listener = nullptr;
}

void TestLoopbackListener::respondToEverything(int status, const QByteArray& body)
{
    connect(m_listener, &LoopbackListener::requestReceived, m_listener,
            [this, status, body](quint64 id, const QByteArray&, const QUrl&) {
                m_listener->respond(id, status, body);
            });
}

void TestLoopbackListener::listensOnLoopbackOnly()
{
    respondToEverything(200, "ok");
    QCOMPARE(RawHttpClient::get(m_listener->port(), "/x").status(), 200);

    // Every non-loopback address of this machine must refuse the connection.
    int tried = 0;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress& address : addresses) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ++tried;
        const RawHttpClient::Answer answer = RawHttpClient::exchange(
            address, m_listener->port(),
            { RawHttpClient::withHost("GET /x HTTP/1.1\r\n\r\n", m_listener->port()) }, 0, 2000);
        QVERIFY2(!answer.connected, qPrintable(address.toString()));
    }
    qInfo("tried %d non-loopback addresses", tried);
}

void TestLoopbackListener::refusesOtherHosts()
{
    LoopbackListener listener;
    const Result<void> result = listener.listen(QStringLiteral("0.0.0.0"), 0);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::answersWhenOwnerResponds()
{
    QSignalSpy received(m_listener, &LoopbackListener::requestReceived);
    respondToEverything(200, "<p>done</p>");
    const RawHttpClient::Answer answer = RawHttpClient::get(m_listener->port(), "/callback?code=1");
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().at(1).toByteArray(), QByteArray("GET"));
    QCOMPARE(received.first().at(2).toUrl().path(), QStringLiteral("/callback"));
    QCOMPARE(answer.status(), 200);
    QCOMPARE(answer.body(), QByteArray("<p>done</p>"));
    QVERIFY(answer.bytes.contains("Cache-Control: no-store"));
    QVERIFY(answer.closedByServer);
}

void TestLoopbackListener::readsHeadersSplitAcrossSegments()
{
    respondToEverything(200, "ok");
    const RawHttpClient::Answer answer = RawHttpClient::exchange(
        QHostAddress(QHostAddress::LocalHost), m_listener->port(),
        { "GET /callback?code=1&state=2 HTTP/1.1\r\n",
          "Host: 127.0.0.1:" + QByteArray::number(m_listener->port()) + "\r\nUser-Agent: split\r\n", "\r\n" },
        100);
    QCOMPARE(answer.status(), 200);
}

void TestLoopbackListener::answersGarbageWith400AndKeepsServing()
{
    QSignalSpy received(m_listener, &LoopbackListener::requestReceived);
    respondToEverything(200, "ok");
    const RawHttpClient::Answer garbage
        = RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), m_listener->port(),
                                  { QByteArray("\x16\x03\x01\x00\xa5\x01\r\n\r\n", 10) });
    QCOMPARE(garbage.status(), 400);
    QCOMPARE(received.count(), 0);
    QCOMPARE(RawHttpClient::get(m_listener->port(), "/after").status(), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackListener::answersOversizedHeadWith431()
{
    QSignalSpy received(m_listener, &LoopbackListener::requestReceived);
    const QByteArray huge = "GET /callback HTTP/1.1\r\nCookie: " + QByteArray(200 * 1024, 'c') + "\r\n\r\n";
    const RawHttpClient::Answer answer
        = RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), m_listener->port(), { huge });
    QCOMPARE(answer.status(), 431);
    QCOMPARE(received.count(), 0);
}

void TestLoopbackListener::answersSlowClientWith408()
{
    m_listener->setReadTimeout(200);
    QSignalSpy received(m_listener, &LoopbackListener::requestReceived);
    // Never finishes its headers: the listener must not wait forever.
    const RawHttpClient::Answer answer
        = RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), m_listener->port(),
                                  { "GET /callback HTTP/1.1\r\nHost: a\r\n" });
    QCOMPARE(answer.status(), 408);
    QVERIFY(answer.closedByServer);
    QCOMPARE(received.count(), 0);
}

void TestLoopbackListener::localhostBindsBothLoopbacks()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("localhost"), 0).hasValue());
    connect(&listener, &LoopbackListener::requestReceived, &listener,
            [&listener](quint64 id, const QByteArray&, const QUrl&) { listener.respond(id, 200, "ok"); });
    const QByteArray port = QByteArray::number(listener.port());
    QCOMPARE(RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), listener.port(),
                                     { "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n" })
                 .status(),
             200);
    const RawHttpClient::Answer v6
        = RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHostIPv6), listener.port(),
                                  { "GET / HTTP/1.1\r\nHost: [::1]:" + port + "\r\n\r\n" }, 0, 2000);
    // Machines without IPv6 loopback still serve 127.0.0.1 above.
    if (v6.connected)
        QCOMPARE(v6.status(), 200);
}

// The CLI exits, and the window deletes the sign-in, as soon as the
// connection is stored: the answer must already be on its way by then.
void TestLoopbackListener::answerArrivesWhenListenerGoesRightAway()
{
    const QByteArray page = "<p>" + QByteArray(4000, 'x') + "</p>";
    connect(m_listener, &LoopbackListener::requestReceived, this,
            [this, page](quint64 id, const QByteArray&, const QUrl&) {
                m_listener->respond(id, 200, page);
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        delete m_listener;
                        m_listener = nullptr;
                    },
                    Qt::QueuedConnection);
            });
    const RawHttpClient::Answer answer = RawHttpClient::get(m_listener->port(), "/callback?code=1");
    QVERIFY(answer.connected);
    QCOMPARE(answer.status(), 200);
    QCOMPARE(answer.body(), page);
    QVERIFY(answer.closedByServer);
    QCOMPARE(m_listener, nullptr);
}

void TestLoopbackListener::turnsAwayForeignHosts_data()
{
    QTest::addColumn<QByteArray>("hostLines");
    QTest::addColumn<int>("status");
    QTest::newRow("rebinding page") << QByteArray("Host: attacker.example\r\n") << 421;
    QTest::newRow("rebinding page with our port") << QByteArray("Host: attacker.example:PORT\r\n") << 421;
    QTest::newRow("no port") << QByteArray("Host: 127.0.0.1\r\n") << 421;
    QTest::newRow("other port") << QByteArray("Host: 127.0.0.1:1\r\n") << 421;
    QTest::newRow("no host") << QByteArray() << 421;
    QTest::newRow("two hosts") << QByteArray("Host: 127.0.0.1:PORT\r\nHost: attacker.example\r\n") << 400;
    QTest::newRow("ours") << QByteArray("Host: 127.0.0.1:PORT\r\n") << 200;
    QTest::newRow("ours, any case") << QByteArray("HOST: LocalHost:PORT\r\n") << 200;
}

void TestLoopbackListener::turnsAwayForeignHosts()
{
    QFETCH(QByteArray, hostLines);
    QFETCH(int, status);
    QSignalSpy received(m_listener, &LoopbackListener::requestReceived);
    respondToEverything(200, "ok");
    hostLines.replace("PORT", QByteArray::number(m_listener->port()));
    const RawHttpClient::Answer answer
        = RawHttpClient::exchange(QHostAddress(QHostAddress::LocalHost), m_listener->port(),
                                  { "GET /callback?code=1&state=2 HTTP/1.1\r\n" + hostLines + "\r\n" });
    QCOMPARE(answer.status(), status);
    QCOMPARE(received.count(), status == 200 ? 1 : 0);
}

// Sixteen connections that trickle a request (or never send one) fill every
// slot; the browser's redirect must still be answered.
void TestLoopbackListener::slowClientsCannotLockOutTheBrowser()
{
    respondToEverything(200, "ok");
    QList<QTcpSocket*> slow;
    for (int i = 0; i < LoopbackListener::kMaxConnections + 4; ++i) {
        auto* socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_listener->port());
        QVERIFY(socket->waitForConnected(2000));
        socket->write("GET /callback?co");
        socket->flush();
        slow.append(socket);
    }
    QTest::qWait(200); // the listener accepts them all
    const RawHttpClient::Answer browser = RawHttpClient::get(m_listener->port(), "/callback?code=1");
    QCOMPARE(browser.status(), 200);
    qDeleteAll(slow);
}

// close() stops accepting, but a client already connected may still be
// sending its request (a browser's redirect split over segments). Its Host
// names the port the listener had: it must be read as this listener's own,
// not turned away as misdirected (421) because no port is bound any more.
// Found by tst_realpeers_hostile: split requests cut by the sign-in's end.
void TestLoopbackListener::requestFinishedAfterCloseIsJudgedByItsOwnHost()
{
    QSignalSpy received(m_listener, &LoopbackListener::requestReceived);
    respondToEverything(200, "ok");
    const quint16 port = m_listener->port();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /callback?code=1&state=2 HTTP/1.1\r\n");
    socket.flush();
    QTest::qWait(100); // accepted, request incomplete
    m_listener->close();
    socket.write("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    socket.flush();
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.waitForReadyRead(50), 2000);
    QVERIFY2(socket.readAll().startsWith("HTTP/1.1 200"),
             "the request was not answered as this listener's own");
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"

// org.plugboard.Plugboard1 end to end: the real desktop app serves it in the
// suite's private session bus, with the private keyring; this test is the
// other application (gdbus a third one); the fake provider on loopback
// issues and renews tokens; plugboard-cli makes and removes connections.
#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"
#include "tests/cli/clisteps.h"
#include "tests/dbus/busclient.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kConnection = QStringLiteral("fake/user-42");
const QString kErrorPrefix = QStringLiteral("org.plugboard.Plugboard1.Error.");

QVariantMap nonInteractive()
{
    return { { QStringLiteral("interactive"), false } };
}

QList<QVariantMap> listing(const QDBusMessage& reply)
{
    QList<QVariantMap> list;
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        reply.arguments().constFirst().value<QDBusArgument>() >> list;
    return list;
}

/// gdbus: a second executable calling the service.
Run gdbus(const QString& method, const QStringList& arguments)
{
    QStringList call {
        QStringLiteral("call"),          QStringLiteral("--session"),
        QStringLiteral("--dest"),        QStringLiteral("org.plugboard.Plugboard1"),
        QStringLiteral("--object-path"), QStringLiteral("/org/plugboard/Plugboard1"),
        QStringLiteral("--method"),      QStringLiteral("org.plugboard.Plugboard1.") + method
    };
    return CliProcess::run(QStringLiteral("gdbus"), call + arguments);
}

} // namespace

/// Counts ConnectionsChanged signals.
class SignalCounter final : public QObject
{
    Q_OBJECT

public:
    int count = 0;

public Q_SLOTS:
    void onChanged() { ++count; }
};

class TestDBusService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listsConnectionsTheCliMade();
    void noGrantNoPromptIsAccessDenied();
    void grantedAppGetsAWorkingTokenUntilRevoked();
    void renewalIsSharedWithTheCli();
    void secretsBelongToOneApplication();
    void connectionsChangedFollowsTheCli();
    void badArgumentsAreInvalidArgument_data();
    void badArgumentsAreInvalidArgument();
    void unknownConnectionIsNamed();

private:
    std::unique_ptr<FakeOAuthProvider> m_provider;
    QProcess m_app;
    std::unique_ptr<BusClient> m_client;
};

void TestDBusService::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    qDBusRegisterMetaType<QList<QVariantMap>>();
    m_provider = std::make_unique<FakeOAuthProvider>();
    const Run add = CliSteps::addProvider(kFake, *m_provider);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run credentials = CliSteps::setCredentials(kFake, *m_provider);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));
    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));

    m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app.start(QStringLiteral(PLUGBOARD_GUI_PATH), { QStringLiteral("--minimized") });
    QVERIFY(m_app.waitForStarted());
    QVERIFY2(BusClient::waitForService(20000), "the app took the bus name");
    m_client = std::make_unique<BusClient>();
}

void TestDBusService::cleanupTestCase()
{
    m_client.reset();
    if (m_app.state() != QProcess::NotRunning) {
        m_app.terminate();
        if (!m_app.waitForFinished(10000))
            m_app.kill();
    }
    CliSteps::forgetEverything();
}

void TestDBusService::listsConnectionsTheCliMade()
{
    const QDBusMessage reply = m_client->call(QStringLiteral("ListConnections"));
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(reply.signature(), QStringLiteral("aa{sv}"));
    const QList<QVariantMap> list = listing(reply);
    QCOMPARE(list.size(), 1);
    const QVariantMap only = list.first();
    QCOMPARE(only.value(QStringLiteral("id")).toString(), kConnection);
    QCOMPARE(only.value(QStringLiteral("platform")).toString(), kFake);
    QCOMPARE(only.value(QStringLiteral("account")).toString(), QStringLiteral("Fake User"));
    QCOMPARE(only.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QVERIFY(!only.value(QStringLiteral("scopes")).toStringList().isEmpty());
    QVERIFY(only.value(QStringLiteral("expires_at")).toLongLong() > QDateTime::currentSecsSinceEpoch());
    QCOMPARE(only.keys().size(), 6); // metadata only: no token of any kind
}

void TestDBusService::noGrantNoPromptIsAccessDenied()
{
    QElapsedTimer answeredIn;
    answeredIn.start();
    const QDBusMessage reply = m_client->token(kConnection, nonInteractive());
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), kErrorPrefix + QStringLiteral("AccessDenied"));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("grants allow")), qPrintable(reply.errorMessage()));
    QVERIFY2(answeredIn.elapsed() < 10000, "refused at once, without a prompt");
}

void TestDBusService::grantedAppGetsAWorkingTokenUntilRevoked()
{
    const QString self = BusClient::ownExecutable();
    const Run allow = CliSteps::run({ QStringLiteral("grants"), QStringLiteral("allow"), self, kConnection });
    QVERIFY2(allow.exitCode == 0, qPrintable(allow.err));

    const QDBusMessage reply = m_client->token(kConnection, nonInteractive());
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(reply.signature(), QStringLiteral("sxas"));
    QCOMPARE(reply.arguments().at(0).toString(), m_provider->lastAccessToken());
    QVERIFY(reply.arguments().at(1).toLongLong() > QDateTime::currentSecsSinceEpoch());
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0);

    // The hand-out is recorded in the grant.
    QTRY_VERIFY_WITH_TIMEOUT(
        CliSteps::run({ QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--json") })
            .out.contains(QStringLiteral("\"uses\": 1")),
        10000);
    // And in the audit trail, naming the application that took it.
    QTRY_VERIFY_WITH_TIMEOUT(
        CliSteps::run(
            { QStringLiteral("audit"), QStringLiteral("--event"), QStringLiteral("token.handed_out") })
            .out.contains(kConnection + QStringLiteral("  dbus:") + self + QStringLiteral("  ok")),
        10000);

    const Run revoke = CliSteps::run({ QStringLiteral("grants"), QStringLiteral("revoke"), self });
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
    const QDBusMessage refused = m_client->token(kConnection, nonInteractive());
    QCOMPARE(refused.errorName(), kErrorPrefix + QStringLiteral("AccessDenied"));
}

void TestDBusService::renewalIsSharedWithTheCli()
{
    const QString self = BusClient::ownExecutable();
    QCOMPARE(CliSteps::run({ QStringLiteral("grants"), QStringLiteral("allow"), self, kConnection }).exitCode,
             0);
    // Expired in the keyring and in the metadata, as time leaves them: the
    // app's memory of the last hand-out holds only while the metadata agrees.
    const QDateTime expired = QDateTime::currentDateTimeUtc().addSecs(-5);
    QVERIFY(CliSteps::setTokenExpiry(kFake, QStringLiteral("user-42"), expired));
    ConnectionStore connections;
    QVERIFY(connections.load());
    std::optional<Connection> stored = connections.connection(kConnection);
    QVERIFY(stored);
    stored->expiresAt = expired;
    QVERIFY(connections.upsert(*stored));
    const int renewalsBefore = m_provider->tokenRequestCount(QStringLiteral("refresh_token"));
    m_provider->setRefreshDelay(400); // both callers arrive while the first renewal runs

    QProcess cli;
    QSignalSpy cliDone(&cli, &QProcess::finished);
    cli.start(QStringLiteral(PLUGBOARD_CLI_PATH), { QStringLiteral("token"), kConnection });
    const QDBusMessage reply = m_client->token(kConnection, nonInteractive());
    QVERIFY(!cliDone.isEmpty() || cliDone.wait(30000));
    m_provider->setRefreshDelay(0);

    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), renewalsBefore + 1);
    QCOMPARE(reply.arguments().at(0).toString(), m_provider->lastAccessToken());
    QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()).trimmed(), m_provider->lastAccessToken());
    QVERIFY2(m_provider->lastRefusal().isEmpty(), qPrintable(m_provider->lastRefusal()));
}

void TestDBusService::secretsBelongToOneApplication()
{
    const QString value = secretMarker() + QStringLiteral("-app-secret");
    const QDBusMessage set
        = m_client->call(QStringLiteral("SetSecret"), { QStringLiteral("api/key"), value });
    QVERIFY2(set.type() == QDBusMessage::ReplyMessage, qPrintable(set.errorMessage()));
    const QDBusMessage get = m_client->call(QStringLiteral("GetSecret"), { QStringLiteral("api/key") });
    QCOMPARE(get.arguments().value(0).toString(), value);
    QCOMPARE(m_client->call(QStringLiteral("HasSecret"), { QStringLiteral("api/key") }).arguments().value(0),
             QVariant(true));

    // Another executable asks for the same key: it has none.
    const Run otherHas = gdbus(QStringLiteral("HasSecret"), { QStringLiteral("api/key") });
    QVERIFY2(otherHas.exitCode == 0, qPrintable(otherHas.err));
    QCOMPARE(otherHas.out.trimmed(), QStringLiteral("(false,)"));
    const Run otherGet = gdbus(QStringLiteral("GetSecret"), { QStringLiteral("api/key") });
    QVERIFY(otherGet.exitCode != 0);
    QVERIFY2(otherGet.err.contains(kErrorPrefix + QStringLiteral("UnknownSecret")), qPrintable(otherGet.err));
    QVERIFY(!otherGet.out.contains(value) && !otherGet.err.contains(value));
    // …and what it stores does not touch ours.
    QCOMPARE(
        gdbus(QStringLiteral("SetSecret"), { QStringLiteral("api/key"), QStringLiteral("theirs") }).exitCode,
        0);
    QCOMPARE(m_client->call(QStringLiteral("GetSecret"), { QStringLiteral("api/key") })
                 .arguments()
                 .value(0)
                 .toString(),
             value);

    QCOMPARE(m_client->call(QStringLiteral("DeleteSecret"), { QStringLiteral("api/key") }).type(),
             QDBusMessage::ReplyMessage);
    QCOMPARE(m_client->call(QStringLiteral("HasSecret"), { QStringLiteral("api/key") }).arguments().value(0),
             QVariant(false));
    QCOMPARE(gdbus(QStringLiteral("GetSecret"), { QStringLiteral("api/key") }).out.trimmed(),
             QStringLiteral("('theirs',)"));
}

void TestDBusService::connectionsChangedFollowsTheCli()
{
    SignalCounter counter;
    QVERIFY(m_client->bus().connect(QStringLiteral("org.plugboard.Plugboard1"),
                                    QStringLiteral("/org/plugboard/Plugboard1"),
                                    QStringLiteral("org.plugboard.Plugboard1"),
                                    QStringLiteral("ConnectionsChanged"), &counter, SLOT(onChanged())));
    m_provider->setAccount(QStringLiteral("user-43"), QStringLiteral("Second Account"));
    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    QTRY_VERIFY_WITH_TIMEOUT(counter.count >= 1, 10000);
    QCOMPARE(listing(m_client->call(QStringLiteral("ListConnections"))).size(), 2);

    const int afterConnect = counter.count;
    const Run disconnect = CliSteps::run({ QStringLiteral("disconnect"), QStringLiteral("fake/user-43") });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    QTRY_VERIFY_WITH_TIMEOUT(counter.count > afterConnect, 10000);
    QCOMPARE(listing(m_client->call(QStringLiteral("ListConnections"))).size(), 1);
}

void TestDBusService::badArgumentsAreInvalidArgument_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QVariantList>("arguments");
    const QVariantMap none;
    QTest::newRow("wrong signature") << QStringLiteral("GetAccessToken")
                                     << QVariantList { kConnection, kConnection };
    QTest::newRow("missing options") << QStringLiteral("GetAccessToken") << QVariantList { kConnection };
    QTest::newRow("empty connection")
        << QStringLiteral("GetAccessToken") << QVariantList { QString(), QVariant(none) };
    QTest::newRow("huge connection") << QStringLiteral("GetAccessToken")
                                     << QVariantList { QString(100000, QLatin1Char('x')), QVariant(none) };
    QTest::newRow("unknown option") << QStringLiteral(
        "GetAccessToken") << QVariantList { kConnection, QVariantMap { { QStringLiteral("force"), true } } };
    QTest::newRow("min_validity as text")
        << QStringLiteral("GetAccessToken")
        << QVariantList { kConnection,
                          QVariantMap { { QStringLiteral("min_validity"), QStringLiteral("60") } } };
    QTest::newRow("interactive as number")
        << QStringLiteral("GetAccessToken")
        << QVariantList { kConnection, QVariantMap { { QStringLiteral("interactive"), 0 } } };
    QTest::newRow("empty platform") << QStringLiteral("Authorize")
                                    << QVariantList { QString(), QStringList(), QVariant(none) };
    QTest::newRow("empty scope") << QStringLiteral("Authorize")
                                 << QVariantList { kFake, QStringList { QString() }, QVariant(none) };
    QTest::newRow("empty key") << QStringLiteral("GetSecret") << QVariantList { QString() };
    QTest::newRow("huge key") << QStringLiteral("SetSecret")
                              << QVariantList { QString(300, QLatin1Char('k')), QStringLiteral("v") };
    QTest::newRow("huge value") << QStringLiteral("SetSecret")
                                << QVariantList { QStringLiteral("k"), QString(70000, QLatin1Char('v')) };
    QTest::newRow("secret as number")
        << QStringLiteral("SetSecret") << QVariantList { QStringLiteral("k"), 7 };
}

void TestDBusService::badArgumentsAreInvalidArgument()
{
    QFETCH(QString, method);
    QFETCH(QVariantList, arguments);
    const QDBusMessage reply = m_client->call(method, arguments);
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), kErrorPrefix + QStringLiteral("InvalidArgument"));
    QVERIFY(!reply.errorMessage().isEmpty());
    // The service is still there and answers.
    QCOMPARE(m_client->call(QStringLiteral("ListConnections")).type(), QDBusMessage::ReplyMessage);
}

void TestDBusService::unknownConnectionIsNamed()
{
    const QDBusMessage reply = m_client->token(QStringLiteral("fake/nobody"), nonInteractive());
    QCOMPARE(reply.errorName(), kErrorPrefix + QStringLiteral("UnknownConnection"));
    QVERIFY(reply.errorMessage().contains(QStringLiteral("fake/nobody")));
}

QTEST_GUILESS_MAIN(TestDBusService)
#include "tst_dbusservice.moc"

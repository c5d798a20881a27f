// Self-hosted servers from templates through plugboard-cli: the mastodon
// template added for two servers on loopback gives two platforms, each with
// the app credentials its own server issued when Plugboard registered
// itself, each connecting to its own server; wrong values and a server that
// refuses to register leave nothing behind.
#include "core/applicationinfo.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeapikeyserver.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

QString serverAddress(FakeOAuthProvider& server)
{
    return server.server().url(QStringLiteral("/")).toString();
}

Run addServer(const QString& id, const QString& from, const QStringList& parameters)
{
    QStringList arguments { QStringLiteral("providers"), QStringLiteral("add"), id,
                            QStringLiteral("--template"), from };
    for (const QString& parameter : parameters)
        arguments << QStringLiteral("--param") << parameter;
    return CliSteps::run(arguments);
}

QJsonObject platformIn(const QString& json, const QString& id)
{
    const QJsonArray all = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& platform : all) {
        if (platform[QLatin1String("id")].toString() == id)
            return platform.toObject();
    }
    return {};
}

} // namespace

class TestCliTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void listsTheTemplates();
    void twoMastodonServersConnectIndependently();
    void twoAtlassianSitesTakeTheirOwnKeys();
    void wrongValuesAddNothing_data();
    void wrongValuesAddNothing();
    void serverThatRefusesToRegisterAddsNothing();
    void manualTemplateSaysWhatToRegister();
};

void TestCliTemplates::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliTemplates::cleanup()
{
    CliSteps::forgetEverything();
}

void TestCliTemplates::listsTheTemplates()
{
    const Run run = CliSteps::run(
        { QStringLiteral("providers"), QStringLiteral("--templates"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const char* id : { "atlassian-site", "gitlab-self-managed", "gitea", "keycloak", "mastodon" }) {
        const QJsonObject found = platformIn(run.out, QString::fromLatin1(id));
        QVERIFY2(!found.isEmpty(), id);
        QCOMPARE(found[QLatin1String("parameters")][0][QLatin1String("name")].toString(),
                 QStringLiteral("instance_url"));
    }
    QCOMPARE(
        platformIn(run.out, QStringLiteral("keycloak"))[QLatin1String("parameters")][1][QLatin1String("name")]
            .toString(),
        QStringLiteral("realm"));
    QCOMPARE(platformIn(run.out, QStringLiteral("mastodon"))[QLatin1String("registers_app")].toBool(), true);
}

void TestCliTemplates::twoMastodonServersConnectIndependently()
{
    FakeOAuthProvider first;
    FakeOAuthProvider second;
    first.serveMastodonApi();
    second.serveMastodonApi();
    first.setAccount(QStringLiteral("109"), QStringLiteral("ada"));
    second.setAccount(QStringLiteral("207"), QStringLiteral("grace"));

    const Run addFirst = addServer(QStringLiteral("social-a"), QStringLiteral("mastodon"),
                                   { QStringLiteral("instance_url=") + serverAddress(first) });
    QVERIFY2(addFirst.exitCode == 0, qPrintable(addFirst.err));
    QCOMPARE(addFirst.out, QStringLiteral("social-a\n"));
    const Run addSecond = addServer(QStringLiteral("social-b"), QStringLiteral("mastodon"),
                                    { QStringLiteral("instance_url=") + serverAddress(second) });
    QVERIFY2(addSecond.exitCode == 0, qPrintable(addSecond.err));

    // Each server registered Plugboard once, with the exact redirect URI and every scope.
    for (FakeOAuthProvider* server : { &first, &second }) {
        QCOMPARE(server->appRegistrations().size(), 1);
        const QUrlQuery form = server->appRegistrations().first();
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uris"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:8759/callback"));
        QVERIFY(form.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("read:accounts")));
    }

    const Run providers = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("--json") });
    const QJsonObject a = platformIn(providers.out, QStringLiteral("social-a"));
    QCOMPARE(a[QLatin1String("template")].toString(), QStringLiteral("mastodon"));
    QCOMPARE(a[QLatin1String("parameters")][QLatin1String("instance_url")].toString(),
             serverAddress(first).chopped(1));
    QCOMPARE(a[QLatin1String("endpoints")][QLatin1String("token")].toString(),
             serverAddress(first) + QStringLiteral("oauth/token"));
    QCOMPARE(a[QLatin1String("name")].toString(),
             QStringLiteral("Mastodon (127.0.0.1:%1)").arg(first.server().port()));

    const Run connectA = CliSteps::connect(QStringLiteral("social-a"));
    QVERIFY2(connectA.exitCode == 0, qPrintable(connectA.err + first.lastRefusal()));
    QCOMPARE(connectA.out.section(QLatin1Char('\n'), 1), QStringLiteral("social-a/109\tada\n"));
    const Run connectB = CliSteps::connect(QStringLiteral("social-b"));
    QVERIFY2(connectB.exitCode == 0, qPrintable(connectB.err + second.lastRefusal()));
    QCOMPARE(first.tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QCOMPARE(second.tokenRequestCount(QStringLiteral("authorization_code")), 1);

    const QJsonArray listed
        = QJsonDocument::fromJson(
              CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }).out.toUtf8())
              .array();
    QCOMPARE(listed.size(), 2);
    QVERIFY(CliSteps::run({ QStringLiteral("token"), QStringLiteral("social-b") }).out
            == second.lastAccessToken() + QLatin1Char('\n'));

    // Disconnecting one server's account revokes at that server only.
    QCOMPARE(CliSteps::run({ QStringLiteral("disconnect"), QStringLiteral("social-a") }).exitCode, 0);
    QVERIFY(!first.revokedTokens().isEmpty());
    QVERIFY(second.revokedTokens().isEmpty());
    for (const Run& run : { addFirst, addSecond, providers, connectA, connectB })
        QVERIFY2(!run.out.contains(secretMarker()) && !run.err.contains(secretMarker()), qPrintable(run.err));
}

// A template for a platform that takes API keys: each site checks the key
// it is given, and a key one site accepts means nothing to the other.
void TestCliTemplates::twoAtlassianSitesTakeTheirOwnKeys()
{
    ApiKeyRule basic;
    basic.placement = ApiKeyPlacement::Basic;
    const QString path = QStringLiteral("/rest/api/3/myself");
    FakeApiKeyServer first(basic, path);
    FakeApiKeyServer second(basic, path);
    const QString keyA = fakeSecret(QStringLiteral("atlassian-a"));
    const QString keyB = fakeSecret(QStringLiteral("atlassian-b"));
    const QString email = QStringLiteral("ada@example.com");
    first.acceptKey(keyA,
                    { QStringLiteral("5b10a2844c20165700ede21g"), QStringLiteral("Ada Lovelace"), email });
    second.acceptKey(keyB, { QStringLiteral("712020:d3c9"), QStringLiteral("Ada L."), email });
    for (const auto& [id, server] : { std::pair { QStringLiteral("site-a"), &first },
                                      std::pair { QStringLiteral("site-b"), &second } }) {
        const Run add = addServer(id, QStringLiteral("atlassian-site"),
                                  { QStringLiteral("instance_url=") + server->address() });
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
    const auto connect = [&email](const QString& id, const QString& key) {
        return CliSteps::run({ QStringLiteral("connect"), id, QStringLiteral("--api-key-stdin"),
                               QStringLiteral("--username"), email },
                             key.toUtf8() + '\n');
    };
    QCOMPARE(connect(QStringLiteral("site-b"), keyA).exitCode, 6); // A's key at B: refused
    const Run a = connect(QStringLiteral("site-a"), keyA);
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QCOMPARE(a.out, QStringLiteral("site-a/5b10a2844c20165700ede21g\tAda Lovelace\n"));
    const Run b = connect(QStringLiteral("site-b"), keyB);
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    QCOMPARE(first.identityCalls(), 1);
    QCOMPARE(second.identityCalls(), 2);
    QVERIFY(CliSteps::run({ QStringLiteral("token"), QStringLiteral("site-b") }).out
            == keyB + QLatin1Char('\n'));
    QCOMPARE(CliSteps::run({ QStringLiteral("check"), QStringLiteral("site-a") }).exitCode, 0);
    QCOMPARE(first.identityCalls(), 2);
    QCOMPARE(second.identityCalls(), 2);
}

void TestCliTemplates::wrongValuesAddNothing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a web address")
        << QStringLiteral("gitea") << QStringList { QStringLiteral("instance_url=ftp://git.example.com") }
        << 2 << QStringLiteral("https://");
    QTest::newRow("plain http to another computer")
        << QStringLiteral("gitea") << QStringList { QStringLiteral("instance_url=http://git.example.com") }
        << 2 << QStringLiteral("https://");
    QTest::newRow("address with a password")
        << QStringLiteral("gitea")
        << QStringList { QStringLiteral("instance_url=https://ada:pb-test-secret-pw@git.example.com") } << 2
        << QStringLiteral("Leave the user name and password out");
    QTest::newRow("missing realm") << QStringLiteral("keycloak")
                                   << QStringList { QStringLiteral("instance_url=https://sso.example.com") }
                                   << 2 << QStringLiteral("Realm");
    QTest::newRow("unknown parameter")
        << QStringLiteral("gitea")
        << QStringList { QStringLiteral("instance_url=https://git.example.com"),
                         QStringLiteral("colour=blue") }
        << 2 << QStringLiteral("colour");
    QTest::newRow("realm with a slash")
        << QStringLiteral("keycloak")
        << QStringList { QStringLiteral("instance_url=https://sso.example.com"), QStringLiteral("realm=a/b") }
        << 2 << QStringLiteral("Realm");
    QTest::newRow("no such template")
        << QStringLiteral("nextcloud-9000") << QStringList() << 3 << QStringLiteral("--templates");
    QTest::newRow("not NAME=VALUE") << QStringLiteral("gitea")
                                    << QStringList { QStringLiteral("https://git.example.com") } << 2
                                    << QStringLiteral("NAME=VALUE");
}

void TestCliTemplates::wrongValuesAddNothing()
{
    QFETCH(QString, from);
    QFETCH(QStringList, parameters);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run run = addServer(QStringLiteral("mine"), from, parameters);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(!run.err.contains(secretMarker()), qPrintable(run.err));
    const Run providers = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("--json") });
    QVERIFY(platformIn(providers.out, QStringLiteral("mine")).isEmpty());
}

void TestCliTemplates::serverThatRefusesToRegisterAddsNothing()
{
    FakeOAuthProvider server; // no Mastodon API: /api/v1/apps is a 404
    const Run run = addServer(QStringLiteral("social"), QStringLiteral("mastodon"),
                              { QStringLiteral("instance_url=") + serverAddress(server) });
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QStringLiteral("did not register Plugboard")), qPrintable(run.err));
    const Run providers = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("--json") });
    QVERIFY(platformIn(providers.out, QStringLiteral("social")).isEmpty());
    QCOMPARE(
        CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("social") })
            .exitCode,
        3);
}

void TestCliTemplates::manualTemplateSaysWhatToRegister()
{
    const Run run = addServer(QStringLiteral("work-git"), QStringLiteral("gitea"),
                              { QStringLiteral("instance_url=https://git.example.com/") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("http://127.0.0.1:8755/callback"))
                 && run.err.contains(QStringLiteral("https://git.example.com/user/settings/applications")),
             qPrintable(run.err));
    const QJsonObject added
        = platformIn(CliSteps::run({ QStringLiteral("providers"), QStringLiteral("--json") }).out,
                     QStringLiteral("work-git"));
    QCOMPARE(added[QLatin1String("endpoints")][QLatin1String("authorization")].toString(),
             QStringLiteral("https://git.example.com/login/oauth/authorize"));
    // The same id twice is refused; the first stays as it was.
    const Run again = addServer(QStringLiteral("work-git"), QStringLiteral("gitea"),
                                { QStringLiteral("instance_url=https://other.example.com") });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already")), qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_clitemplates.moc"

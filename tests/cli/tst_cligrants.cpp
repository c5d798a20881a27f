// `plugboard-cli grants` end to end with the real binary: connections are
// written into the test's private connections.json, as a sign-in would
// leave them; the CLI lists, allows and revokes, and what it writes is read
// back through GrantRegistry, as the D-Bus service reads it. A disconnect
// takes the connection's grants with it (the keyring is needed there).
#include "core/access/grantregistry.h"
#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"
#include "tests/support/cliprocess.h"
#include "tests/support/privatekeyring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Plugboard;
using Run = Test::CliProcess;

namespace {

const QString kFirst = QStringLiteral("github/1");
const QString kSecond = QStringLiteral("gitlab/7");
const QString kFlatpak = QStringLiteral("flatpak:org.example.Mail");

Run runCli(const QStringList& arguments)
{
    return Test::CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), arguments);
}

Run grants(const QStringList& arguments)
{
    return runCli(QStringList { QStringLiteral("grants") } + arguments);
}

Connection connection(const QString& platformId, const QString& accountId, const QString& accountName)
{
    Connection c;
    c.platformId = platformId;
    c.accountId = accountId;
    c.accountName = accountName;
    c.state = ConnectionState::Connected;
    c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return c;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray listedJson()
{
    const Run run = grants({ QStringLiteral("list"), QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning("grants list --json failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

class TestCliGrants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listIsEmptyAtFirst();
    void allowThenList();
    void allowTwiceSaysSo();
    void allowStoresWhatALinkPointsTo();
    void usesShowInTheList();
    void revokeOneConnection();
    void revokeEveryConnection();
    void errors_data();
    void errors();
    void disconnectTakesTheGrants();

private:
    /// An executable file in the test's HOME, its canonical path.
    QString tool(const QString& name);
};

void TestCliGrants::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

// Every test starts from three connections and no grant: github/1,
// github/2 (so "github" alone is ambiguous) and gitlab/7.
void TestCliGrants::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    ConnectionStore store;
    QVERIFY(
        store.upsert(connection(QStringLiteral("github"), QStringLiteral("1"), QStringLiteral("octocat"))));
    QVERIFY(store.upsert(connection(QStringLiteral("github"), QStringLiteral("2"), QStringLiteral("hubot"))));
    QVERIFY(store.upsert(connection(QStringLiteral("gitlab"), QStringLiteral("7"), QStringLiteral("ada"))));
}

QString TestCliGrants::tool(const QString& name)
{
    const QString folder = QDir::homePath() + QStringLiteral("/bin");
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n");
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return QFileInfo(file.fileName()).canonicalFilePath();
}

void TestCliGrants::listIsEmptyAtFirst()
{
    const Run text = grants({ QStringLiteral("list") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.isEmpty());
    QVERIFY2(text.err.contains(QLatin1String("No application has access yet")), qPrintable(text.err));
    QVERIFY(text.err.contains(QLatin1String("plugboard-cli grants allow APP CONNECTION")));

    const Run json = grants({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY2(document.isArray() && document.array().isEmpty(), qPrintable(json.out));
    QVERIFY2(!json.err.contains(QLatin1String("No application")), "JSON is for programs: no hint");
}

void TestCliGrants::allowThenList()
{
    const QString app = tool(QStringLiteral("calendar"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Run allowed = grants({ QStringLiteral("allow"), app, kFirst });
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY2(allowed.out.contains(QStringLiteral("Allowed %1 to take the tokens of %2").arg(app, kFirst)),
             qPrintable(allowed.out));
    // A platform with one account needs no account.
    QCOMPARE(grants({ QStringLiteral("allow"), kFlatpak, QStringLiteral("gitlab") }).exitCode, 0);

    // What the D-Bus service goes by, in this other process.
    ConnectionStore store;
    QVERIFY(store.load());
    GrantRegistry registry(&store);
    QVERIFY(registry.isAllowed(kFirst, app));
    QVERIFY(registry.isAllowed(kSecond, kFlatpak));
    QVERIFY(!registry.isAllowed(QStringLiteral("github/2"), app));
    QVERIFY(!registry.isAllowed(kSecond, app));

    const Run text = grants({ QStringLiteral("list") });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.at(0), app);
    QCOMPARE(first.at(1), kFirst);
    QVERIFY2(QDateTime::fromString(first.at(2), Qt::ISODate) >= before, qPrintable(first.at(2)));
    QCOMPARE(first.at(3), QStringLiteral("never"));
    QCOMPARE(first.at(4), QStringLiteral("0"));
    QVERIFY(lines.at(1).startsWith(kFlatpak + QLatin1Char('\t') + kSecond + QLatin1Char('\t')));

    const QJsonArray json = listedJson();
    QCOMPARE(json.size(), 2);
    const QJsonObject entry = json.at(0).toObject();
    QCOMPARE(entry.keys(),
             (QStringList { QStringLiteral("app"), QStringLiteral("connection"), QStringLiteral("granted"),
                            QStringLiteral("last_used"), QStringLiteral("uses") }));
    QCOMPARE(entry[QLatin1String("app")].toString(), app);
    QCOMPARE(entry[QLatin1String("connection")].toString(), kFirst);
    QCOMPARE(entry[QLatin1String("granted")].toString(), first.at(2));
    QVERIFY(entry[QLatin1String("last_used")].isNull());
    QCOMPARE(entry[QLatin1String("uses")].toInteger(-1), 0);
    QCOMPARE(json.at(1)[QLatin1String("app")].toString(), kFlatpak);
}

void TestCliGrants::allowTwiceSaysSo()
{
    const QString app = tool(QStringLiteral("calendar"));
    QCOMPARE(grants({ QStringLiteral("allow"), app, kFirst }).exitCode, 0);
    const QByteArray before = contents(ConnectionStore::defaultFilePath());
    const Run again = grants({ QStringLiteral("allow"), app, QStringLiteral("github/octocat") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("already has access to github/1")), qPrintable(again.out));
    QCOMPARE(contents(ConnectionStore::defaultFilePath()), before);
    QCOMPARE(listedJson().size(), 1);
}

// Running programs are known by /proc/PID/exe, which has every link
// resolved: a grant for the link itself would never match.
void TestCliGrants::allowStoresWhatALinkPointsTo()
{
    const QString target = tool(QStringLiteral("python3.11"));
    const QString link = QDir::homePath() + QStringLiteral("/bin/python3");
    QVERIFY(QFile::link(target, link));
    const Run allowed = grants({ QStringLiteral("allow"), link, kFirst });
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY2(allowed.out.contains(target), qPrintable(allowed.out));
    QVERIFY2(allowed.err.contains(QLatin1String("is a link to")), qPrintable(allowed.err));
    const QJsonArray json = listedJson();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0)[QLatin1String("app")].toString(), target);

    // Revoking by the link's name finds it too.
    const Run revoked = grants({ QStringLiteral("revoke"), link });
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(revoked.out.contains(target), qPrintable(revoked.out));
    QVERIFY(listedJson().isEmpty());
    // Nothing left: the error names the file, and says why.
    const Run again = grants({ QStringLiteral("revoke"), link });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("%1 is a link to %2").arg(link, target)),
             qPrintable(again.err));
}

void TestCliGrants::usesShowInTheList()
{
    QCOMPARE(grants({ QStringLiteral("allow"), kFlatpak, kFirst }).exitCode, 0);
    {
        // Two hand-outs by the D-Bus service.
        ConnectionStore store;
        QVERIFY(store.load());
        GrantRegistry registry(&store);
        QVERIFY(registry.recordUse(kFirst, kFlatpak));
        QVERIFY(registry.recordUse(kFirst, kFlatpak));
    }
    const QJsonObject entry = listedJson().at(0).toObject();
    QCOMPARE(entry[QLatin1String("uses")].toInteger(), 2);
    const QDateTime lastUsed
        = QDateTime::fromString(entry[QLatin1String("last_used")].toString(), Qt::ISODate);
    QVERIFY(lastUsed.isValid());
    QVERIFY(qAbs(lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QStringList fields = grants({ QStringLiteral("list") }).out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(3), entry[QLatin1String("last_used")].toString());
    QCOMPARE(fields.at(4), QStringLiteral("2"));
}

void TestCliGrants::revokeOneConnection()
{
    const QString app = tool(QStringLiteral("calendar"));
    QCOMPARE(grants({ QStringLiteral("allow"), app, kFirst }).exitCode, 0);
    QCOMPARE(grants({ QStringLiteral("allow"), app, kSecond }).exitCode, 0);
    QCOMPARE(grants({ QStringLiteral("allow"), kFlatpak, kFirst }).exitCode, 0);

    const Run revoked = grants({ QStringLiteral("revoke"), app, QStringLiteral("github/octocat") });
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(revoked.out.contains(
                 QStringLiteral("Revoked 1 grant: %1 can no longer take the tokens of %2.").arg(app, kFirst)),
             qPrintable(revoked.out));
    ConnectionStore store;
    QVERIFY(store.load());
    GrantRegistry registry(&store);
    QVERIFY(!registry.isAllowed(kFirst, app));
    QVERIFY(registry.isAllowed(kSecond, app));
    QVERIFY(registry.isAllowed(kFirst, kFlatpak));
}

void TestCliGrants::revokeEveryConnection()
{
    const QString app = tool(QStringLiteral("calendar"));
    QCOMPARE(grants({ QStringLiteral("allow"), app, kFirst }).exitCode, 0);
    QCOMPARE(grants({ QStringLiteral("allow"), app, kSecond }).exitCode, 0);
    QCOMPARE(grants({ QStringLiteral("allow"), kFlatpak, kSecond }).exitCode, 0);

    const Run revoked = grants({ QStringLiteral("revoke"), app });
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY2(
        revoked.out.contains(QStringLiteral("Revoked 2 grants: %1 can no longer take the tokens of %2, %3.")
                                 .arg(app, kFirst, kSecond)),
        qPrintable(revoked.out));
    const QJsonArray json = listedJson();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0)[QLatin1String("app")].toString(), kFlatpak);

    // Nothing left to take: an error now.
    const Run again = grants({ QStringLiteral("revoke"), app });
    QCOMPARE(again.exitCode, 2);
}

void TestCliGrants::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); ///< part of standard error

    const QString granted = QStringLiteral("/usr/bin/granted-app"); // init() of errors() grants it github/1
    const QString other = QStringLiteral("/usr/bin/other-app");
    const auto row = [](const char* name, const QStringList& arguments, int code, const QString& says) {
        QTest::newRow(name) << arguments << code << says;
    };
    const QString allow = QStringLiteral("allow");
    const QString revoke = QStringLiteral("revoke");
    row("bare name", { allow, QStringLiteral("python3"), kFirst }, 2, QStringLiteral("`command -v python3`"));
    row("relative path", { allow, QStringLiteral("bin/tool"), kFirst }, 2,
        QStringLiteral("`realpath bin/tool`"));
    row("dot relative path", { allow, QStringLiteral("./tool"), kFirst }, 2, QStringLiteral("relative path"));
    row("dot-dot inside", { allow, QStringLiteral("/usr/bin/../bin/x"), kFirst }, 2,
        QStringLiteral("does not name an application"));
    row("flatpak without dots", { allow, QStringLiteral("flatpak:mail"), kFirst }, 2,
        QStringLiteral("flatpak:ID"));
    row("unknown connection", { allow, other, QStringLiteral("github/nobody") }, 3,
        QStringLiteral("There is no connection \"github/nobody\""));
    row("unknown platform", { allow, other, QStringLiteral("nosuch") }, 3,
        QStringLiteral("no platform called"));
    row("ambiguous connection", { allow, other, QStringLiteral("github") }, 3,
        QStringLiteral("matches 2 connections"));
    row("never granted", { revoke, other }, 2, QStringLiteral("has no access to any connection"));
    row("not granted on that connection", { revoke, granted, kSecond }, 2,
        QStringLiteral("has no access to gitlab/7"));
    row("revoke on unknown connection", { revoke, granted, QStringLiteral("github/nobody") }, 3,
        QStringLiteral("github/nobody"));
    row("revoke a bare name", { revoke, QStringLiteral("python3") }, 2,
        QStringLiteral("`command -v python3`"));
    row("no action", {}, 2, QStringLiteral("Missing ACTION"));
    row("unknown action", { QStringLiteral("give") }, 2,
        QStringLiteral("plugboard-cli grants list [--json] |"));
    row("allow without connection", { allow, other }, 2, QStringLiteral("grants allow APP CONNECTION"));
    row("revoke without app", { revoke }, 2, QStringLiteral("grants revoke APP [CONNECTION]"));
    row("list with words", { QStringLiteral("list"), other }, 2, QStringLiteral("grants list [--json]"));
    row("json with allow", { allow, other, kFirst, QStringLiteral("--json") }, 2,
        QStringLiteral("grants list --json"));
    row("too many words", { allow, other, kFirst, kSecond }, 2, QStringLiteral("Too many arguments"));
}

void TestCliGrants::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QCOMPARE(grants({ QStringLiteral("allow"), QStringLiteral("/usr/bin/granted-app"), kFirst }).exitCode, 0);
    const QByteArray before = contents(ConnectionStore::defaultFilePath());

    const Run run = grants(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(contents(ConnectionStore::defaultFilePath()), before);
}

void TestCliGrants::disconnectTakesTheGrants()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    // An API-key platform: disconnecting calls no server.
    ConnectionStore store;
    QVERIFY(store.upsert(
        connection(QStringLiteral("huggingface"), QStringLiteral("hf-1"), QStringLiteral("ada"))));
    const QString app = tool(QStringLiteral("calendar"));
    QCOMPARE(grants({ QStringLiteral("allow"), app, QStringLiteral("huggingface") }).exitCode, 0);
    QCOMPARE(grants({ QStringLiteral("allow"), app, kFirst }).exitCode, 0);

    const Run disconnected = runCli({ QStringLiteral("disconnect"), QStringLiteral("huggingface") });
    QCOMPARE(disconnected.exitCode, 0);
    const QJsonArray json = listedJson();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0)[QLatin1String("connection")].toString(), kFirst);
    QVERIFY(store.load());
    QVERIFY(!GrantRegistry(&store).isAllowed(QStringLiteral("huggingface/hf-1"), app));

    // The same account connected again starts with no grant.
    QVERIFY(store.upsert(
        connection(QStringLiteral("huggingface"), QStringLiteral("hf-1"), QStringLiteral("ada"))));
    QVERIFY(!GrantRegistry(&store).isAllowed(QStringLiteral("huggingface/hf-1"), app));
}

QTEST_GUILESS_MAIN(TestCliGrants)
#include "tst_cligrants.moc"

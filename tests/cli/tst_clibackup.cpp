// plugboard-cli backup export|import across two computers: each "computer"
// is a private session with its own HOME, session bus and gnome-keyring
// (PrivateSession), so the second one starts with nothing at all. A
// connection made, granted and exported on the first works on the second
// after the import: the fake provider accepts its token, and a renewal with
// the restored refresh token works. A wrong passphrase, a flipped byte and a
// truncated file import nothing; --keep and --replace decide for what exists;
// without a terminal and without either, the import refuses.
#include "core/applicationinfo.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatesession.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kConnection = QStringLiteral("fake/user-42");
const QString kApp = QStringLiteral("/usr/bin/env");
const QByteArray kPassphrase = QByteArrayLiteral("backup passphrase for tests");

QString sessionRoot(const QString& name)
{
    // Beside this test's HOME, so the suite's last test scans it for leaks.
    return QDir(QDir::homePath() + QStringLiteral("/..")).absoluteFilePath(name);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What `grants list --json` names.
QStringList grantedApps(const PrivateSession& session)
{
    const Run run = session.run(
        CliSteps::program(), { QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--json") });
    QStringList apps;
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue& entry : list)
        apps.append(entry.toObject().value(QLatin1String("app")).toString());
    return apps;
}

/// The attributes of the items in the session's keyring (secret-tool's
/// listing without the values).
QString keyringItems(const PrivateSession& session)
{
    const Run search = session.run(QStringLiteral("secret-tool"),
                                   { QStringLiteral("search"), QStringLiteral("--all"),
                                     QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain") });
    QStringList attributes;
    const QStringList lines = QString(search.out + search.err).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("attribute.")))
            attributes.append(line);
    }
    return attributes.join(QLatin1Char('\n'));
}

} // namespace

class TestCliBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportIsSealedAndPrivate();
    void restoredConnectionWorksOnAnotherComputer();
    void damagedOrLockedBackupImportsNothing_data();
    void damagedOrLockedBackupImportsNothing();
    void keepAndReplace();
    void importsIntoTheVaultWhenThatIsTheStore();
    void refusesConflictsWithoutATerminal();
    void asksPerItemOnATerminal();
    void shortPassphraseWritesNothing();
    void usage_data();
    void usage();

private:
    Run cli(const PrivateSession& session, const QStringList& arguments, const QByteArray& input = {}) const
    {
        return session.run(CliSteps::program(), arguments, input);
    }
    Run import(const QStringList& options = {}, const QByteArray& passphrase = kPassphrase) const;
    QString backupPath() const { return sessionRoot(QStringLiteral("transfer/plugboard.pbbackup")); }

    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<PrivateSession> m_first;
    std::unique_ptr<PrivateSession> m_second;
    QString m_accessToken;
    QString m_refreshToken;
};

void TestCliBackup::initTestCase()
{
    ApplicationInfo::applyToApplication();
    m_provider = std::make_unique<FakeOAuthProvider>();
    m_first = std::make_unique<PrivateSession>(sessionRoot(QStringLiteral("first-computer")));
    QVERIFY2(m_first->start(), qPrintable(m_first->whyNot()));
    m_first->setVariable(QStringLiteral("PLUGBOARD_TEST_BACKUP_LOG2N"), QStringLiteral("4"));
    QVERIFY(QDir().mkpath(QFileInfo(backupPath()).absolutePath()));

    const Run add = cli(*m_first,
                        { QStringLiteral("providers"), QStringLiteral("add"), kFake,
                          QStringLiteral("--discover"), m_provider->issuerUrl().toString() });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run credentials
        = cli(*m_first,
              { QStringLiteral("credentials"), QStringLiteral("set"), kFake, QStringLiteral("--client-id"),
                m_provider->clientId(), QStringLiteral("--client-secret-stdin") },
              m_provider->clientSecret().toUtf8() + '\n');
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));
    m_provider->setDevicePolls({ QStringLiteral("approve") }); // no browser in this session
    const Run connect = cli(*m_first, { QStringLiteral("connect"), kFake, QStringLiteral("--device") });
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    m_accessToken = m_provider->lastAccessToken();
    m_refreshToken = m_provider->lastRefreshToken();
    const Run grant = cli(*m_first, { QStringLiteral("grants"), QStringLiteral("allow"), kApp, kConnection });
    QVERIFY2(grant.exitCode == 0, qPrintable(grant.err));

    const Run exported = cli(*m_first,
                             { QStringLiteral("backup"), QStringLiteral("export"), backupPath(),
                               QStringLiteral("--passphrase-stdin") },
                             kPassphrase + '\n');
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QStringLiteral("Exported connection fake/user-42")),
             qPrintable(exported.out));
    QVERIFY(exported.out.contains(QStringLiteral("Exported app credentials of fake")));
    QVERIFY(exported.out.contains(QStringLiteral("Exported custom provider fake")));
    QVERIFY(exported.err.contains(QStringLiteral("for tests only"))); // the cheap test cost is announced
}

void TestCliBackup::init()
{
    m_second = std::make_unique<PrivateSession>(sessionRoot(QStringLiteral("second-computer")));
    QVERIFY2(m_second->start(), qPrintable(m_second->whyNot()));
}

void TestCliBackup::cleanup()
{
    m_second.reset();
}

Run TestCliBackup::import(const QStringList& options, const QByteArray& passphrase) const
{
    return cli(*m_second,
               QStringList { QStringLiteral("backup"), QStringLiteral("import"), backupPath(),
                             QStringLiteral("--passphrase-stdin") }
                   + options,
               passphrase + '\n');
}

void TestCliBackup::exportIsSealedAndPrivate()
{
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(backupPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    const QByteArray sealed = fileBytes(backupPath());
    QVERIFY(sealed.startsWith("PBSEAL"));
    QCOMPARE(sealed.mid(8, 4), QByteArrayLiteral("BKP1"));
    for (const QString& secret :
         { m_accessToken, m_refreshToken, m_provider->clientSecret(), secretMarker() })
        QVERIFY2(!sealed.contains(secret.toUtf8()), qPrintable(secret.left(20)));
    QVERIFY(!sealed.contains(kConnection.toUtf8())); // the metadata is sealed too
}

void TestCliBackup::restoredConnectionWorksOnAnotherComputer()
{
    QVERIFY(cli(*m_second, { QStringLiteral("list") }).out.trimmed().isEmpty()); // a fresh computer
    const Run imported = import();
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    for (const QString& line : { QStringLiteral("Restored custom provider fake"),
                                 QStringLiteral("Restored app credentials of fake"),
                                 QStringLiteral("Restored connection fake/user-42 (Fake User)") })
        QVERIFY2(imported.out.contains(line), qPrintable(imported.out));
    QCOMPARE(grantedApps(*m_second), QStringList { QFileInfo(kApp).canonicalFilePath() });
    const QString keyring = keyringItems(*m_second); // the store in use there: its keyring
    QVERIFY2(keyring.contains(QStringLiteral("attribute.user = connection/fake/user-42"))
                 && keyring.contains(QStringLiteral("attribute.user = credentials/fake")),
             qPrintable(keyring));

    // The restored access token, as it was, and the provider takes it.
    const int renewals = m_provider->tokenRequestCount(QStringLiteral("refresh_token"));
    const Run token = cli(*m_second, { QStringLiteral("token"), kConnection });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QCOMPARE(token.out.trimmed(), m_accessToken);
    QVERIFY(m_provider->isAccessTokenLive(m_accessToken));
    const Run check = cli(*m_second, { QStringLiteral("check"), kConnection });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), renewals);

    // The platform stops taking the access token: the check renews it with
    // the restored refresh token, and the new one works.
    QNetworkAccessManager network;
    QNetworkRequest request(m_provider->server().url(QStringLiteral("/revoke")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), m_accessToken);
    std::unique_ptr<QNetworkReply> revoked(network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QSignalSpy done(revoked.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(!m_provider->isAccessTokenLive(m_accessToken));
    const Run renewed = cli(*m_second, { QStringLiteral("check"), kConnection });
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err + renewed.out));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), renewals + 1);
    QVERIFY2(m_provider->lastRefusal().isEmpty(), qPrintable(m_provider->lastRefusal()));
    const Run fresh = cli(*m_second, { QStringLiteral("token"), kConnection });
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
    QCOMPARE(fresh.out.trimmed(), m_provider->lastAccessToken());
    QVERIFY(fresh.out.trimmed() != m_accessToken);
    QVERIFY(m_provider->isAccessTokenLive(fresh.out.trimmed()));

    // Each computer's audit trail says what happened there.
    QVERIFY2(cli(*m_first, { QStringLiteral("audit"), QStringLiteral("--event"), QStringLiteral("backup") })
                 .out.contains(QLatin1String("backup.exported")),
             "exported on the first");
    const Run audit
        = cli(*m_second, { QStringLiteral("audit"), QStringLiteral("--event"), QStringLiteral("backup") });
    QVERIFY2(audit.out.contains(QLatin1String("backup.imported"))
                 && audit.out.contains(QLatin1String("3 restored")),
             qPrintable(audit.out));

    // No secret in clear anywhere on the second computer.
    for (const QString& secret :
         { m_provider->lastAccessToken(), m_refreshToken, m_provider->clientSecret() }) {
        const QStringList leaked
            = filesContaining(sessionRoot(QStringLiteral("second-computer")), secret.toUtf8());
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char(' '))));
    }
}

void TestCliBackup::damagedOrLockedBackupImportsNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong passphrase")
        << QString() << QByteArrayLiteral("not the passphrase") << 5 << QStringLiteral("[wrong_passphrase]");
    QTest::newRow("flipped byte") << QStringLiteral("flip") << kPassphrase << 1
                                  << QStringLiteral("[corrupt_file]");
    QTest::newRow("truncated") << QStringLiteral("truncate") << kPassphrase << 1
                               << QStringLiteral("[corrupt_file]");
}

void TestCliBackup::damagedOrLockedBackupImportsNothing()
{
    QFETCH(QString, damage);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QByteArray original = fileBytes(backupPath());
    const auto restore = qScopeGuard([&] {
        QFile file(backupPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
    });
    QByteArray damaged = original;
    if (damage == QLatin1String("flip"))
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x20);
    else if (damage == QLatin1String("truncate"))
        damaged.chop(100);
    {
        QFile file(backupPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
    }
    const Run imported = import({ QStringLiteral("--replace") }, passphrase);
    QCOMPARE(imported.exitCode, exitCode);
    QVERIFY2(imported.err.contains(error), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("Nothing was changed"))
                 || imported.err.contains(QStringLiteral("did not change it")),
             qPrintable(imported.err));
    QVERIFY(imported.out.isEmpty());
    QVERIFY(cli(*m_second, { QStringLiteral("list") }).out.trimmed().isEmpty());
    QVERIFY(!QFile::exists(m_second->configHome() + QStringLiteral("/plugboard/platforms/fake.json")));
    QVERIFY(!QFile::exists(m_second->dataHome() + QStringLiteral("/plugboard/connections.json")));
    QVERIFY(!QFile::exists(m_second->configHome() + QStringLiteral("/plugboard/plugboard.conf")));
}

void TestCliBackup::keepAndReplace()
{
    QCOMPARE(import().exitCode, 0);
    // Changed here after the import: the grant revoked, another client id.
    QCOMPARE(cli(*m_second, { QStringLiteral("grants"), QStringLiteral("revoke"), kApp }).exitCode, 0);
    const Run otherClient
        = cli(*m_second,
              { QStringLiteral("credentials"), QStringLiteral("set"), kFake, QStringLiteral("--client-id"),
                QStringLiteral("other-client"), QStringLiteral("--client-secret-stdin") },
              fakeSecret(QStringLiteral("other")).toUtf8() + '\n');
    QVERIFY2(otherClient.exitCode == 0, qPrintable(otherClient.err));
    const auto clientShown = [this] {
        return cli(*m_second, { QStringLiteral("credentials"), QStringLiteral("show"), kFake }).out;
    };

    const Run kept = import({ QStringLiteral("--keep") });
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
    QVERIFY2(kept.out.contains(QStringLiteral("Kept connection fake/user-42 (Fake User) as it is here")),
             qPrintable(kept.out));
    QVERIFY(kept.out.contains(QStringLiteral("Kept app credentials of fake as it is here")));
    QVERIFY(!kept.out.contains(QStringLiteral("Restored")));
    QVERIFY(grantedApps(*m_second).isEmpty());
    QVERIFY(clientShown().contains(QStringLiteral("other-client")));

    const Run replaced = import({ QStringLiteral("--replace"), QStringLiteral("--json") });
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    const QJsonObject result = QJsonDocument::fromJson(replaced.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("kept")).toArray().size(), 0);
    QVERIFY(result.value(QLatin1String("restored"))
                .toArray()
                .contains(QJsonObject { { QStringLiteral("kind"), QStringLiteral("connection") },
                                        { QStringLiteral("id"), kConnection } }));
    QCOMPARE(grantedApps(*m_second), QStringList { QFileInfo(kApp).canonicalFilePath() });
    QVERIFY(clientShown().contains(m_provider->clientId()));
    const Run token = cli(*m_second, { QStringLiteral("token"), kConnection });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err)); // the connection is whole again
}

// The secret backend in use is where the import writes: on a computer that
// keeps its secrets in the vault, the backup's go there. The vault's
// passphrase comes from its command, the backup's from standard input.
void TestCliBackup::importsIntoTheVaultWhenThatIsTheStore()
{
    m_second->setVariable(QStringLiteral("PLUGBOARD_VAULT_PASSPHRASE_COMMAND"),
                          QStringLiteral("printf '%s\\n' 'the vault passphrase'"));
    m_second->setVariable(QStringLiteral("PLUGBOARD_TEST_VAULT_LOG2N"), QStringLiteral("4"));
    const Run init = cli(*m_second, { QStringLiteral("vault"), QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const auto held = [this]() -> QJsonObject {
        const Run status = cli(*m_second,
                               { QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--json"),
                                 QStringLiteral("--unlock") });
        return QJsonDocument::fromJson(status.out.toUtf8()).object();
    };
    const int before = held().value(QLatin1String("secrets")).toInt(-1);
    QVERIFY(before >= 0);
    const Run imported = import();
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject after = held();
    QCOMPARE(after.value(QLatin1String("backend")).toString(), QStringLiteral("vault"));
    // The app credentials and the tokens, whatever else the vault holds for itself.
    // The import's own unlock is audited, which may make the audit trail's key there.
    const int added = after.value(QLatin1String("secrets")).toInt() - before;
    QVERIFY2(added == 2 || added == 3, qPrintable(QString::number(added)));
    const Run shown = cli(*m_second, { QStringLiteral("credentials"), QStringLiteral("show"), kFake });
    QVERIFY2(shown.out.contains(m_provider->clientId()), qPrintable(shown.out + shown.err));
    const QString keyring = keyringItems(*m_second); // nothing went to this computer's keyring
    QVERIFY2(!keyring.contains(QStringLiteral("credentials/"))
                 && !keyring.contains(QStringLiteral("connection/")),
             qPrintable(keyring));
    const Run token = cli(*m_second, { QStringLiteral("token"), kConnection });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QVERIFY(!token.out.trimmed().isEmpty());
}

void TestCliBackup::refusesConflictsWithoutATerminal()
{
    QCOMPARE(import().exitCode, 0);
    QCOMPARE(cli(*m_second, { QStringLiteral("grants"), QStringLiteral("revoke"), kApp }).exitCode, 0);
    const QString connections = m_second->dataHome() + QStringLiteral("/plugboard/connections.json");
    const QByteArray before = fileBytes(connections);
    const Run refused = import();
    QCOMPARE(refused.exitCode, 2);
    for (const QString& named :
         { QStringLiteral("connection fake/user-42"), QStringLiteral("app credentials of fake"),
           QStringLiteral("--replace"), QStringLiteral("--keep"), QStringLiteral("Nothing was imported") })
        QVERIFY2(refused.err.contains(named), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fileBytes(connections), before);
    QVERIFY(grantedApps(*m_second).isEmpty());
}

// On a terminal (script(1)'s pseudo-terminal) each item that exists is asked
// about: the answers come typed, one line each.
void TestCliBackup::asksPerItemOnATerminal()
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QFAIL("script(1) is missing: install bsdutils");
    QCOMPARE(import().exitCode, 0);
    QCOMPARE(cli(*m_second, { QStringLiteral("grants"), QStringLiteral("revoke"), kApp }).exitCode, 0);
    // Standard input is the terminal: the passphrase as its first line
    // (--passphrase-stdin), then "r" for the first item asked about (the
    // custom provider) and "K" to keep all the others.
    const Run asked = m_second->run(QStringLiteral("script"),
                                    { QStringLiteral("-qec"),
                                      QStringLiteral("'%1' backup import '%2' --passphrase-stdin --json")
                                          .arg(CliSteps::program(), backupPath()),
                                      QStringLiteral("/dev/null") },
                                    kPassphrase + "\nr\nK\n");
    QVERIFY2(asked.exitCode == 0, qPrintable(asked.out));
    QVERIFY2(asked.out.contains(QStringLiteral("exists here already")), qPrintable(asked.out));
    const qsizetype json = asked.out.indexOf(QLatin1Char('{'));
    QVERIFY(json >= 0);
    const QString printed = asked.out.mid(json, asked.out.lastIndexOf(QLatin1Char('}')) + 1 - json);
    const QJsonObject result
        = QJsonDocument::fromJson(QString(printed).remove(QLatin1Char('\r')).toUtf8()).object();
    const QJsonArray restored = result.value(QLatin1String("restored")).toArray();
    QCOMPARE(restored.size(), 1);
    QCOMPARE(restored.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("provider"));
    QCOMPARE(result.value(QLatin1String("kept")).toArray().size(), 2); // credentials and connection
    QVERIFY(grantedApps(*m_second).isEmpty()); // the connection was kept as it is here
}

void TestCliBackup::shortPassphraseWritesNothing()
{
    const QString path = m_second->home() + QStringLiteral("/short.pbbackup");
    const Run run = cli(
        *m_second,
        { QStringLiteral("backup"), QStringLiteral("export"), path, QStringLiteral("--passphrase-stdin") },
        "seven77\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("too short")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCliBackup::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList { QStringLiteral("backup"), QStringLiteral("export") };
    QTest::newRow("unknown action") << QStringList { QStringLiteral("backup"), QStringLiteral("copy"),
                                                     QStringLiteral("x") };
    QTest::newRow("keep with export") << QStringList { QStringLiteral("backup"), QStringLiteral("export"),
                                                       QStringLiteral("x"), QStringLiteral("--keep") };
    QTest::newRow("keep and replace")
        << QStringList { QStringLiteral("backup"), QStringLiteral("import"), QStringLiteral("x"),
                         QStringLiteral("--keep"), QStringLiteral("--replace") };
}

void TestCliBackup::usage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(*m_second, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("backup")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"

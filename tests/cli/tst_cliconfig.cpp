// `plugboard-cli config get|set|list` end to end: values survive the
// process (they live in files), the autostart entry it writes is valid and
// starts this build's app --minimized, errors exit 2 naming what is allowed,
// and the settings file never holds a secret.
#include "core/applicationinfo.h"
#include "core/settings/autostartentry.h"
#include "tests/cli/clisteps.h"
#include "tests/support/desktopentryvalidator.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

QStringList config(const QStringList& arguments)
{
    return QStringList { QStringLiteral("config") } + arguments;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listShowsEveryKey();
    void setValuesSurviveTheProcess();
    void startWithSessionWritesAValidEntryForThisBuild();
    void errorsExitTwoNamingWhatIsAllowed_data();
    void errorsExitTwoNamingWhatIsAllowed();
    void settingsFileHoldsNoSecret();
    void filesAreTheOwnersOnly();
    void proxyIsSetInOneFormWithoutItsPassword();
};

void TestCliConfig::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliConfig::cleanup()
{
    QFile::remove(AutostartEntry::filePath());
    CliSteps::forgetEverything();
}

void TestCliConfig::listShowsEveryKey()
{
    const CliProcess list = CliSteps::run(config({ QStringLiteral("list") }));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(
        list.out,
        QStringLiteral("start-with-session=off\nnotifications=on\nsecret-backend=keyring\nproxy=system\n"));

    const CliProcess json = CliSteps::run(config({ QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("start-with-session")).toString(), QStringLiteral("off"));
    QCOMPARE(object.value(QStringLiteral("notifications")).toString(), QStringLiteral("on"));
    QCOMPARE(object.value(QStringLiteral("secret-backend")).toString(), QStringLiteral("keyring"));
    QCOMPARE(object.value(QStringLiteral("proxy")).toString(), QStringLiteral("system"));
    QCOMPARE(object.size(), 4);
}

void TestCliConfig::setValuesSurviveTheProcess()
{
    const CliProcess set = CliSteps::run(
        config({ QStringLiteral("set"), QStringLiteral("notifications"), QStringLiteral("off") }));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out, QString()); // nothing for scripts to parse
    const CliProcess get = CliSteps::run(config({ QStringLiteral("get"), QStringLiteral("notifications") }));
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QStringLiteral("off\n"));
    QVERIFY(contents(ApplicationInfo::settingsFilePath()).contains("notifications=false"));
}

void TestCliConfig::startWithSessionWritesAValidEntryForThisBuild()
{
    const QStringList on { QStringLiteral("set"), QStringLiteral("start-with-session"),
                           QStringLiteral("on") };
    const CliProcess set = CliSteps::run(config(on));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QString verdict = DesktopEntryValidator::problems(AutostartEntry::filePath());
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    // The desktop app beside this plugboard-cli, by its absolute path.
    const QString app = QFileInfo(CliSteps::program()).absolutePath() + QStringLiteral("/plugboard");
    QVERIFY(QFileInfo(app).isExecutable());
    const QByteArray exec = "\nExec=" + app.toUtf8() + " --minimized\n";
    QVERIFY2(contents(AutostartEntry::filePath()).contains(exec),
             contents(AutostartEntry::filePath()).constData());
    QCOMPARE(CliSteps::run(config({ QStringLiteral("get"), QStringLiteral("start-with-session") })).out,
             QStringLiteral("on\n"));

    // The desktop's own settings delete it: the file is the truth.
    QVERIFY(QFile::remove(AutostartEntry::filePath()));
    QCOMPARE(CliSteps::run(config({ QStringLiteral("get"), QStringLiteral("start-with-session") })).out,
             QStringLiteral("off\n"));

    QCOMPARE(CliSteps::run(config(on)).exitCode, 0);
    const CliProcess off = CliSteps::run(
        config({ QStringLiteral("set"), QStringLiteral("start-with-session"), QStringLiteral("off") }));
    QCOMPARE(off.exitCode, 0);
    QVERIFY(!QFile::exists(AutostartEntry::filePath()));
}

void TestCliConfig::errorsExitTwoNamingWhatIsAllowed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QStringList { QStringLiteral("get"), QStringLiteral("colour") }
                                 << QStringLiteral(
                                        "There is no setting \"colour\". The settings are: "
                                        "start-with-session, notifications, secret-backend, proxy.");
    QTest::newRow("unknown key to set")
        << QStringList { QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("on") }
        << QStringLiteral("There is no setting \"colour\".");
    QTest::newRow("proxy with a password")
        << QStringList { QStringLiteral("set"), QStringLiteral("proxy"),
                         QStringLiteral("http://alice:s3cr3t@proxy.example.com:3128") }
        << QStringLiteral("enter the password in Settings ▸ Network");
    QTest::newRow("proxy with a bad port")
        << QStringList { QStringLiteral("set"), QStringLiteral("proxy"),
                         QStringLiteral("socks5://proxy.example.com:70000") }
        << QStringLiteral("The proxy port must be a number from 1 to 65535, for example 3128 or 1080.");
    QTest::newRow("proxy that is no form")
        << QStringList { QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("ftp://proxy:21") }
        << QStringLiteral("Use system, none, http://HOST:PORT or socks5://HOST:PORT");
    QTest::newRow("bad value") << QStringList {
        QStringLiteral("set"), QStringLiteral("notifications"), QStringLiteral("maybe")
    } << QStringLiteral("\"maybe\" is not a value of notifications. Use one of: on, off.");
    QTest::newRow("bad backend") << QStringList { QStringLiteral("set"), QStringLiteral("secret-backend"),
                                                  QStringLiteral("kwallet") }
                                 << QStringLiteral("Use one of: keyring, vault.");
    QTest::newRow("vault before it exists")
        << QStringList { QStringLiteral("set"), QStringLiteral("secret-backend"), QStringLiteral("vault") }
        << QStringLiteral("Run `plugboard-cli vault init --move`");
    QTest::newRow("set without a value")
        << QStringList { QStringLiteral("set"), QStringLiteral("notifications") }
        << QStringLiteral(
               "Use `plugboard-cli config get KEY | set KEY VALUE | set proxy-password | list [--json]`.");
    QTest::newRow("unknown action") << QStringList { QStringLiteral("unset"),
                                                     QStringLiteral("notifications") }
                                    << QStringLiteral("Use `plugboard-cli config");
    QTest::newRow("json with get") << QStringList { QStringLiteral("get"), QStringLiteral("notifications"),
                                                    QStringLiteral("--json") }
                                   << QStringLiteral("Use `plugboard-cli config");
}

void TestCliConfig::errorsExitTwoNamingWhatIsAllowed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QByteArray before = contents(ApplicationInfo::settingsFilePath());
    const CliProcess run = CliSteps::run(config(arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("s3cr3t")), qPrintable(run.err)); // never repeated
    QCOMPARE(run.out, QString());
    QCOMPARE(contents(ApplicationInfo::settingsFilePath()), before);
}

void TestCliConfig::settingsFileHoldsNoSecret()
{
    // App credentials in the keyring, then every setting changed: the
    // settings file indexes the keyring entry by name, never its value.
    const QString platform = QStringLiteral("configsecret");
    FakeOAuthProvider provider;
    QCOMPARE(CliSteps::addProvider(platform, provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(platform, provider).exitCode, 0);
    for (const QStringList& change :
         { QStringList { QStringLiteral("start-with-session"), QStringLiteral("on") },
           QStringList { QStringLiteral("notifications"), QStringLiteral("off") },
           QStringList { QStringLiteral("secret-backend"), QStringLiteral("keyring") } })
        QCOMPARE(CliSteps::run(config(QStringList { QStringLiteral("set") } + change)).exitCode, 0);

    const QByteArray settings = contents(ApplicationInfo::settingsFilePath());
    QVERIFY(settings.contains("configsecret")); // the index is there…
    QVERIFY(!provider.clientSecret().isEmpty());
    QVERIFY(!settings.contains(provider.clientSecret().toUtf8())); // …its secret is not
    QVERIFY(!contents(AutostartEntry::filePath()).contains(provider.clientSecret().toUtf8()));
    const CliProcess list = CliSteps::run(config({ QStringLiteral("list"), QStringLiteral("--json") }));
    QVERIFY(!list.out.contains(provider.clientSecret()));
}

// plugboard.conf and connections.json name the accounts and client ids
// someone uses: only their owner reads them (diagnose fails files others
// can read), whatever the umask of the shell that ran the command.
void TestCliConfig::filesAreTheOwnersOnly()
{
    QFile::remove(ApplicationInfo::settingsFilePath());
    QCOMPARE(CliSteps::run(
                 config({ QStringLiteral("set"), QStringLiteral("notifications"), QStringLiteral("off") }))
                 .exitCode,
             0);
    FakeOAuthProvider provider;
    QCOMPARE(CliSteps::addProvider(QStringLiteral("ownerplatform"), provider).exitCode, 0);
    const QFileDevice::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFileInfo settings(ApplicationInfo::settingsFilePath());
    QVERIFY(settings.exists());
    QCOMPARE(settings.permissions() & (ownerOnly | others), ownerOnly);
    const QFileInfo folder(settings.absolutePath());
    QCOMPARE(folder.permissions() & others, QFileDevice::Permissions());
}

void TestCliConfig::proxyIsSetInOneFormWithoutItsPassword()
{
    const QString proxy = QStringLiteral("http://alice@proxy.example.com:3128");
    const CliProcess set = CliSteps::run(config({ QStringLiteral("set"), QStringLiteral("proxy"), proxy }));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(CliSteps::run(config({ QStringLiteral("get"), QStringLiteral("proxy") })).out, proxy + u'\n');
    const QByteArray written = contents(ApplicationInfo::settingsFilePath());
    QVERIFY2(written.contains("host=proxy.example.com") && written.contains("user=alice"),
             written.constData());
    QVERIFY2(!written.contains("password"), written.constData());

    const QString socks = QStringLiteral("socks5://[::1]:1080");
    QCOMPARE(CliSteps::run(config({ QStringLiteral("set"), QStringLiteral("proxy"), socks })).exitCode, 0);
    QCOMPARE(CliSteps::run(config({ QStringLiteral("get"), QStringLiteral("proxy") })).out, socks + u'\n');

    QCOMPARE(
        CliSteps::run(config({ QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("system") }))
            .exitCode,
        0);
    QCOMPARE(CliSteps::run(config({ QStringLiteral("get"), QStringLiteral("proxy") })).out,
             QStringLiteral("system\n"));
    QVERIFY(!contents(ApplicationInfo::settingsFilePath()).contains("proxy.example.com"));
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cliconfig.moc"

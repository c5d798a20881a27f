// The checks of core/diagnosis, each in a situation made to fail it and one
// where it passes, run in this process (the bus and keyring ones need their
// own sessions: tests/cli/tst_clidiagnose).
#include "core/applicationinfo.h"
#include "core/diagnosis/browsercheck.h"
#include "core/diagnosis/clockcheck.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/diagnosisreport.h"
#include "core/diagnosis/loopbackcheck.h"
#include "core/diagnosis/permissionscheck.h"
#include "core/diagnosis/proxycheck.h"
#include "core/diagnosis/versionscheck.h"
#include "core/network/proxysettings.h"
#include "core/translator.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Plugboard;

namespace {

PlatformRecord recordWithFixedPort(quint16 port)
{
    PlatformRecord record;
    record.id = QStringLiteral("fixed-port");
    record.name = QStringLiteral("Fixed Port IdP");
    record.redirect.port = port;
    return record;
}

// Points every XDG folder xdg-mime reads at `root`, and forgets the desktop.
void sandboxXdg(const QString& root)
{
    for (const char* sub : { "data/applications", "config", "dirs" })
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(root + QStringLiteral("/dirs")));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(root + QStringLiteral("/dirs")));
    for (const char* name :
         { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID" })
        qunsetenv(name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Makes `name`.desktop, running `exec`, the default for https and http
// in the sandbox at `root`.
void setDefaultBrowser(const QString& root, const QString& name, const QByteArray& exec)
{
    writeFile(root + QStringLiteral("/data/applications/") + name + QStringLiteral(".desktop"),
              "[Desktop Entry]\nType=Application\nName=" + name.toUtf8() + "\nExec=" + exec + " %u\n");
    writeFile(root + QStringLiteral("/config/mimeapps.list"),
              "[Default Applications]\nx-scheme-handler/https=" + name.toUtf8()
                  + ".desktop\nx-scheme-handler/http=" + name.toUtf8() + ".desktop\n");
}

DiagnosisOptions clockOptions(const Test::FakeHttpServer& server)
{
    DiagnosisOptions options;
    options.online = true;
    PlatformRecord record;
    record.name = QStringLiteral("Loopback IdP");
    record.tokenEndpoint = server.url(QStringLiteral("/token"));
    options.useClockServerOf(record);
    return options;
}

} // namespace

class TestDiagnosis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loopbackPassesWithFreePorts();
    void loopbackFailsWhenAFixedPortIsTaken();
    void browserFailsWithoutAHandler();
    void browserFailsWhenTheHandlerIsNotInstalled();
    void browserPassesWithAHandler();
    void permissionsFailForASettingsFileOthersCanRead();
    void permissionsFailForAnOpenFolder();
    void permissionsPassWhenOnlyTheOwnerCanReadThem();
    void clockIsSkippedOffline();
    void clockWarnsWhenTheServerDisagrees_data();
    void clockWarnsWhenTheServerDisagrees();
    void clockPassesWhenTheServerAgrees();
    void proxyMasksCredentials();
    void proxyFollowsPlugboardsOwnSetting();
    void versionsNameQtQtKeychainAndOpenSsl();
    void diagnosisReportsEveryCheckInOrder();
    void jsonHasTheDocumentedShape();
    void textShowsNextStepsOfFailures();
    void textColumnsHoldInEveryLanguage();

private:
    QTemporaryDir m_xdg;
    QHash<QByteArray, QByteArray> m_environment; ///< the XDG variables sandboxXdg() changes
};

void TestDiagnosis::initTestCase()
{
    ApplicationInfo::applyToApplication();
    for (const char* name : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_DATA_DIRS", "XDG_CONFIG_DIRS" })
        m_environment.insert(name, qgetenv(name));
}

void TestDiagnosis::cleanup()
{
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it) {
        if (it.value().isEmpty())
            qunsetenv(it.key().constData());
        else
            qputenv(it.key().constData(), it.value());
    }
}

void TestDiagnosis::init()
{
    for (const char* name :
         { "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY" })
        qunsetenv(name);
}

void TestDiagnosis::loopbackPassesWithFreePorts()
{
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    DiagnosisOptions options;
    options.platforms = { recordWithFixedPort(freePort) };
    const DiagnosticResult result = LoopbackCheck::run(options);
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY2(result.detail.contains(QString::number(freePort)), qPrintable(result.detail));
}

void TestDiagnosis::loopbackFailsWhenAFixedPortIsTaken()
{
    QTcpServer holder; // another program on the port the record needs
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    DiagnosisOptions options;
    options.platforms = { recordWithFixedPort(holder.serverPort()) };
    const DiagnosticResult result = LoopbackCheck::run(options);
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.detail.contains(QStringLiteral("Fixed Port IdP")), qPrintable(result.detail));
    QVERIFY2(result.nextStep.contains(QStringLiteral("ss -ltnp 'sport = :%1'").arg(holder.serverPort())),
             qPrintable(result.nextStep));
}

void TestDiagnosis::browserFailsWithoutAHandler()
{
    sandboxXdg(m_xdg.filePath(QStringLiteral("none")));
    const DiagnosticResult result = BrowserCheck::run({});
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.detail.contains(QStringLiteral("No default browser")), qPrintable(result.detail));
    QVERIFY2(result.nextStep.contains(QStringLiteral("default web browser")), qPrintable(result.nextStep));
}

void TestDiagnosis::browserFailsWhenTheHandlerIsNotInstalled()
{
    const QString root = m_xdg.filePath(QStringLiteral("gone"));
    sandboxXdg(root);
    setDefaultBrowser(root, QStringLiteral("gonebrowser"), "plugboard-no-such-browser");
    const DiagnosticResult result = BrowserCheck::run({});
    // xdg-mime itself passes over a handler whose program is missing (then
    // "no default browser"); desktops asked through gio may name it (then
    // the check names the program).
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.detail.contains(QStringLiteral("https")), qPrintable(result.detail));
    QVERIFY2(result.nextStep.contains(QStringLiteral("default web browser")), qPrintable(result.nextStep));
}

void TestDiagnosis::browserPassesWithAHandler()
{
    const QString root = m_xdg.filePath(QStringLiteral("fine"));
    sandboxXdg(root);
    setDefaultBrowser(root, QStringLiteral("fakebrowser"), "true");
    const DiagnosticResult result = BrowserCheck::run({});
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY2(result.detail.contains(QStringLiteral("https: fakebrowser.desktop")), qPrintable(result.detail));
}

void TestDiagnosis::permissionsFailForASettingsFileOthersCanRead()
{
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).setValue(QStringLiteral("probe"), 1);
    const QString path = ApplicationInfo::settingsFilePath();
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther)); // 0644
    DiagnosisOptions options;
    options.paths = DiagnosisOptions::defaultPaths();
    const DiagnosticResult result = PermissionsCheck::run(options);
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.detail.contains(QStringLiteral("0644")), qPrintable(result.detail));
    QVERIFY2(result.nextStep.contains(QStringLiteral("chmod 600 '%1'").arg(path)),
             qPrintable(result.nextStep));
}

void TestDiagnosis::permissionsFailForAnOpenFolder()
{
    const QString folder = m_xdg.filePath(QStringLiteral("audit"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther)); // 0705
    DiagnosisOptions options;
    options.paths = { { QStringLiteral("Audit folder"), folder, CheckedPath::Kind::Folder } };
    const DiagnosticResult result = PermissionsCheck::run(options);
    QCOMPARE(result.verdict, Verdict::Failed);
    QVERIFY2(result.nextStep.contains(QStringLiteral("chmod 700 '%1'").arg(folder)),
             qPrintable(result.nextStep));
}

void TestDiagnosis::permissionsPassWhenOnlyTheOwnerCanReadThem()
{
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).setValue(QStringLiteral("probe"), 1);
    QVERIFY(QFile::setPermissions(ApplicationInfo::settingsFilePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // 0600
    DiagnosisOptions options;
    options.paths = DiagnosisOptions::defaultPaths();
    const DiagnosticResult result = PermissionsCheck::run(options);
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY(result.nextStep.isEmpty());
}

void TestDiagnosis::clockIsSkippedOffline()
{
    Test::FakeHttpServer server;
    DiagnosisOptions options = clockOptions(server);
    options.online = false;
    const DiagnosticResult result = ClockCheck::run(options);
    QCOMPARE(result.verdict, Verdict::Skipped);
    QVERIFY2(result.nextStep.contains(QStringLiteral("diagnose --online")), qPrintable(result.nextStep));
    QCOMPARE(server.requestCount(), 0);
}

void TestDiagnosis::clockWarnsWhenTheServerDisagrees_data()
{
    QTest::addColumn<int>("serverOffset");
    QTest::addColumn<QString>("words");
    QTest::newRow("server an hour behind") << -3600 << QStringLiteral("ahead");
    QTest::newRow("server five minutes ahead") << 300 << QStringLiteral("behind");
}

void TestDiagnosis::clockWarnsWhenTheServerDisagrees()
{
    QFETCH(int, serverOffset);
    QFETCH(QString, words);
    Test::FakeHttpServer server;
    server.setHandler("HEAD", QStringLiteral("/"), [serverOffset](const Test::FakeHttpServer::Request&) {
        Test::FakeHttpServer::Response response;
        const QDateTime date = QDateTime::currentDateTimeUtc().addSecs(serverOffset);
        response.headers.append({ "Date", date.toString(Qt::RFC2822Date).toLatin1() });
        return response;
    });
    // The check blocks its own thread; the server answers from this one.
    DiagnosisOptions options = clockOptions(server);
    DiagnosticResult result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = ClockCheck::run(options); }));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 15'000);
    QCOMPARE(result.verdict, Verdict::Warning);
    QVERIFY2(result.detail.contains(words), qPrintable(result.detail));
    QVERIFY2(result.detail.contains(QStringLiteral("Loopback IdP")), qPrintable(result.detail));
    QVERIFY2(result.nextStep.contains(QStringLiteral("timedatectl")), qPrintable(result.nextStep));
    QCOMPARE(server.requests(QStringLiteral("/"), "HEAD").size(), 1);
}

void TestDiagnosis::clockPassesWhenTheServerAgrees()
{
    Test::FakeHttpServer server;
    server.setHandler("HEAD", QStringLiteral("/"), [](const Test::FakeHttpServer::Request&) {
        Test::FakeHttpServer::Response response;
        response.headers.append(
            { "Date", QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() });
        return response;
    });
    DiagnosisOptions options = clockOptions(server);
    DiagnosticResult result;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = ClockCheck::run(options); }));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 15'000);
    QCOMPARE(result.verdict, Verdict::Ok);
}

void TestDiagnosis::proxyMasksCredentials()
{
    const QString secret = Test::fakeSecret(QStringLiteral("proxy"));
    qputenv("https_proxy", QStringLiteral("http://alice:%1@127.0.0.1:3128").arg(secret).toUtf8());
    qputenv("NO_PROXY", "localhost,127.0.0.1");
    const DiagnosticResult result = ProxyCheck::run({});
    qunsetenv("NO_PROXY");
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY2(result.detail.contains(QStringLiteral("https_proxy=http://***@127.0.0.1:3128")),
             qPrintable(result.detail));
    QVERIFY2(result.detail.contains(QStringLiteral("HTTP proxy 127.0.0.1:3128")), qPrintable(result.detail));
    QVERIFY2(result.detail.contains(QStringLiteral("NO_PROXY=localhost,127.0.0.1")),
             qPrintable(result.detail));
    QVERIFY(!result.detail.contains(secret));
    QVERIFY(!result.detail.contains(QStringLiteral("alice")));
    QCOMPARE(ProxyCheck::maskCredentials(QStringLiteral("bob:%1@proxy:8080").arg(secret)),
             QStringLiteral("***@proxy:8080"));
}

// What Plugboard uses is its own setting first: a manual proxy or none
// whatever the environment says; a manual one that does not validate is
// reported, since Plugboard then falls back to the system's.
void TestDiagnosis::proxyFollowsPlugboardsOwnSetting()
{
    qputenv("https_proxy", "http://127.0.0.1:3128");
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.type = ProxySettings::Type::Socks5;
    manual.host = QStringLiteral("proxy.example.com");
    manual.port = 1080;
    QVERIFY(manual.save());
    DiagnosticResult result = ProxyCheck::run({});
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY2(result.detail.contains(QStringLiteral("SOCKS5 proxy proxy.example.com:1080")),
             qPrintable(result.detail));
    QVERIFY2(!result.detail.contains(QStringLiteral("127.0.0.1:3128")), qPrintable(result.detail));

    QSettings file(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    file.setValue(QStringLiteral("proxy/port"), 0); // edited by hand: no longer valid
    file.sync();
    result = ProxyCheck::run({});
    QCOMPARE(result.verdict, Verdict::Warning);
    QVERIFY2(result.nextStep.contains(QStringLiteral("plugboard-cli config set proxy")),
             qPrintable(result.nextStep));

    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QVERIFY(none.save());
    result = ProxyCheck::run({});
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY2(result.detail.contains(QStringLiteral("no proxy")), qPrintable(result.detail));
    QVERIFY2(!result.detail.contains(QStringLiteral("127.0.0.1:3128")), qPrintable(result.detail));
    QFile::remove(ApplicationInfo::settingsFilePath());
}

void TestDiagnosis::versionsNameQtQtKeychainAndOpenSsl()
{
    const DiagnosticResult result = VersionsCheck::run({});
    QCOMPARE(result.verdict, Verdict::Ok);
    QVERIFY2(result.detail.contains(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))),
             qPrintable(result.detail));
    QVERIFY2(QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+")).match(result.detail).hasMatch(),
             qPrintable(result.detail));
    QVERIFY2(result.detail.contains(QStringLiteral("OpenSSL 3")), qPrintable(result.detail));
}

void TestDiagnosis::diagnosisReportsEveryCheckInOrder()
{
    auto* diagnosis = new Diagnosis({});
    diagnosis->setAutoDelete(false);
    std::unique_ptr<Diagnosis> owner(diagnosis);
    QSignalSpy finished(diagnosis, &Job::finished);
    diagnosis->start();
    QVERIFY(finished.wait(20'000));
    QStringList ids;
    for (const DiagnosticResult& result : diagnosis->results())
        ids.append(result.id);
    QCOMPARE(ids,
             (QStringList { QStringLiteral("loopback"), QStringLiteral("secret_backend"),
                            QStringLiteral("browser"), QStringLiteral("proxy"), QStringLiteral("clock"),
                            QStringLiteral("permissions"), QStringLiteral("dbus_service"),
                            QStringLiteral("versions") }));
    QCOMPARE(diagnosis->results().at(4).verdict, Verdict::Skipped); // the clock, offline
    QVERIFY(!diagnosis->error().isError());
}

void TestDiagnosis::jsonHasTheDocumentedShape()
{
    const QList<DiagnosticResult> results {
        { QStringLiteral("loopback"),
          QStringLiteral("Loopback listener"),
          Verdict::Ok,
          QStringLiteral("fine"),
          {} },
        { QStringLiteral("clock"), QStringLiteral("Clock"), Verdict::Failed, QStringLiteral("off"),
          QStringLiteral("fix it") },
    };
    const QJsonObject json = DiagnosisReport::toJson(results);
    QCOMPARE(json.keys(),
             (QStringList { QStringLiteral("checks"), QStringLiteral("failed"), QStringLiteral("format"),
                            QStringLiteral("version") }));
    QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("failed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("version")).toString(), ApplicationInfo::version());
    const QJsonObject clock = json.value(QStringLiteral("checks")).toArray().at(1).toObject();
    QCOMPARE(clock.keys(),
             (QStringList { QStringLiteral("detail"), QStringLiteral("id"), QStringLiteral("next_step"),
                            QStringLiteral("title"), QStringLiteral("verdict") }));
    QCOMPARE(clock.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
    QCOMPARE(clock.value(QStringLiteral("next_step")).toString(), QStringLiteral("fix it"));
    QCOMPARE(DiagnosisReport::toJson(results.mid(0, 1)).value(QStringLiteral("failed")).toBool(), false);
}

void TestDiagnosis::textShowsNextStepsOfFailures()
{
    const QList<DiagnosticResult> results {
        { QStringLiteral("loopback"), QStringLiteral("Loopback listener"), Verdict::Ok,
          QStringLiteral("fine"), QStringLiteral("not shown") },
        { QStringLiteral("clock"), QStringLiteral("Clock"), Verdict::Failed, QStringLiteral("off"),
          QStringLiteral("fix it") },
    };
    const QStringList lines = DiagnosisReport::toText(results).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("ok       Loopback listener: fine"));
    QCOMPARE(lines.at(1), QStringLiteral("FAILED   Clock: off"));
    QCOMPARE(lines.at(2), QStringLiteral("         Next step: fix it"));
    QCOMPARE(lines.at(3), QStringLiteral("1 check(s) failed, 0 warning(s)."));
}

// German "übersprungen" is longer than English "skipped": the titles
// still start in one column, after at least one space.
void TestDiagnosis::textColumnsHoldInEveryLanguage()
{
    QList<DiagnosticResult> results;
    for (Verdict verdict : { Verdict::Ok, Verdict::Warning, Verdict::Failed, Verdict::Skipped })
        results.append({ QStringLiteral("clock"), QStringLiteral("Title"), verdict, QStringLiteral("detail"),
                         QStringLiteral("step") });
    for (const char* language : { "en", "de", "fr" }) {
        Translator::install(QLocale(QString::fromLatin1(language)));
        const QStringList lines = DiagnosisReport::toText(results).split(QLatin1Char('\n'));
        const qsizetype column = lines.constFirst().indexOf(QStringLiteral("Title"));
        for (const QString& line : lines) {
            if (!line.contains(QStringLiteral("Title")))
                continue;
            QCOMPARE(line.indexOf(QStringLiteral("Title")), column);
            QCOMPARE(line.at(column - 1), QLatin1Char(' '));
        }
    }
    Translator::install(QLocale(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"

// `plugboard-cli diagnose` from the outside, in sessions made to fail each
// check that depends on the session: no keyring on the bus, no bus at all,
// the vault chosen but missing, a fixed redirect port taken, a settings file
// others can read; and --online against a loopback server whose clock is off.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/secretbackend.h"
#include "tests/support/cliprocess.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatebus.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Plugboard;

namespace {

const QString kPlatform = QStringLiteral("diagnose-idp");

struct Report
{
    Test::CliProcess run;
    QJsonObject json;

    // The check `id` of the --json report.
    QJsonObject check(const QString& id) const
    {
        for (const QJsonValue& value : json.value(QStringLiteral("checks")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }
    QString verdict(const QString& id) const { return check(id).value(QStringLiteral("verdict")).toString(); }
    QString nextStep(const QString& id) const
    {
        return check(id).value(QStringLiteral("next_step")).toString();
    }
    QString detail(const QString& id) const { return check(id).value(QStringLiteral("detail")).toString(); }
};

Report diagnose(const QStringList& extra = {},
                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    Report report;
    report.run = Test::CliProcess::run(
        QStringLiteral(PLUGBOARD_CLI_PATH),
        QStringList { QStringLiteral("diagnose"), QStringLiteral("--json") } + extra, environment);
    report.json = QJsonDocument::fromJson(report.run.out.toUtf8()).object();
    return report;
}

} // namespace

class TestCliDiagnose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void keyringIsNamedAndUnlocked();
    void noKeyringFails();
    void noSessionBusFails();
    void missingVaultFails();
    void takenFixedPortFails();
    void settingsFileOthersCanReadFails();
    void settingsFileOnlyTheOwnerReadsPasses();
    void onlineComparesTheClockWithThePlatformsServer();
    void clockIsSkippedWithoutOnline();
    void unknownPlatformExits3();
    void humanOutputHasOneLinePerCheck();
    void jsonListsEveryCheckOnce();
    void noSecretInTheReport();

private:
    QString startBusWithoutKeyring();
    void addPlatform(quint16 fixedPort);

    std::unique_ptr<Test::PrivateBus> m_bus; ///< started by the first test that needs it
    Test::FakeOAuthProvider m_provider;
};

void TestCliDiagnose::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestCliDiagnose::cleanupTestCase()
{
    m_bus.reset();
}

void TestCliDiagnose::init()
{
    (void)PlatformCatalog().removeCustom(kPlatform); // absent the first time
    QFile::remove(ApplicationInfo::settingsFilePath());
}

// A private dbus-daemon without a keyring on it; its address.
QString TestCliDiagnose::startBusWithoutKeyring()
{
    if (!m_bus)
        m_bus = std::make_unique<Test::PrivateBus>();
    return m_bus->start();
}

// The fake provider as a custom platform, its redirect on `fixedPort` (0: any).
void TestCliDiagnose::addPlatform(quint16 fixedPort)
{
    PlatformRecord record = m_provider.record();
    record.id = kPlatform;
    record.name = QStringLiteral("Diagnose IdP");
    record.redirect.port = fixedPort;
    QVERIFY(PlatformCatalog().addCustom(record, PlatformCatalog::ExistingCustom::Replace));
}

void TestCliDiagnose::keyringIsNamedAndUnlocked()
{
    const Report report = diagnose();
    QCOMPARE(report.verdict(QStringLiteral("secret_backend")), QStringLiteral("ok"));
    QVERIFY2(report.detail(QStringLiteral("secret_backend")).contains(QStringLiteral("GNOME Keyring")),
             qPrintable(report.detail(QStringLiteral("secret_backend"))));
    QVERIFY2(report.detail(QStringLiteral("secret_backend")).contains(QStringLiteral("unlocked")),
             qPrintable(report.detail(QStringLiteral("secret_backend"))));
}

void TestCliDiagnose::noKeyringFails()
{
    const QString address = startBusWithoutKeyring();
    QVERIFY2(!address.isEmpty(), "could not start a private dbus-daemon");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    const Report report = diagnose({}, environment);
    QCOMPARE(report.run.exitCode, 1);
    QCOMPARE(report.verdict(QStringLiteral("secret_backend")), QStringLiteral("failed"));
    QVERIFY2(
        report.detail(QStringLiteral("secret_backend")).contains(QStringLiteral("org.freedesktop.secrets")),
        qPrintable(report.detail(QStringLiteral("secret_backend"))));
    QVERIFY(report.nextStep(QStringLiteral("secret_backend"))
                .contains(QStringLiteral("plugboard-cli vault init")));
    // The bus works; nothing there can start Plugboard.
    QCOMPARE(report.verdict(QStringLiteral("dbus_service")), QStringLiteral("warning"));
}

void TestCliDiagnose::noSessionBusFails()
{
    QTemporaryDir nowhere;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + nowhere.filePath(QStringLiteral("no-bus")));
    const Report report = diagnose({}, environment);
    QCOMPARE(report.run.exitCode, 1);
    QCOMPARE(report.verdict(QStringLiteral("dbus_service")), QStringLiteral("failed"));
    QVERIFY2(
        report.nextStep(QStringLiteral("dbus_service")).contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")),
        qPrintable(report.nextStep(QStringLiteral("dbus_service"))));
    QCOMPARE(report.verdict(QStringLiteral("secret_backend")), QStringLiteral("failed"));
}

void TestCliDiagnose::missingVaultFails()
{
    QVERIFY(SecretBackend::setConfigured(SecretBackend::Kind::Vault));
    const Report report = diagnose();
    QCOMPARE(report.run.exitCode, 1);
    QCOMPARE(report.verdict(QStringLiteral("secret_backend")), QStringLiteral("failed"));
    QVERIFY2(report.detail(QStringLiteral("secret_backend")).contains(QStringLiteral("vault.pbv")),
             qPrintable(report.detail(QStringLiteral("secret_backend"))));
    QVERIFY(report.nextStep(QStringLiteral("secret_backend")).contains(QStringLiteral("vault init")));
}

void TestCliDiagnose::takenFixedPortFails()
{
    QTcpServer holder; // another program on the port the platform's redirect needs
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    addPlatform(holder.serverPort());
    const Report report = diagnose();
    QCOMPARE(report.run.exitCode, 1);
    QCOMPARE(report.verdict(QStringLiteral("loopback")), QStringLiteral("failed"));
    QVERIFY(report.detail(QStringLiteral("loopback")).contains(QStringLiteral("Diagnose IdP")));
    QVERIFY2(report.nextStep(QStringLiteral("loopback")).contains(QString::number(holder.serverPort())),
             qPrintable(report.nextStep(QStringLiteral("loopback"))));
    holder.close();
    // (Not "ok": another suite on this machine may be signing in on a shipped fixed port.)
    QVERIFY(!diagnose().detail(QStringLiteral("loopback")).contains(QStringLiteral("Diagnose IdP")));
}

void TestCliDiagnose::settingsFileOthersCanReadFails()
{
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).setValue(QStringLiteral("probe"), 1);
    QVERIFY(QFile::setPermissions(ApplicationInfo::settingsFilePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    const Report report = diagnose();
    QCOMPARE(report.run.exitCode, 1);
    QCOMPARE(report.verdict(QStringLiteral("permissions")), QStringLiteral("failed"));
    QVERIFY2(report.nextStep(QStringLiteral("permissions"))
                 .contains(QStringLiteral("chmod 600 '%1'").arg(ApplicationInfo::settingsFilePath())),
             qPrintable(report.nextStep(QStringLiteral("permissions"))));
}

void TestCliDiagnose::settingsFileOnlyTheOwnerReadsPasses()
{
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).setValue(QStringLiteral("probe"), 1);
    QVERIFY(QFile::setPermissions(ApplicationInfo::settingsFilePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Report report = diagnose();
    QCOMPARE(report.verdict(QStringLiteral("permissions")), QStringLiteral("ok"));
}

void TestCliDiagnose::onlineComparesTheClockWithThePlatformsServer()
{
    addPlatform(0);
    m_provider.server().setHandler("HEAD", QStringLiteral("/"), [](const Test::FakeHttpServer::Request&) {
        Test::FakeHttpServer::Response response;
        const QDateTime skewed = QDateTime::currentDateTimeUtc().addSecs(-600); // the server is 10 min behind
        response.headers.append({ "Date", skewed.toString(Qt::RFC2822Date).toLatin1() });
        return response;
    });
    m_provider.server().clearRequests();
    const Report report = diagnose({ QStringLiteral("--online"), QStringLiteral("--platform"), kPlatform });
    QCOMPARE(report.verdict(QStringLiteral("clock")), QStringLiteral("warning"));
    QVERIFY2(report.detail(QStringLiteral("clock")).contains(QStringLiteral("ahead of Diagnose IdP")),
             qPrintable(report.detail(QStringLiteral("clock"))));
    QCOMPARE(m_provider.server().requests(QStringLiteral("/"), "HEAD").size(), 1);
}

void TestCliDiagnose::clockIsSkippedWithoutOnline()
{
    addPlatform(0);
    m_provider.server().clearRequests();
    const Report report = diagnose({ QStringLiteral("--platform"), kPlatform });
    QCOMPARE(report.verdict(QStringLiteral("clock")), QStringLiteral("skipped"));
    QVERIFY(report.nextStep(QStringLiteral("clock")).contains(QStringLiteral("--online")));
    QCOMPARE(m_provider.server().requestCount(), 0);
}

void TestCliDiagnose::unknownPlatformExits3()
{
    const Report report = diagnose(
        { QStringLiteral("--online"), QStringLiteral("--platform"), QStringLiteral("no-such-platform") });
    QCOMPARE(report.run.exitCode, 3);
    QVERIFY(report.run.err.contains(QStringLiteral("no-such-platform")));
}

void TestCliDiagnose::humanOutputHasOneLinePerCheck()
{
    QFile::remove(ApplicationInfo::settingsFilePath());
    const Test::CliProcess run
        = Test::CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), { QStringLiteral("diagnose") });
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const char* title : { "Loopback listener", "Secret backend", "Browser", "Network proxy", "Clock",
                               "File permissions", "D-Bus service", "Versions" }) {
        const QRegularExpression line(
            QStringLiteral("^(ok|WARNING|FAILED|skipped) +%1: ").arg(QLatin1String(title)));
        QCOMPARE(lines.filter(line).size(), 1);
    }
    // Every failure is followed by its next step.
    for (int index = 0; index < lines.size(); ++index) {
        if (lines.at(index).startsWith(QLatin1String("FAILED")))
            QVERIFY2(lines.value(index + 1).trimmed().startsWith(QLatin1String("Next step: ")),
                     qPrintable(run.out));
    }
    QCOMPARE(run.exitCode,
             run.out.contains(QLatin1String("\nFAILED")) || run.out.startsWith(QLatin1String("FAILED")) ? 1
                                                                                                        : 0);
}

void TestCliDiagnose::jsonListsEveryCheckOnce()
{
    const Report report = diagnose();
    QCOMPARE(report.json.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(report.json.value(QStringLiteral("version")).toString(), ApplicationInfo::version());
    const QJsonArray checks = report.json.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 8);
    bool anyFailed = false;
    for (const QJsonValue& value : checks) {
        const QJsonObject check = value.toObject();
        QVERIFY(QStringList({ QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("failed"),
                              QStringLiteral("skipped") })
                    .contains(check.value(QStringLiteral("verdict")).toString()));
        QVERIFY(!check.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(check.contains(QStringLiteral("next_step")));
        anyFailed = anyFailed || check.value(QStringLiteral("verdict")).toString() == QLatin1String("failed");
    }
    QCOMPARE(report.json.value(QStringLiteral("failed")).toBool(), anyFailed);
    QCOMPARE(report.run.exitCode, anyFailed ? 1 : 0);
}

void TestCliDiagnose::noSecretInTheReport()
{
    const QString secret = Test::fakeSecret(QStringLiteral("proxy"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("https_proxy"),
                       QStringLiteral("http://carol:%1@127.0.0.1:9").arg(secret));
    environment.insert(QStringLiteral("ALL_PROXY"), QStringLiteral("socks5://%1@127.0.0.1:9").arg(secret));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    for (const QStringList& arguments :
         { QStringList { QStringLiteral("diagnose") },
           QStringList { QStringLiteral("diagnose"), QStringLiteral("--json") } }) {
        const Test::CliProcess run
            = Test::CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), arguments, environment);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("https_proxy=http://***@127.0.0.1:9")));
        QVERIFY(!run.out.contains(Test::secretMarker()));
        QVERIFY(!run.err.contains(Test::secretMarker()));
        QVERIFY(!run.out.contains(QStringLiteral("carol")));
    }
}

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_clidiagnose.moc"

// `plugboard-cli connect PLATFORM --device` end to end against the fake
// provider (its device endpoint found by discovery): exactly the URL and the
// code on standard output, then the connection; Ctrl+C cancels and stores
// nothing; and plain `connect` without a display says how to go on instead
// of starting a browser.
#include "core/applicationinfo.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/qrdecoder.h"
#include "tests/support/testsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kPlatform = QStringLiteral("fakedevice");

QJsonArray connections()
{
    return QJsonDocument::fromJson(
               CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") }).out.toUtf8())
        .array();
}

/// Reads standard output until it holds `lines` lines or the process ends.
QStringList readLines(QProcess& process, int lines)
{
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    QByteArray printed;
    while (printed.count('\n') < lines && process.state() != QProcess::NotRunning
           && (process.bytesAvailable() > 0 || output.wait(20'000)))
        printed += process.readAllStandardOutput();
    return QString::fromUtf8(printed).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliDevice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void printsTheUrlAndCodeThenTheConnection();
    void plainUrlWhenThereIsNoCompleteOne();
    void terminalGetsInstructionsAndAQrCode();
    void ctrlCCancelsAndStoresNothing();
    void deniedOnTheOtherDevice();
    void platformWithoutDeviceFlow();
    void headlessConnectSaysHowToGoOn_data();
    void headlessConnectSaysHowToGoOn();

private:
    void prepare(FakeOAuthProvider& provider);
};

void TestCliDevice::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliDevice::cleanup()
{
    CliSteps::forgetEverything();
}

void TestCliDevice::prepare(FakeOAuthProvider& provider)
{
    const CliProcess add = CliSteps::addProvider(kPlatform, provider);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const CliProcess set = CliSteps::setCredentials(kPlatform, provider);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

void TestCliDevice::printsTheUrlAndCodeThenTheConnection()
{
    FakeOAuthProvider provider;
    prepare(provider);
    provider.setDevicePolls({ QStringLiteral("authorization_pending"), QStringLiteral("approve") });
    const CliProcess connect
        = CliSteps::run({ QStringLiteral("connect"), kPlatform, QStringLiteral("--device"),
                          QStringLiteral("--timeout"), QStringLiteral("60") });
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    const QStringList lines = connect.out.split(QLatin1Char('\n'));
    const QString complete
        = provider.server().url(QStringLiteral("/activate?user_code=WDJB-MJHT")).toString();
    QCOMPARE(lines,
             (QStringList { complete, FakeOAuthProvider::userCode(),
                            kPlatform + QStringLiteral("/user-42\tFake User"), QString() }));
    // Standard error is not a terminal here: one line of hint, no QR code.
    QVERIFY2(connect.err.contains(QStringLiteral("first line")), qPrintable(connect.err));
    QVERIFY(!connect.err.contains(QChar(0x2580)) && !connect.err.contains(QChar(0x2588)));
    QVERIFY(!connect.out.contains(secretMarker()) && !connect.err.contains(secretMarker()));

    const QJsonArray listed = connections();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first()[QLatin1String("state")].toString(), QStringLiteral("connected"));
    QCOMPARE(listed.first()[QLatin1String("refreshes_automatically")].toBool(), true);
    QVERIFY(
        CliSteps::storedTokens(kPlatform, QStringLiteral("user-42")).contains(provider.lastRefreshToken()));
    const CliProcess token = CliSteps::run({ QStringLiteral("token"), kPlatform });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QCOMPARE(token.out.trimmed(), provider.lastAccessToken());
}

void TestCliDevice::plainUrlWhenThereIsNoCompleteOne()
{
    FakeOAuthProvider provider;
    provider.setDeviceCompleteUri(false);
    prepare(provider);
    provider.setDevicePolls({ QStringLiteral("approve") });
    const CliProcess connect
        = CliSteps::run({ QStringLiteral("connect"), kPlatform, QStringLiteral("--device") });
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    const QStringList lines = connect.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), provider.server().url(QStringLiteral("/activate")).toString());
    QCOMPARE(lines.value(1), FakeOAuthProvider::userCode());
}

// Standard error on a terminal (a pseudo-terminal from script(1)), standard
// output to a file: the instructions and a QR code that scans to the URL of
// the first line go to the terminal, the file still holds only the lines.
void TestCliDevice::terminalGetsInstructionsAndAQrCode()
{
    FakeOAuthProvider provider;
    prepare(provider);
    provider.setDevicePolls({ QStringLiteral("approve") });
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("stdout"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    environment.remove(QStringLiteral("NO_COLOR"));
    const QString command
        = QStringLiteral("'%1' connect %2 --device >'%3'").arg(CliSteps::program(), kPlatform, out);
    const CliProcess terminal
        = CliProcess::run(QStringLiteral("script"),
                          { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") }, environment);
    QVERIFY2(terminal.exitCode == 0, qPrintable(terminal.out));
    QFile printed(out);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(printed.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(terminal.out.contains(QStringLiteral("scan the QR code")), qPrintable(terminal.out));
    QVERIFY(terminal.out.contains(FakeOAuthProvider::userCode()));
    QStringList qrRows;
    for (const QString& row : terminal.out.split(QLatin1Char('\n'))) {
        if (row.contains(QStringLiteral("\x1b[30;107m")))
            qrRows.append(QString(row).remove(QLatin1Char('\r')));
    }
    QVERIFY(qrRows.size() > 10);
    QString whyNot;
    QCOMPARE(QrDecoder::decodeTerminalText(qrRows, true, &whyNot), lines.first());
}

void TestCliDevice::ctrlCCancelsAndStoresNothing()
{
    FakeOAuthProvider provider;
    prepare(provider); // the provider answers "pending" for ever
    QProcess connect;
    QSignalSpy finished(&connect, &QProcess::finished);
    connect.start(CliSteps::program(), { QStringLiteral("connect"), kPlatform, QStringLiteral("--device") });
    const QStringList lines = readLines(connect, 2);
    QCOMPARE(lines.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!provider.devicePollTimes().isEmpty(), 10'000); // polling
    QVERIFY(::kill(pid_t(connect.processId()), SIGINT) == 0);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(connect.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(connect.exitCode(), 7);
    const QString err = QString::fromUtf8(connect.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("was cancelled")) && err.contains(QStringLiteral("[cancelled]")),
             qPrintable(err));
    QVERIFY(connect.readAllStandardOutput().isEmpty()); // no connection line
    QVERIFY(connections().isEmpty());
    QVERIFY(CliSteps::storedTokens(kPlatform, QStringLiteral("user-42")).isEmpty());
}

void TestCliDevice::deniedOnTheOtherDevice()
{
    FakeOAuthProvider provider;
    prepare(provider);
    provider.setDevicePolls({ QStringLiteral("access_denied") });
    const CliProcess connect
        = CliSteps::run({ QStringLiteral("connect"), kPlatform, QStringLiteral("--device") });
    QCOMPARE(connect.exitCode, 6);
    QVERIFY2(connect.err.contains(QStringLiteral("declined")), qPrintable(connect.err));
    QCOMPARE(connect.out.count(QLatin1Char('\n')), 2); // the URL and the code, nothing after
    QVERIFY(connections().isEmpty());
}

void TestCliDevice::platformWithoutDeviceFlow()
{
    FakeOAuthProvider provider;
    provider.setOffersDeviceFlow(false);
    prepare(provider);
    const CliProcess connect
        = CliSteps::run({ QStringLiteral("connect"), kPlatform, QStringLiteral("--device") });
    QCOMPARE(connect.exitCode, 2);
    QVERIFY(connect.out.isEmpty());
    QVERIFY2(connect.err.contains(QStringLiteral("--no-browser")), qPrintable(connect.err));
    QVERIFY(provider.deviceRequests().isEmpty());
}

void TestCliDevice::headlessConnectSaysHowToGoOn_data()
{
    QTest::addColumn<bool>("deviceFlow");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("advice");
    QTest::newRow("no display, device flow") << true << QString() << QStringLiteral("--device");
    QTest::newRow("no display, no device flow") << false << QString() << QStringLiteral("paste it here");
    QTest::newRow("display but SSH") << true << QStringLiteral("SSH_CONNECTION")
                                     << QStringLiteral("--device");
    QTest::newRow("display but SSH tty")
        << false << QStringLiteral("SSH_TTY") << QStringLiteral("paste it here");
}

void TestCliDevice::headlessConnectSaysHowToGoOn()
{
    QFETCH(bool, deviceFlow);
    QFETCH(QString, variable);
    QFETCH(QString, advice);
    FakeOAuthProvider provider;
    provider.setOffersDeviceFlow(deviceFlow);
    prepare(provider);

    // A stand-in xdg-open first on PATH notes any attempt to open a browser.
    QTemporaryDir bin;
    const QString opened = bin.filePath(QStringLiteral("opened"));
    QFile script(bin.filePath(QStringLiteral("xdg-open")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"$@\" > '" + opened.toUtf8() + "'\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"),
                       bin.path() + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("SSH_CONNECTION"));
    environment.remove(QStringLiteral("SSH_TTY"));
    if (!variable.isEmpty()) {
        environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
        environment.insert(variable, QStringLiteral("192.0.2.1 50000 192.0.2.2 22"));
    }

    const CliProcess connect = CliProcess::run(
        CliSteps::program(),
        { QStringLiteral("connect"), kPlatform, QStringLiteral("--timeout"), QStringLiteral("2") },
        environment);
    QCOMPARE(connect.exitCode, 7); // nobody came back before the timeout
    QVERIFY2(connect.err.contains(advice), qPrintable(connect.err));
    QVERIFY2(connect.err.contains(QStringLiteral("No browser was opened")), qPrintable(connect.err));
    QVERIFY(!QFile::exists(opened));
    QVERIFY(connect.out.startsWith(provider.server().url(QStringLiteral("/authorize")).toString()));
}

QTEST_GUILESS_MAIN(TestCliDevice)
#include "tst_clidevice.moc"

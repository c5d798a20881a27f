// Runs the real plugboard-cli binary, as scripts do.
#include "testsecrets.h"

#include <QProcess>
#include <QTest>

using namespace Plugboard;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PLUGBOARD_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliBasics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsExitCodes();
    void refusesSecretsOnTheCommandLine_data();
    void refusesSecretsOnTheCommandLine();
    void unknownCommandIsAUsageError();
    void noCommandPrintsOverviewToStderr();
};

void TestCliBasics::helpDocumentsExitCodes()
{
    const Run run = runCli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Usage: plugboard-cli COMMAND")));
    for (const char* line :
         { "2  usage error", "3  unknown or ambiguous", "4  the connection needs to be reconnected",
           "5  the keyring is unavailable", "6  the platform refused", "7  cancelled or timed out" })
        QVERIFY2(run.out.contains(QLatin1String(line)), line);
}

void TestCliBasics::refusesSecretsOnTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = Test::fakeSecret(QStringLiteral("argv"));
    QTest::newRow("separate value") << QStringList { QStringLiteral("credentials"),
                                                     QStringLiteral("set"),
                                                     QStringLiteral("github"),
                                                     QStringLiteral("--client-id"),
                                                     QStringLiteral("abc"),
                                                     QStringLiteral("--client-secret"),
                                                     secret };
    QTest::newRow("with =") << QStringList { QStringLiteral("credentials"), QStringLiteral("set"),
                                             QStringLiteral("github"),
                                             QStringLiteral("--client-secret=") + secret };
    QTest::newRow("refresh token") << QStringList { QStringLiteral("token"),
                                                    QStringLiteral("--refresh-token"), secret };
}

void TestCliBasics::refusesSecretsOnTheCommandLine()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("standard input"))
                 || run.err.contains(QStringLiteral("Pipe it in")),
             qPrintable(run.err));
    // The refusal must not repeat the secret it refused.
    QVERIFY(!run.err.contains(Test::secretMarker()));
    QVERIFY(!run.out.contains(Test::secretMarker()));
}

void TestCliBasics::unknownCommandIsAUsageError()
{
    const Run run = runCli({ QStringLiteral("frobnicate") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    QVERIFY(run.out.isEmpty());
}

void TestCliBasics::noCommandPrintsOverviewToStderr()
{
    const Run run = runCli({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QStringLiteral("Commands:")));
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_clibasics.moc"

// Runs the real plugboard-cli binary, as scripts do.
#include "tests/support/cliprocess.h"
#include "tests/support/testsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Plugboard;

namespace {

using Run = Test::CliProcess;

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return Test::CliProcess::run(QStringLiteral(PLUGBOARD_CLI_PATH), arguments, input);
}

} // namespace

class TestCliBasics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsExitCodes();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void refusesSecretsOnTheCommandLine_data();
    void refusesSecretsOnTheCommandLine();
    void unknownCommandIsAUsageError();
    void noCommandPrintsOverviewToStderr();
    void providersListsTheCatalogAsJson();
    void redirectUriIsExactBeforeConnecting_data();
    void redirectUriIsExactBeforeConnecting();
    void redirectUriForUnknownPlatformExits3();
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

void TestCliBasics::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    // token runs in the lean program, list in the full one it execs.
    QTest::newRow("token") << QStringLiteral("token")
                           << QStringLiteral("Usage: plugboard-cli token [options] CONNECTION\n");
    QTest::newRow("list") << QStringLiteral("list")
                          << QStringLiteral("Usage: plugboard-cli list [options]\n");
}

// The usage line is what a person types, whatever path started the program
// (it showed the full program's path and left out the command).
void TestCliBasics::commandHelpNamesTheCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const Run run = runCli({ command, QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
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

void TestCliBasics::providersListsTheCatalogAsJson()
{
    const Run run = runCli({ QStringLiteral("providers"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), 19);
    QStringList ids;
    for (const QJsonValue& item : list) {
        ids.append(item[QLatin1String("id")].toString());
        if (item[QLatin1String("id")].toString() == QLatin1String("spotify")) {
            QCOMPARE(item[QLatin1String("redirect_uri")].toString(),
                     QStringLiteral("http://127.0.0.1/callback"));
            QCOMPARE(item[QLatin1String("endpoints")][QLatin1String("token")].toString(),
                     QStringLiteral("https://accounts.spotify.com/api/token"));
        }
        if (item[QLatin1String("id")].toString() == QLatin1String("huggingface")) {
            QCOMPARE(item[QLatin1String("auth_kind")].toString(), QStringLiteral("token"));
            QVERIFY2(!item.toObject().contains(QLatin1String("redirect_uri")), "an API key has no redirect");
        }
    }
    QVERIFY(ids.contains(QStringLiteral("github")));
    QVERIFY(ids.contains(QStringLiteral("spotify")));
}

void TestCliBasics::redirectUriIsExactBeforeConnecting_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("uri");
    QTest::newRow("github, any port")
        << QStringLiteral("github") << QStringLiteral("http://127.0.0.1/callback");
    QTest::newRow("twitch, fixed port")
        << QStringLiteral("twitch") << QStringLiteral("http://localhost:8743/callback");
}

void TestCliBasics::redirectUriIsExactBeforeConnecting()
{
    QFETCH(QString, platform);
    QFETCH(QString, uri);
    const Run run = runCli({ QStringLiteral("redirect-uri"), platform });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, uri + QLatin1Char('\n'));
}

void TestCliBasics::redirectUriForUnknownPlatformExits3()
{
    const Run run = runCli({ QStringLiteral("redirect-uri"), QStringLiteral("nosuchplatform") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QStringLiteral("plugboard-cli providers")));
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_clibasics.moc"

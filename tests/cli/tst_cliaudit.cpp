// The audit trail as plugboard-cli writes and shows it: every action a
// script takes leaves its entry with the script as actor, `audit` filters
// them, `audit verify` holds on a real history and names what was changed,
// and no secret ever reaches the files.
#include "core/applicationinfo.h"
#include "core/audit/auditlog.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kConnection = QStringLiteral("fake/user-42");
const QString kApp = QStringLiteral("/usr/bin/env");

QJsonArray auditJson(const QStringList& filters = {})
{
    const Run audit
        = CliSteps::run(QStringList { QStringLiteral("audit"), QStringLiteral("--json") } + filters);
    if (audit.exitCode != 0)
        qWarning() << audit.err;
    return QJsonDocument::fromJson(audit.out.toUtf8()).array();
}

QStringList eventsOf(const QJsonArray& entries)
{
    QStringList events;
    for (const QJsonValue& entry : entries)
        events.append(entry[QLatin1String("event")].toString());
    return events;
}

Run run(const QStringList& arguments, const QByteArray& input = {})
{
    return CliSteps::run(arguments, input);
}

/// `credentials set ID` with a client id and a fake secret piped in.
int setCredentials(const QString& id)
{
    return run({ QStringLiteral("credentials"), QStringLiteral("set"), id, QStringLiteral("--client-id"),
                 QStringLiteral("Iv1.abc"), QStringLiteral("--client-secret-stdin") },
               fakeSecret(QStringLiteral("client")).toUtf8() + '\n')
        .exitCode;
}

} // namespace

class TestCliAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
        ApplicationInfo::applyToApplication();
    }
    void cleanup() { CliSteps::forgetEverything(); }

    void everyActionLeavesItsEntryWithTheScriptAsActor();
    void filtersNarrowTheList();
    void verifyNamesTheEntryThatWasChanged();
    void verifyCallsATruncatedLastLineTorn();
    void fourScriptsAtOnceShareOneChain();
    void badFiltersAreUsageErrors();
};

void TestCliAudit::everyActionLeavesItsEntryWithTheScriptAsActor()
{
    FakeOAuthProvider provider;
    QCOMPARE(CliSteps::addProvider(kFake, provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(kFake, provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(kFake, provider).exitCode, 0);
    QCOMPARE(CliSteps::connect(kFake).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("token"), kFake }).exitCode, 0);
    QVERIFY(CliSteps::setTokenExpiry(kFake, QStringLiteral("user-42"),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));
    QCOMPARE(run({ QStringLiteral("token"), kFake }).exitCode, 0); // renews, then hands out
    QCOMPARE(run({ QStringLiteral("check"), kFake }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("grants"), QStringLiteral("allow"), kApp, kFake }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("grants"), QStringLiteral("revoke"), kApp }).exitCode, 0);
    QVERIFY(CliSteps::setTokenExpiry(kFake, QStringLiteral("user-42"),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));
    provider.setTokenOverride(FakeHttpServer::Response::text(503, QByteArrayLiteral("maintenance")));
    QCOMPARE(run({ QStringLiteral("token"), kFake }).exitCode, 6);
    provider.setTokenOverride(FakeHttpServer::Response::json(
        400, QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_grant") } }));
    QCOMPARE(run({ QStringLiteral("token"), kFake }).exitCode, 4);
    provider.clearTokenOverride();
    QCOMPARE(CliSteps::connect(kFake).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("disconnect"), kFake }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("credentials"), QStringLiteral("remove"), kFake }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("providers"), QStringLiteral("remove"), kFake }).exitCode, 0);

    const QJsonArray entries = auditJson();
    QCOMPARE(eventsOf(entries),
             (QStringList { QStringLiteral("provider.added"), QStringLiteral("credentials.saved"),
                            QStringLiteral("credentials.replaced"), QStringLiteral("connection.made"),
                            QStringLiteral("token.handed_out"), QStringLiteral("connection.renewed"),
                            QStringLiteral("token.handed_out"), QStringLiteral("connection.checked"),
                            QStringLiteral("grant.given"), QStringLiteral("grant.revoked"),
                            QStringLiteral("connection.renewal_failed"),
                            QStringLiteral("connection.needs_reconnect"), QStringLiteral("connection.made"),
                            QStringLiteral("connection.disconnected"), QStringLiteral("credentials.removed"),
                            QStringLiteral("provider.removed") }));
    const QString actor = QStringLiteral("cli:") + QCoreApplication::applicationFilePath();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry[QLatin1String("seq")].toInt(), i + 1);
        QCOMPARE(entry[QLatin1String("actor")].toString(), actor);
        QVERIFY(!entry[QLatin1String("pending")].toBool());
    }
    QCOMPARE(entries.at(3)[QLatin1String("subject")].toString(), kConnection);
    QCOMPARE(entries.at(3)[QLatin1String("detail")].toString(), QStringLiteral("browser"));
    QCOMPARE(entries.at(8)[QLatin1String("detail")].toString(), kApp);
    QCOMPARE(entries.at(10)[QLatin1String("outcome")].toString(), QStringLiteral("exchange_failed"));
    QCOMPARE(entries.at(11)[QLatin1String("outcome")].toString(), QStringLiteral("invalid_grant"));
    QVERIFY(entries.at(12)[QLatin1String("detail")].toString().contains(QLatin1String("replaced")));
    QCOMPARE(entries.at(13)[QLatin1String("detail")].toString(), QStringLiteral("revoked at the platform"));

    const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY2(verify.err.contains(QLatin1String("16 entries checked")), qPrintable(verify.err));
    QCOMPARE(filesContaining(AuditLog::defaultFolder(), secretMarker().toUtf8()), QStringList());
    QCOMPARE(filesContaining(AuditLog::defaultFolder(), provider.clientSecret().toUtf8()), QStringList());
}

void TestCliAudit::filtersNarrowTheList()
{
    QCOMPARE(setCredentials(QStringLiteral("github")), 0);
    QCOMPARE(setCredentials(QStringLiteral("gitlab")), 0);
    QCOMPARE(
        run({ QStringLiteral("credentials"), QStringLiteral("remove"), QStringLiteral("github") }).exitCode,
        0);

    QCOMPARE(auditJson().size(), 3);
    QCOMPARE(eventsOf(auditJson({ QStringLiteral("--connection"), QStringLiteral("github") })),
             (QStringList { QStringLiteral("credentials.saved"), QStringLiteral("credentials.removed") }));
    QCOMPARE(eventsOf(auditJson({ QStringLiteral("--event"), QStringLiteral("credentials.removed") })),
             QStringList { QStringLiteral("credentials.removed") });
    QCOMPARE(auditJson({ QStringLiteral("--event"), QStringLiteral("credentials") }).size(), 3);
    QCOMPARE(auditJson({ QStringLiteral("--event"), QStringLiteral("token") }).size(), 0);
    QCOMPARE(auditJson({ QStringLiteral("--since"), QStringLiteral("1h") }).size(), 3);
    QCOMPARE(auditJson({ QStringLiteral("--since"), QStringLiteral("2099-01-01") }).size(), 0);

    const Run text
        = run({ QStringLiteral("audit"), QStringLiteral("--connection"), QStringLiteral("gitlab") });
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(text.out.contains(QLatin1String("credentials.saved  gitlab  cli:")), qPrintable(text.out));
}

void TestCliAudit::verifyNamesTheEntryThatWasChanged()
{
    for (const QString& id : { QStringLiteral("github"), QStringLiteral("gitlab"), QStringLiteral("slack") })
        QCOMPARE(setCredentials(id), 0);
    QFile file(AuditLog().currentFile());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace("\"subject\":\"gitlab\"", "\"subject\":\"gitlub\"");
    file.resize(0);
    file.write(bytes);
    file.close();

    const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(QLatin1String("entry 2 (audit.jsonl line 2)")), qPrintable(verify.err));
    QVERIFY2(verify.err.contains(QLatin1String("changed")), qPrintable(verify.err));
    const Run json = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 1);
    const QJsonObject verdict = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(verdict[QLatin1String("problem")].toString(), QStringLiteral("changed"));
    QCOMPARE(verdict[QLatin1String("sequence")].toInt(), 2);
}

void TestCliAudit::verifyCallsATruncatedLastLineTorn()
{
    for (const QString& id : { QStringLiteral("github"), QStringLiteral("gitlab") })
        QCOMPARE(setCredentials(id), 0);
    QFile file(AuditLog().currentFile());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 40));
    file.close();

    const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY2(verify.err.contains(QLatin1String("audit.jsonl line 2 was left half-written")),
             qPrintable(verify.err));
    QVERIFY2(verify.err.contains(QLatin1String("1 entry checked")), qPrintable(verify.err));

    // The next writer closes the torn line and the chain runs on.
    QCOMPARE(
        run({ QStringLiteral("credentials"), QStringLiteral("remove"), QStringLiteral("gitlab") }).exitCode,
        0);
    const Run again = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.err.contains(QLatin1String("2 entries checked")), qPrintable(again.err));
}

void TestCliAudit::fourScriptsAtOnceShareOneChain()
{
    // A fresh trail: all four find no key and must agree on one.
    QList<QProcess*> scripts;
    for (const QString& id : { QStringLiteral("github"), QStringLiteral("gitlab"), QStringLiteral("slack"),
                               QStringLiteral("discord") }) {
        auto* script = new QProcess(this);
        script->start(CliSteps::program(),
                      { QStringLiteral("credentials"), QStringLiteral("set"), id,
                        QStringLiteral("--client-id"), QStringLiteral("abc"),
                        QStringLiteral("--client-secret-stdin") });
        script->write(fakeSecret(QStringLiteral("client")).toUtf8() + '\n');
        script->closeWriteChannel();
        scripts.append(script);
    }
    for (QProcess* script : std::as_const(scripts)) {
        QVERIFY(script->waitForFinished(30'000));
        QCOMPARE(script->exitCode(), 0);
    }
    QCOMPARE(auditJson().size(), 4);
    const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY2(verify.err.contains(QLatin1String("4 entries checked")), qPrintable(verify.err));
}

void TestCliAudit::badFiltersAreUsageErrors()
{
    const Run since
        = run({ QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday") });
    QCOMPARE(since.exitCode, 2);
    QVERIFY2(since.err.contains(QLatin1String("7d")), qPrintable(since.err));
    const Run event = run({ QStringLiteral("audit"), QStringLiteral("--event"), QStringLiteral("tokens") });
    QCOMPARE(event.exitCode, 2);
    QVERIFY2(event.err.contains(QLatin1String("token.handed_out")), qPrintable(event.err));
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--event"),
                   QStringLiteral("token") })
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"

// The lean plugboard-cli (app/cli/lean) against the full one: for a valid
// token in the keyring it answers itself with the same output, exit code
// and audit entry, chained so `audit verify` holds; for everything else
// (renewal, the vault, errors, other commands) it execs the full program.
// A copy of the lean binary alone in a folder, with no full program to
// exec, tells the two apart: it can only succeed by answering itself.
#include "core/applicationinfo.h"
#include "core/audit/auditlog.h"
#include "core/storage/secretbackend.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kAccount = QStringLiteral("user-42");
const QString kCannotExec = QStringLiteral("could not start plugboard-cli-full");

QList<AuditEntry> tokenEntries()
{
    QList<AuditEntry> found;
    for (const AuditEntry& entry : AuditLog().readAll())
        if (entry.event == QLatin1String("token.handed_out"))
            found.append(entry);
    return found;
}

} // namespace

class TestCliLean final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answersItselfLikeTheFullProgram();
    void execsTheFullProgramForEverythingElse();
    void renewsThroughTheFullProgram();

private:
    /// `token ARGS` with the lean binary alone in a folder: no full program.
    Run runAlone(const QStringList& arguments) const;

    std::unique_ptr<FakeOAuthProvider> m_provider;
    QTemporaryDir m_alone;
};

void TestCliLean::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    QVERIFY(m_alone.isValid());
    QVERIFY(
        QFile::copy(QStringLiteral(PLUGBOARD_CLI_PATH), m_alone.filePath(QStringLiteral("plugboard-cli"))));
}

void TestCliLean::init()
{
    m_provider = std::make_unique<FakeOAuthProvider>();
    QCOMPARE(CliSteps::addProvider(kFake, *m_provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(kFake, *m_provider).exitCode, 0);
    const Run connect = CliSteps::connect(kFake);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
}

void TestCliLean::cleanup()
{
    CliSteps::forgetEverything();
    m_provider.reset();
}

Run TestCliLean::runAlone(const QStringList& arguments) const
{
    return CliProcess::run(m_alone.filePath(QStringLiteral("plugboard-cli")), arguments);
}

void TestCliLean::answersItselfLikeTheFullProgram()
{
    for (const QStringList& extra :
         { QStringList(), QStringList { QStringLiteral("--json") },
           QStringList { QStringLiteral("--min-validity=600"), QStringLiteral("--json") } }) {
        const QStringList arguments = QStringList { QStringLiteral("token"), kFake } + extra;
        // The suite turns debug logging on: compare what users see.
        QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
        quiet.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        const Run full = CliProcess::run(QStringLiteral(PLUGBOARD_CLI_FULL_PATH), arguments, quiet);
        const Run lean = CliProcess::run(m_alone.filePath(QStringLiteral("plugboard-cli")), arguments, quiet);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QVERIFY2(lean.exitCode == 0, qPrintable(lean.err));
        QCOMPARE(lean.out, full.out);
        QCOMPARE(lean.err, full.err);
    }
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0);
    // Every hand-out recorded, the lean ones exactly like the full ones.
    const QList<AuditEntry> entries = tokenEntries();
    QCOMPARE(entries.size(), 6);
    for (qsizetype i = 0; i < entries.size(); i += 2) {
        const AuditEntry& full = entries.at(i);
        const AuditEntry& lean = entries.at(i + 1);
        QCOMPARE(lean.subject, full.subject);
        QCOMPARE(lean.actor, full.actor);
        QCOMPARE(lean.outcome, full.outcome);
        QCOMPARE(lean.detail, full.detail);
        QCOMPARE(lean.sequence, full.sequence + 1);
    }
    const Run verify = CliSteps::run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

void TestCliLean::execsTheFullProgramForEverythingElse()
{
    const qsizetype before = tokenEntries().size();
    const QList<QStringList> others {
        { QStringLiteral("token"), QStringLiteral("nosuch") },
        { QStringLiteral("token"), kFake, QStringLiteral("--min-validity"), QStringLiteral("-1") },
        { QStringLiteral("token"), kFake, QStringLiteral("--help") },
        { QStringLiteral("token"), kFake, QStringLiteral("--json"), QStringLiteral("--json") },
        { QStringLiteral("list") },
        { QStringLiteral("--version") },
        { QStringLiteral("token"), kFake, QStringLiteral("--min-validity"), QStringLiteral("86400") },
    };
    for (const QStringList& arguments : others) {
        const Run alone = runAlone(arguments);
        QVERIFY2(alone.exitCode == 1 && alone.out.isEmpty() && alone.err.contains(kCannotExec),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + alone.err));
    }
    // The vault: the lean program never opens it.
    QVERIFY(SecretBackend::setConfigured(SecretBackend::Kind::Vault));
    const Run vault = runAlone({ QStringLiteral("token"), kFake });
    QVERIFY(SecretBackend::setConfigured(SecretBackend::Kind::Keyring));
    QVERIFY2(vault.exitCode == 1 && vault.out.isEmpty() && vault.err.contains(kCannotExec),
             qPrintable(vault.err));
    QCOMPARE(tokenEntries().size(), before);
}

void TestCliLean::renewsThroughTheFullProgram()
{
    QVERIFY(CliSteps::setTokenExpiry(kFake, kAccount, QDateTime::currentDateTimeUtc().addSecs(-5)));
    const Run alone = runAlone({ QStringLiteral("token"), kFake });
    QVERIFY2(alone.exitCode == 1 && alone.err.contains(kCannotExec), qPrintable(alone.err));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0);
    const Run renewed = CliSteps::run({ QStringLiteral("token"), kFake });
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.err));
    QCOMPARE(renewed.out, m_provider->lastAccessToken() + QLatin1Char('\n'));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(tokenEntries().size(), 1); // recorded once, by the full program
}

QTEST_GUILESS_MAIN(TestCliLean)
#include "tst_clilean.moc"

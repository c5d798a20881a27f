#include "core/lifecycle/connectoperation.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testsecrets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

PlatformRecord platform(bool secretRequired = true)
{
    PlatformRecord record;
    record.id = QStringLiteral("example");
    record.name = QStringLiteral("Example");
    record.credentials = {
        { QStringLiteral("client_id"),
          QStringLiteral("Client ID"),
          CredentialType::OAuthClientId,
          true,
          false,
          {},
          {} },
        { QStringLiteral("client_secret"),
          QStringLiteral("Client Secret"),
          CredentialType::OAuthClientSecret,
          secretRequired,
          true,
          {},
          {} },
    };
    return record;
}

// Runs a job to its end and keeps it for inspection.
std::unique_ptr<CredentialsJob> run(CredentialsJob* job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &CredentialsJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(10000);
    return std::unique_ptr<CredentialsJob>(job);
}

} // namespace

class TestCredentialsJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoads();
    void replacingTheSecretKeepsTheId();
    void refusesIncompleteCredentialsAndWritesNothing();
    void hintsNeverContainSecrets();
    void lockedKeyringFailsWithoutChangingAnything();
    void removeForgetsThem();
    void unknownFieldIsRefused();
};

void TestCredentialsJob::savesAndLoads()
{
    MemorySecretStore store;
    const QString secret = fakeSecret(QStringLiteral("client"));
    auto saved
        = run(CredentialsJob::save(&store, platform(),
                                   { { QStringLiteral("client_id"), QStringLiteral("client-abcd1234") },
                                     { QStringLiteral("client_secret"), secret } }));
    QVERIFY2(!saved->error().isError(), qPrintable(saved->error().message));
    QVERIFY(store.contains(QStringLiteral("credentials/example")));

    auto loaded = run(CredentialsJob::load(&store, platform()));
    QVERIFY(!loaded->error().isError());
    QCOMPARE(loaded->credentials().clientId, QStringLiteral("client-abcd1234"));
    QCOMPARE(loaded->credentials().clientSecret, secret);
}

void TestCredentialsJob::replacingTheSecretKeepsTheId()
{
    MemorySecretStore store;
    run(CredentialsJob::save(&store, platform(),
                             { { QStringLiteral("client_id"), QStringLiteral("client-abcd1234") },
                               { QStringLiteral("client_secret"), fakeSecret(QStringLiteral("old")) } }));
    const QString replacement = fakeSecret(QStringLiteral("new"));
    auto replaced
        = run(CredentialsJob::save(&store, platform(), { { QStringLiteral("client_secret"), replacement } }));
    QVERIFY(!replaced->error().isError());
    QCOMPARE(replaced->credentials().clientId, QStringLiteral("client-abcd1234"));
    QCOMPARE(replaced->credentials().clientSecret, replacement);
}

void TestCredentialsJob::refusesIncompleteCredentialsAndWritesNothing()
{
    MemorySecretStore store;
    auto job = run(
        CredentialsJob::save(&store, platform(), { { QStringLiteral("client_id"), QStringLiteral("id") } }));
    QCOMPARE(job->error().code, ErrorCode::MissingCredentials);
    QCOMPARE(job->error().message, QStringLiteral("Missing required credentials: Client Secret"));
    QVERIFY(!store.contains(QStringLiteral("credentials/example")));
}

void TestCredentialsJob::hintsNeverContainSecrets()
{
    MemorySecretStore store;
    const QString secret = fakeSecret(QStringLiteral("client"));
    auto job = run(CredentialsJob::save(&store, platform(),
                                        { { QStringLiteral("client_id"), QStringLiteral("client-abcd1234") },
                                          { QStringLiteral("client_secret"), secret } }));
    const QMap<QString, QString> hints = job->savedFieldHints();
    // A client ID is no secret: shown whole so a typo can be seen.
    QCOMPARE(hints.value(QStringLiteral("client_id")), QStringLiteral("client-abcd1234"));
    QVERIFY(hints.contains(QStringLiteral("client_secret")));
    QVERIFY(hints.value(QStringLiteral("client_secret")).isEmpty());
}

void TestCredentialsJob::lockedKeyringFailsWithoutChangingAnything()
{
    MemorySecretStore store;
    run(CredentialsJob::save(&store, platform(),
                             { { QStringLiteral("client_id"), QStringLiteral("client-abcd1234") },
                               { QStringLiteral("client_secret"), fakeSecret(QStringLiteral("kept")) } }));
    const QString before = store.peek(QStringLiteral("credentials/example"));
    store.setCondition(MemorySecretStore::Condition::Locked);

    // Everything given: the write is refused.
    auto full
        = run(CredentialsJob::save(&store, platform(),
                                   { { QStringLiteral("client_id"), QStringLiteral("other-id") },
                                     { QStringLiteral("client_secret"), fakeSecret(QStringLiteral("x")) } }));
    QCOMPARE(full->error().code, ErrorCode::KeyringLocked);
    QVERIFY(full->credentials().isEmpty());

    // Only a new secret: a locked keyring reads as empty, so the id seems
    // missing; the message says the keyring may be locked.
    auto partial = run(CredentialsJob::save(
        &store, platform(), { { QStringLiteral("client_secret"), fakeSecret(QStringLiteral("y")) } }));
    QCOMPARE(partial->error().code, ErrorCode::MissingCredentials);
    QVERIFY2(partial->error().message.contains(QStringLiteral("locked")),
             qPrintable(partial->error().message));

    // Reading them for a sign-in says "locked", not "not set up": connect
    // used to answer "Missing required credentials: Client ID" (exit 2).
    auto load = run(CredentialsJob::load(&store, platform()));
    QCOMPARE(load->error().code, ErrorCode::KeyringLocked);
    QVERIFY2(load->error().message.contains(QStringLiteral("Unlock your keyring")),
             qPrintable(load->error().message));
    QTemporaryDir folder;
    ConnectionStore connections(folder.filePath(QStringLiteral("connections.json")));
    auto* connect = new ConnectOperation(platform(), &store, &connections);
    connect->setAutoDelete(false);
    const std::unique_ptr<ConnectOperation> owner(connect);
    QSignalSpy connected(connect, &ConnectOperation::finished);
    connect->start();
    QVERIFY(connected.wait(5000));
    QCOMPARE(connect->error().code, ErrorCode::KeyringLocked);

    store.setCondition(MemorySecretStore::Condition::Available);
    QCOMPARE(store.peek(QStringLiteral("credentials/example")), before);
    // Never saved is still "not set up", without a word about locks.
    MemorySecretStore empty;
    empty.setCondition(MemorySecretStore::Condition::Locked);
    auto nothing = run(CredentialsJob::load(&empty, platform()));
    QCOMPARE(nothing->error().code, ErrorCode::None);
}

void TestCredentialsJob::removeForgetsThem()
{
    MemorySecretStore store;
    run(CredentialsJob::save(&store, platform(false),
                             { { QStringLiteral("client_id"), QStringLiteral("id-1") } }));
    QVERIFY(store.contains(QStringLiteral("credentials/example")));
    auto job = run(CredentialsJob::remove(&store, platform(false)));
    QVERIFY(!job->error().isError());
    QVERIFY(!store.contains(QStringLiteral("credentials/example")));
    auto loaded = run(CredentialsJob::load(&store, platform(false)));
    QVERIFY(!loaded->error().isError());
    QVERIFY(loaded->credentials().isEmpty());
}

void TestCredentialsJob::unknownFieldIsRefused()
{
    MemorySecretStore store;
    auto job = run(
        CredentialsJob::save(&store, platform(), { { QStringLiteral("password"), QStringLiteral("x") } }));
    QCOMPARE(job->error().code, ErrorCode::InvalidArgument);
    QCOMPARE(store.jobsRun(), 0);
}

QTEST_GUILESS_MAIN(TestCredentialsJob)
#include "tst_credentialsjob.moc"

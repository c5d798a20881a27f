#include "core/lifecycle/connectoperation.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testsecrets.h"

#include <QFile>
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
std::unique_ptr<CredentialsJob> run(CredentialsJob* job, ConnectionStore* connections = nullptr)
{
    if (connections)
        job->setConnections(connections);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &CredentialsJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(10000);
    return std::unique_ptr<CredentialsJob>(job);
}

const QString kOldClient = QStringLiteral("client-old-1234");

QMap<QString, QString> clientValues(const QString& clientId, const QString& secretName)
{
    return { { QStringLiteral("client_id"), clientId },
             { QStringLiteral("client_secret"), fakeSecret(secretName) } };
}

/// A connection of `platformId` made with the client `clientId` (empty: made
/// before connections knew their client), renewing by itself.
Connection connectionMadeWith(const QString& platformId, const QString& accountId, const QString& clientId)
{
    Connection connection;
    connection.platformId = platformId;
    connection.accountId = accountId;
    connection.accountName = accountId;
    connection.refreshable = true;
    connection.clientFingerprint = AppCredentials { clientId, QString(), QString() }.clientFingerprint();
    return connection;
}

/// Saves the old client's credentials and stores two connections made with
/// it, one with another platform's, and one from before fingerprints.
struct SignedIn
{
    MemorySecretStore secrets;
    QTemporaryDir folder;
    ConnectionStore connections { folder.filePath(QStringLiteral("connections.json")) };

    bool seed()
    {
        if (run(CredentialsJob::save(&secrets, platform(), clientValues(kOldClient, QStringLiteral("old"))))
                ->error()
                .isError())
            return false;
        for (const Connection& connection :
             { connectionMadeWith(QStringLiteral("example"), QStringLiteral("ada"), kOldClient),
               connectionMadeWith(QStringLiteral("example"), QStringLiteral("bob"), kOldClient),
               connectionMadeWith(QStringLiteral("example"), QStringLiteral("old-timer"), QString()),
               connectionMadeWith(QStringLiteral("other"), QStringLiteral("ada"), QStringLiteral("x-1")) }) {
            if (!connections.upsert(connection))
                return false;
        }
        return true;
    }

    Connection stored(const QString& id)
    {
        ConnectionStore fresh(connections.filePath());
        (void)fresh.load();
        return fresh.connection(id).value_or(Connection());
    }
};

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
    void newClientIdNeedsReconnectAndSaysWhy();
    void newSecretForTheSameClientKeepsConnections();
    void connectionsWithoutFingerprintAreLeftAlone();
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

void TestCredentialsJob::newClientIdNeedsReconnectAndSaysWhy()
{
    SignedIn signedIn;
    QVERIFY(signedIn.seed());
    auto saved
        = run(CredentialsJob::save(&signedIn.secrets, platform(),
                                   { { QStringLiteral("client_id"), QStringLiteral("client-new-5678") } }),
              &signedIn.connections);
    QVERIFY2(!saved->error().isError(), qPrintable(saved->error().message));
    QCOMPARE(saved->connectionsLeftBehind(),
             (QStringList { QStringLiteral("example/ada"), QStringLiteral("example/bob") }));

    for (const QString& id : { QStringLiteral("example/ada"), QStringLiteral("example/bob") }) {
        const Connection connection = signedIn.stored(id);
        QCOMPARE(stateName(connection.state), stateName(ConnectionState::NeedsReconnect));
        // InvalidGrant: what "reconnect" is everywhere (exit code 4, the card's Reconnect).
        QCOMPARE(connection.lastError.code, ErrorCode::InvalidGrant);
        QCOMPARE(connection.lastError.message,
                 QStringLiteral("Example's app credentials now use a different client ID; tokens issued to "
                                "the old app stop working there. Reconnect %1 to sign in with the new one.")
                     .arg(id));
        QVERIFY2(connection.refreshable, "the tokens stay: switching back to the old app loses nothing");
        QVERIFY(!connection.lastError.message.contains(kOldClient));
    }
    QCOMPARE(signedIn.stored(QStringLiteral("other/ada")).state, ConnectionState::Connected);

    // Saving the new id again (or only a new secret for it) is no news.
    auto again
        = run(CredentialsJob::save(&signedIn.secrets, platform(),
                                   { { QStringLiteral("client_id"), QStringLiteral("client-new-5678") } }),
              &signedIn.connections);
    QCOMPARE(again->connectionsLeftBehind(), QStringList());
}

void TestCredentialsJob::newSecretForTheSameClientKeepsConnections()
{
    SignedIn signedIn;
    QVERIFY(signedIn.seed());
    const QByteArray before = [&signedIn] {
        QFile file(signedIn.connections.filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    auto secretOnly = run(
        CredentialsJob::save(&signedIn.secrets, platform(),
                             { { QStringLiteral("client_secret"), fakeSecret(QStringLiteral("new")) } }),
        &signedIn.connections);
    QVERIFY(!secretOnly->error().isError());
    auto sameIdTyped = run(
        CredentialsJob::save(&signedIn.secrets, platform(),
                             clientValues(QStringLiteral(" client-old-1234 "), QStringLiteral("newer"))),
        &signedIn.connections);
    QVERIFY(!sameIdTyped->error().isError());
    QCOMPARE(secretOnly->connectionsLeftBehind() + sameIdTyped->connectionsLeftBehind(), QStringList());
    QCOMPARE(signedIn.stored(QStringLiteral("example/ada")).state, ConnectionState::Connected);
    QFile file(signedIn.connections.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll() == before, "nothing rewritten");
}

void TestCredentialsJob::connectionsWithoutFingerprintAreLeftAlone()
{
    // Made before connections knew their client: nobody can tell which app
    // made them, and a false alarm would send people to reconnect for nothing.
    SignedIn signedIn;
    QVERIFY(signedIn.seed());
    run(CredentialsJob::save(&signedIn.secrets, platform(),
                             clientValues(QStringLiteral("client-new-5678"), QStringLiteral("new"))),
        &signedIn.connections);
    const Connection oldTimer = signedIn.stored(QStringLiteral("example/old-timer"));
    QCOMPARE(oldTimer.state, ConnectionState::Connected);
    QVERIFY(!oldTimer.hasLastError());
    QCOMPARE(signedIn.stored(QStringLiteral("example/ada")).state, ConnectionState::NeedsReconnect);
}

QTEST_GUILESS_MAIN(TestCredentialsJob)
#include "tst_credentialsjob.moc"

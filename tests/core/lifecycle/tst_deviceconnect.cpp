// ConnectOperation with the device method (RFC 8628) against the fake
// provider: the code reaches the window's dialog with a session to count
// down on, and the result is stored like any connection; cancelling or a
// platform without a device endpoint stores nothing.
#include "core/lifecycle/connectoperation.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretstore.h"
#include "core/storage/tokenset.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/memorysecretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Plugboard;
using namespace Plugboard::Test;
using namespace std::chrono_literals;

class TestDeviceConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void storedLikeAnyConnection();
    void cancelledAfterTheCodeStoresNothing();
    void platformWithoutDeviceEndpoint();

private:
    /// An operation with the device method, owned by the test.
    ConnectOperation* operation(const PlatformRecord& record);
    void finish(ConnectOperation* operation);

    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<ConnectOperation> m_operation;
};

void TestDeviceConnect::init()
{
    m_provider = std::make_unique<FakeOAuthProvider>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_folder = std::make_unique<QTemporaryDir>();
    m_connections = std::make_unique<ConnectionStore>(m_folder->filePath(QStringLiteral("connections.json")));
    CredentialsJob* save
        = CredentialsJob::save(m_secrets.get(), m_provider->record(),
                               { { QStringLiteral("client_id"), m_provider->clientId() },
                                 { QStringLiteral("client_secret"), m_provider->clientSecret() } });
    QSignalSpy saved(save, &CredentialsJob::finished);
    save->start();
    QVERIFY(saved.wait(5000));
}

void TestDeviceConnect::cleanup()
{
    m_operation.reset();
    m_connections.reset();
    m_folder.reset();
    m_secrets.reset();
    m_provider.reset();
}

ConnectOperation* TestDeviceConnect::operation(const PlatformRecord& record)
{
    m_operation = std::make_unique<ConnectOperation>(record, m_secrets.get(), m_connections.get());
    m_operation->setAutoDelete(false);
    m_operation->setMethod(ConnectOperation::SignInMethod::Device);
    m_operation->setTimeout(1min);
    return m_operation.get();
}

void TestDeviceConnect::finish(ConnectOperation* operation)
{
    QSignalSpy finished(operation, &ConnectOperation::finished);
    if (!operation->isFinished())
        QVERIFY(finished.wait(30'000));
}

void TestDeviceConnect::storedLikeAnyConnection()
{
    m_provider->setDevicePolls({ QStringLiteral("authorization_pending"), QStringLiteral("approve") });
    ConnectOperation* connect = operation(m_provider->record());
    QSignalSpy urlReady(connect, &ConnectOperation::authorizationUrlReady);
    bool sessionWhileWaiting = false;
    QObject::connect(connect, &ConnectOperation::deviceCodeReady, this, [&](const DeviceCode& code) {
        QCOMPARE(code.userCode, FakeOAuthProvider::userCode());
        sessionWhileWaiting = connect->deviceSession() && connect->deviceSession()->remainingTime() > 50s
            && connect->deviceSession()->deviceCode() == code && !connect->session();
    });
    connect->start();
    finish(connect);
    QVERIFY2(!connect->error().isError(), qPrintable(connect->error().message));
    QVERIFY(sessionWhileWaiting);
    QCOMPARE(urlReady.count(), 0); // no browser sign-in
    QVERIFY(!connect->deviceSession());

    const std::optional<Connection> stored = m_connections->connection(connect->connectionId());
    QVERIFY(stored);
    QCOMPARE(stored->accountName, QStringLiteral("Fake User"));
    QCOMPARE(stored->grantedScopes, QStringList { QStringLiteral("read") });
    QCOMPARE(stored->requestedScopes, QStringList { QStringLiteral("read") });
    QVERIFY(stored->refreshable);
    QVERIFY(!stored->clientFingerprint.isEmpty());
    const Result<TokenSet> tokens = TokenSet::fromJson(
        m_secrets->peek(SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42"))));
    QVERIFY(tokens);
    QCOMPARE(tokens.value().refreshToken, m_provider->lastRefreshToken());
}

void TestDeviceConnect::cancelledAfterTheCodeStoresNothing()
{
    ConnectOperation* connect = operation(m_provider->record());
    QSignalSpy codeReady(connect, &ConnectOperation::deviceCodeReady);
    connect->start();
    QVERIFY(codeReady.wait(10'000));
    connect->cancel();
    finish(connect);
    QCOMPARE(connect->error().code, ErrorCode::Cancelled);
    QVERIFY(m_connections->connections().isEmpty());
    QCOMPARE(m_secrets->keys(), QStringList { QStringLiteral("credentials/fake") });
}

void TestDeviceConnect::platformWithoutDeviceEndpoint()
{
    PlatformRecord record = m_provider->record();
    record.deviceAuthorizationEndpoint = QUrl();
    ConnectOperation* connect = operation(record);
    connect->start();
    finish(connect);
    QCOMPARE(connect->error().code, ErrorCode::InvalidArgument);
    QVERIFY2(connect->error().message.contains(QStringLiteral("--no-browser")),
             qPrintable(connect->error().message));
    QVERIFY(m_provider->deviceRequests().isEmpty());
    QVERIFY(m_connections->connections().isEmpty());
}

QTEST_GUILESS_MAIN(TestDeviceConnect)
#include "tst_deviceconnect.moc"

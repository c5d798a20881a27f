#include "tests/core/lifecycle/lifecyclefixture.h"

#include "core/lifecycle/validtokenjob.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"
#include "tests/support/testsecrets.h"

#include <QSignalSpy>

namespace Plugboard::Test {

namespace {

/// Starts a job with a finished(T*) signal, waits (bounded) for it and
/// hands it back for inspection; the caller owns it.
template<typename Job> std::unique_ptr<Job> runToEnd(Job* job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (finished.isEmpty() && !finished.wait(20000))
        qWarning("a job did not finish in 20 s");
    return std::unique_ptr<Job>(job);
}

} // namespace

LifecycleFixture::LifecycleFixture(SecretStore* secrets, const RecordChange& change)
    : m_secrets(secrets)
    , m_connections(std::make_unique<ConnectionStore>(m_folder.filePath(QStringLiteral("connections.json"))))
{
    const PlatformRecord record = change ? change(provider.record()) : provider.record();
    m_service = std::make_unique<TokenService>(m_secrets, m_connections.get(), &m_network,
                                               [record](const QString& id) -> std::optional<PlatformRecord> {
                                                   if (id == record.id)
                                                       return record;
                                                   return std::nullopt;
                                               });
    m_service->setLockWaitLimit(std::chrono::seconds(10));
}

LifecycleFixture::~LifecycleFixture()
{
    // Leave the shared private keyring as we found it.
    runToEnd(m_secrets->removeAll(QString()));
}

bool LifecycleFixture::seed(const QDateTime& expiresAt, bool knownRefreshToken, bool withRefreshToken)
{
    const auto credentials
        = runToEnd(CredentialsJob::save(m_secrets, provider.record(),
                                        { { QStringLiteral("client_id"), provider.clientId() },
                                          { QStringLiteral("client_secret"), provider.clientSecret() } }));
    if (credentials->error().isError())
        return false;

    const FakeOAuthProvider::IssuedTokens issued = provider.grantWithoutBrowser();
    TokenSet tokens;
    tokens.accessToken = issued.accessToken;
    if (withRefreshToken)
        tokens.refreshToken
            = knownRefreshToken ? issued.refreshToken : fakeSecret(QStringLiteral("forgotten"));
    tokens.expiresAt = expiresAt;
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.grantedScopes = { QStringLiteral("openid"), QStringLiteral("profile") };
    const auto write = runToEnd(m_secrets->write(
        SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42")), tokens.toJson()));
    if (write->error().isError())
        return false;

    Connection connection;
    connection.platformId = QStringLiteral("fake");
    connection.accountId = QStringLiteral("user-42");
    connection.accountName = QStringLiteral("Fake User");
    connection.grantedScopes = tokens.grantedScopes;
    connection.requestedScopes = tokens.grantedScopes;
    connection.expiresAt = expiresAt;
    connection.refreshable = withRefreshToken;
    return bool(m_connections->upsert(connection));
}

TokenSet LifecycleFixture::storedTokens()
{
    const auto read = runToEnd(
        m_secrets->read(SecretStore::connectionKey(QStringLiteral("fake"), QStringLiteral("user-42"))));
    if (read->error().isError())
        return {};
    Result<TokenSet> tokens = TokenSet::fromJson(read->value());
    return tokens ? tokens.value() : TokenSet();
}

bool LifecycleFixture::credentialsStored()
{
    const auto load = runToEnd(CredentialsJob::load(m_secrets, provider.record()));
    return !load->error().isError() && load->credentials().clientId == provider.clientId()
        && load->credentials().clientSecret == provider.clientSecret();
}

std::optional<Connection> LifecycleFixture::metadata()
{
    ConnectionStore fresh(m_connections->filePath());
    if (!fresh.load())
        return std::nullopt;
    return fresh.connection(connectionId());
}

std::unique_ptr<ValidTokenJob> LifecycleFixture::run(ValidTokenJob* job)
{
    return runToEnd(job);
}

} // namespace Plugboard::Test

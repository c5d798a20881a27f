#pragma once

#include "core/lifecycle/tokenservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"
#include "core/storage/tokenset.h"
#include "tests/support/fakeoauthprovider.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Plugboard {
class SecretStore;
} // namespace Plugboard

namespace Plugboard::Test {

/// One connected account at the suite's fake provider: app credentials and
/// tokens in a secret store, metadata in a ConnectionStore in a temporary
/// folder, and a TokenService over them. Set-up helpers use the same jobs
/// the app uses and fail the test (QVERIFY) when they do not work.
class LifecycleFixture
{
public:
    /// Changes the provider's record before the token service gets it (the
    /// proxy tests move its endpoints behind a proxy).
    using RecordChange = std::function<PlatformRecord(PlatformRecord)>;

    /// `secrets` must outlive the fixture.
    explicit LifecycleFixture(SecretStore* secrets, const RecordChange& change = {});
    ~LifecycleFixture();

    FakeOAuthProvider provider;
    QString connectionId() const
    {
        return Connection::makeId(QStringLiteral("fake"), QStringLiteral("user-42"));
    }

    /// Stores the app credentials and a connection whose token expires at
    /// `expiresAt` (invalid: no expiry), issued by the provider (or with a
    /// refresh token the provider never issued). Returns false on failure.
    bool seed(const QDateTime& expiresAt, bool knownRefreshToken = true, bool withRefreshToken = true);

    TokenSet storedTokens(); ///< what the keyring holds now (empty when nothing)
    bool credentialsStored();
    std::optional<Connection> metadata(); ///< re-read from the file
    /// Runs one job to its end (bounded) and hands it back.
    std::unique_ptr<ValidTokenJob> run(ValidTokenJob* job);

    TokenService& service() { return *m_service; }
    ConnectionStore& connections() { return *m_connections; }
    SecretStore* secrets() const { return m_secrets; }
    QString folder() const { return m_folder.path(); }

private:
    QTemporaryDir m_folder;
    SecretStore* m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<TokenService> m_service;
};

} // namespace Plugboard::Test

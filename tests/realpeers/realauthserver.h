#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Plugboard::Test {

/// panva's oidc-provider, a certified OpenID Connect server nobody here
/// wrote, run by oidc-server.mjs on 127.0.0.1 as strictly as production
/// servers are configured: PKCE (S256) required, refresh-token rotation with
/// reuse detection, revocation, introspection, each confidential client held
/// to its registered authentication method.
///
/// Starting it never skips: when Node, the npm packages or the server are
/// missing, startError() says what to do and the test fails. The process
/// ends with this object (and on its own when the test process dies: it
/// exits when its standard input closes).
class RealAuthServer final
{
public:
    static inline const QString kPublicClient = QStringLiteral("plugboard-public");
    static inline const QString kBasicClient = QStringLiteral("plugboard-basic");
    static inline const QString kPostClient = QStringLiteral("plugboard-post");
    static inline const QString kBasicSecret = QStringLiteral("pb-test-secret-basic-client");
    static inline const QString kPostSecret = QStringLiteral("pb-test-secret-post-client");

    explicit RealAuthServer(int accessTokenTtlSeconds = 3600);
    ~RealAuthServer();
    Q_DISABLE_COPY_MOVE(RealAuthServer)

    /// Empty once the server runs; otherwise why it does not.
    QString startError() const { return m_startError; }
    QUrl issuer() const { return m_issuer; }

    /// Counters since the last resetStats(): refresh_grants, code_grants,
    /// revoked_grants, refresh_failures, revocations.
    QJsonObject stats();
    void resetStats();
    /// Access tokens issued from now on live this long.
    void setAccessTokenTtl(int seconds);
    /// Whether the server still honours `token` (access or refresh).
    bool isActive(const QString& token);
    /// Every access and refresh token the server issued so far.
    QStringList issuedTokens();

    /// The folder with oidc-server.mjs, signin.mjs and node_modules.
    static QString harnessFolder();
    /// Why Node or the harness cannot run here, or empty when it can.
    static QString missingPrerequisite();

private:
    QJsonObject call(const QByteArray& verb, const QString& pathAndQuery);

    QProcess m_process;
    QUrl m_issuer;
    QString m_startError;
};

} // namespace Plugboard::Test

#pragma once

#include "core/catalog/platformrecord.h"
#include "tests/support/fakehttpserver.h"

#include <QHash>
#include <QObject>

namespace Plugboard::Test {

/// A platform's "who am I" endpoint on loopback for API-key connections:
/// it knows some keys, each naming an account, and answers 401 to any other.
/// It reads the key where `rule` puts it (a header with its prefix, HTTP
/// Basic with the key's username, or a query parameter) and nowhere else, so
/// a client that sends the key the wrong way is refused. The account comes
/// back as {"user": {"id", "name"}} and, as Atlassian names it, as
/// "accountId" and "displayName".
class FakeApiKeyServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeApiKeyServer)

public:
    struct Account
    {
        QString id;
        QString name;
        QString username; ///< the Basic user name the key must come with
    };

    /// Answers "who am I" at `identityPath`.
    explicit FakeApiKeyServer(const ApiKeyRule& rule, const QString& identityPath = QStringLiteral("/whoami"),
                              QObject* parent = nullptr);
    ~FakeApiKeyServer() override;

    /// Accepts `key` for `account` from now on.
    void acceptKey(const QString& key, const Account& account);
    /// Refuses `key` from now on, as a platform does once the user revoked it.
    void revokeKey(const QString& key) { m_accounts.remove(key); }

    /// A custom platform record (auth_kind "token") for this server, with a
    /// username field when the key goes over Basic.
    QByteArray recordJson(const QString& id, const QString& name) const;
    /// The page the record names for creating and revoking keys.
    QUrl keysPage() const { return m_http.url(QStringLiteral("/settings/keys")); }
    /// Identity calls received, accepted or not.
    qsizetype identityCalls() const { return m_http.requests(m_identityPath).size(); }
    /// "http://127.0.0.1:PORT", the server's address.
    QString address() const { return m_http.url(QStringLiteral("/")).toString().chopped(1); }

private:
    FakeHttpServer::Response whoami(const FakeHttpServer::Request& request) const;
    /// The key and username the request presents the way the rule says.
    std::pair<QString, QString> presented(const FakeHttpServer::Request& request) const;

    ApiKeyRule m_rule;
    QString m_identityPath;
    FakeHttpServer m_http;
    QHash<QString, Account> m_accounts;
};

} // namespace Plugboard::Test

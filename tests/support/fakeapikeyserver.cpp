#include "tests/support/fakeapikeyserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Plugboard::Test {

FakeApiKeyServer::FakeApiKeyServer(const ApiKeyRule& rule, const QString& identityPath, QObject* parent)
    : QObject(parent)
    , m_rule(rule)
    , m_identityPath(identityPath)
{
    m_http.setHandler("GET", m_identityPath,
                      [this](const FakeHttpServer::Request& request) { return whoami(request); });
}

FakeApiKeyServer::~FakeApiKeyServer() = default;

void FakeApiKeyServer::acceptKey(const QString& key, const Account& account)
{
    m_accounts.insert(key, account);
}

std::pair<QString, QString> FakeApiKeyServer::presented(const FakeHttpServer::Request& request) const
{
    switch (m_rule.placement) {
    case ApiKeyPlacement::Header: {
        const QString value = QString::fromUtf8(request.header(m_rule.header.toLatin1()));
        if (!value.startsWith(m_rule.prefix))
            return {};
        return { value.mid(m_rule.prefix.size()), QString() };
    }
    case ApiKeyPlacement::Basic: {
        const QByteArray value = request.header("authorization");
        if (!value.startsWith("Basic "))
            return {};
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(value.mid(6)));
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        return { pair.mid(colon + 1), pair.left(colon) };
    }
    case ApiKeyPlacement::Query:
        return { request.query.queryItemValue(m_rule.parameter, QUrl::FullyDecoded), QString() };
    }
    return {};
}

FakeHttpServer::Response FakeApiKeyServer::whoami(const FakeHttpServer::Request& request) const
{
    const auto [key, username] = presented(request);
    const auto account = m_accounts.constFind(key);
    if (key.isEmpty() || account == m_accounts.cend() || account->username != username)
        return FakeHttpServer::Response::json(
            401, QJsonObject { { QStringLiteral("message"), QStringLiteral("401 Unauthorized") } });
    return FakeHttpServer::Response::json(
        200,
        QJsonObject { { QStringLiteral("user"),
                        QJsonObject { { QStringLiteral("id"), account->id },
                                      { QStringLiteral("name"), account->name } } },
                      { QStringLiteral("accountId"), account->id },
                      { QStringLiteral("displayName"), account->name } });
}

QByteArray FakeApiKeyServer::recordJson(const QString& id, const QString& name) const
{
    QJsonObject apiKey;
    QJsonArray credentials { QJsonObject { { QStringLiteral("key"), QStringLiteral("api_key") },
                                           { QStringLiteral("label"), QStringLiteral("Access token") },
                                           { QStringLiteral("type"), QStringLiteral("api_key") },
                                           { QStringLiteral("secret"), true } } };
    switch (m_rule.placement) {
    case ApiKeyPlacement::Header:
        apiKey = { { QStringLiteral("send"), QStringLiteral("header") },
                   { QStringLiteral("header"), m_rule.header },
                   { QStringLiteral("prefix"), m_rule.prefix } };
        break;
    case ApiKeyPlacement::Basic:
        apiKey = { { QStringLiteral("send"), QStringLiteral("basic") } };
        credentials.prepend(QJsonObject { { QStringLiteral("key"), QStringLiteral("email") },
                                          { QStringLiteral("label"), QStringLiteral("Email") },
                                          { QStringLiteral("type"), QStringLiteral("username") } });
        break;
    case ApiKeyPlacement::Query:
        apiKey = { { QStringLiteral("send"), QStringLiteral("query") },
                   { QStringLiteral("parameter"), m_rule.parameter } };
        break;
    }
    const QJsonObject record {
        { QStringLiteral("schema"), 1 },
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("auth_kind"), QStringLiteral("token") },
        { QStringLiteral("custom"), true },
        { QStringLiteral("endpoints"),
          QJsonObject { { QStringLiteral("userinfo"), m_http.url(m_identityPath).toString() } } },
        { QStringLiteral("api_key"), apiKey },
        { QStringLiteral("identity"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("user.id") },
                        { QStringLiteral("name"), QStringLiteral("user.name") } } },
        { QStringLiteral("help"),
          QJsonObject { { QStringLiteral("url"), keysPage().toString() },
                        { QStringLiteral("steps"), QJsonArray { QStringLiteral("Create a key.") } } } },
        { QStringLiteral("credentials"), credentials },
    };
    return QJsonDocument(record).toJson();
}

} // namespace Plugboard::Test

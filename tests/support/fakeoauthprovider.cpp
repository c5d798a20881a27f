#include "tests/support/fakeoauthprovider.h"

#include "tests/support/testsecrets.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::Test {

namespace {

using Response = FakeHttpServer::Response;
using Request = FakeHttpServer::Request;

QString decoded(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString s256(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString bearerToken(const Request& request)
{
    const QByteArray authorization = request.header("authorization");
    return authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)) : QString();
}

} // namespace

FakeOAuthProvider::FakeOAuthProvider(QObject* parent)
    : QObject(parent)
    , m_clientId(QStringLiteral("fake-client-id-1234"))
    , m_clientSecret(fakeSecret(QStringLiteral("client-secret")))
{
    m_server.setHandler("GET", QStringLiteral("/authorize"),
                        [this](const Request& r) { return authorize(r); });
    m_server.setHandler("POST", QStringLiteral("/token"), [this](const Request& r) { return token(r); });
    m_server.setHandler("GET", QStringLiteral("/userinfo"), [this](const Request& r) { return userinfo(r); });
    m_server.setHandler("POST", QStringLiteral("/revoke"), [this](const Request& r) { return revoke(r); });
    m_server.setHandler("POST", QStringLiteral("/device"),
                        [this](const Request& r) { return authorizeDevice(r); });
    m_clock.start();
    // OpenID Connect discovery, so the command line can add it as a custom provider.
    m_server.setHandler("GET", QStringLiteral("/.well-known/openid-configuration"), [this](const Request&) {
        const QString issuer = issuerUrl().toString();
        QJsonObject document {
            { QStringLiteral("issuer"), issuer },
            { QStringLiteral("authorization_endpoint"),
              m_server.url(QStringLiteral("/authorize")).toString() },
            { QStringLiteral("token_endpoint"), m_server.url(QStringLiteral("/token")).toString() },
            { QStringLiteral("userinfo_endpoint"), m_server.url(QStringLiteral("/userinfo")).toString() },
            { QStringLiteral("revocation_endpoint"), m_server.url(QStringLiteral("/revoke")).toString() },
            { QStringLiteral("scopes_supported"),
              QJsonArray { QStringLiteral("openid"), QStringLiteral("read") } },
            { QStringLiteral("code_challenge_methods_supported"), QJsonArray { QStringLiteral("S256") } },
            { QStringLiteral("token_endpoint_auth_methods_supported"),
              QJsonArray { QStringLiteral("client_secret_post") } }
        };
        if (m_offersDeviceFlow)
            document.insert(QStringLiteral("device_authorization_endpoint"),
                            m_server.url(QStringLiteral("/device")).toString());
        return Response::json(200, document);
    });
}

FakeOAuthProvider::~FakeOAuthProvider() = default;

PlatformRecord FakeOAuthProvider::record() const
{
    PlatformRecord record;
    record.id = QStringLiteral("fake");
    record.name = QStringLiteral("Fake Platform");
    record.authorizationEndpoint = m_server.url(QStringLiteral("/authorize"));
    record.tokenEndpoint = m_server.url(QStringLiteral("/token"));
    record.revocationEndpoint = m_server.url(QStringLiteral("/revoke"));
    record.revocationStyle = RevocationStyle::Rfc7009;
    record.userinfoEndpoint = m_server.url(QStringLiteral("/userinfo"));
    record.deviceAuthorizationEndpoint = m_server.url(QStringLiteral("/device"));
    record.scopes = { { QStringLiteral("read"), QStringLiteral("Read things"), true },
                      { QStringLiteral("write"), QStringLiteral("Change things"), false } };
    record.clientAuthentication = ClientAuthentication::ClientSecretPost;
    record.pkce = true;
    record.identityIdPath = QStringLiteral("sub");
    record.identityNamePath = QStringLiteral("name");
    record.helpUrl = m_server.url(QStringLiteral("/apps"));
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
          true,
          true,
          {},
          {} },
    };
    return record;
}

QUrl FakeOAuthProvider::issuerUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
}

void FakeOAuthProvider::setTokenOverride(const FakeHttpServer::Response& response)
{
    m_tokenOverride = response;
}

void FakeOAuthProvider::setAccount(const QString& id, const QString& name)
{
    m_accountId = id;
    m_accountName = name;
}

int FakeOAuthProvider::tokenRequestCount(const QString& grantType) const
{
    int count = 0;
    const QList<Request> requests = m_server.requests(QStringLiteral("/token"), "POST")
        + m_server.requests(QStringLiteral("/oauth/token"), "POST");
    for (const Request& request : requests) {
        if (decoded(request.form, QStringLiteral("grant_type")) == grantType)
            ++count;
    }
    return count;
}

Response FakeOAuthProvider::authorize(const Request& request)
{
    const QUrlQuery& q = request.query;
    const QUrl redirect(decoded(q, QStringLiteral("redirect_uri")));
    if (decoded(q, QStringLiteral("response_type")) != QLatin1String("code")
        || decoded(q, QStringLiteral("client_id")) != m_clientId || redirect.scheme() != QLatin1String("http")
        || (redirect.host() != QLatin1String("127.0.0.1") && redirect.host() != QLatin1String("localhost"))
        || decoded(q, QStringLiteral("state")).isEmpty()
        || decoded(q, QStringLiteral("code_challenge_method")) != QLatin1String("S256")
        || decoded(q, QStringLiteral("code_challenge")).size() < 43)
        return Response::text(400, "bad authorization request");

    QUrlQuery answer;
    if (m_consent == Consent::Deny) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("The+user+denied+access"));
    } else {
        QString code = fakeSecret(QStringLiteral("code"));
        if (m_awkwardCodes)
            code += QStringLiteral("/4+x");
        m_codes.insert(code,
                       { redirect.toString(), decoded(q, QStringLiteral("code_challenge")),
                         decoded(q, QStringLiteral("scope")) });
        answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    }
    answer.addQueryItem(QStringLiteral("state"),
                        QString::fromLatin1(QUrl::toPercentEncoding(decoded(q, QStringLiteral("state")))));
    QUrl target = redirect;
    target.setQuery(answer.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return Response::redirect(302, target.toString(QUrl::FullyEncoded));
}

bool FakeOAuthProvider::clientAuthenticates(const Request& request, const QUrlQuery& form) const
{
    const QByteArray basic = request.header("authorization");
    if (basic.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(basic.mid(6));
        return pair == QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_clientSecret);
    }
    return decoded(form, QStringLiteral("client_id")) == m_clientId
        && decoded(form, QStringLiteral("client_secret")) == m_clientSecret;
}

Response FakeOAuthProvider::token(const Request& request)
{
    if (m_tokenOverride)
        return *m_tokenOverride;
    if (!clientAuthenticates(request, request.form))
        return refuse(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed"));
    const QString grantType = decoded(request.form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        Response response = exchangeCode(request.form);
        response.delayMs = m_codeDelayMs;
        return response;
    }
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return pollDevice(request.form);
    if (grantType == QLatin1String("refresh_token")) {
        Response response = refresh(request.form);
        response.delayMs = m_refreshDelayMs;
        return response;
    }
    return refuse(400, QStringLiteral("unsupported_grant_type"), grantType);
}

Response FakeOAuthProvider::exchangeCode(const QUrlQuery& form)
{
    const QString code = decoded(form, QStringLiteral("code"));
    if (!m_codes.contains(code))
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown or used code"));
    const Grant grant = m_codes.take(code); // single use
    if (decoded(form, QStringLiteral("redirect_uri")) != grant.redirectUri)
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match"));
    if (s256(decoded(form, QStringLiteral("code_verifier"))) != grant.challenge)
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
    return issueTokens(grant.scope);
}

Response FakeOAuthProvider::refresh(const QUrlQuery& form)
{
    const QString presented = decoded(form, QStringLiteral("refresh_token"));
    if (m_rotatedRefresh.contains(presented)) {
        // Reuse of a rotated token: assume theft and revoke the whole grant.
        m_liveRefresh.clear();
        m_liveAccess.clear();
        return refuse(400, QStringLiteral("invalid_grant"),
                      QStringLiteral("refresh token reused; grant revoked"));
    }
    if (!m_liveRefresh.contains(presented))
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown refresh token"));
    const QString scope = m_liveRefresh.value(presented);
    if (m_rotate) {
        m_liveRefresh.remove(presented);
        m_rotatedRefresh.insert(presented);
    }
    const bool issuedRefresh = m_issueRefresh;
    m_issueRefresh = m_issueRefresh && m_rotate; // without rotation, refresh answers carry none
    Response response = issueTokens(scope);
    m_issueRefresh = issuedRefresh;
    return response;
}

Response FakeOAuthProvider::issueTokens(const QString& scope)
{
    ++m_serial;
    m_lastAccess = fakeSecret(QStringLiteral("access-%1").arg(m_serial));
    m_liveAccess.insert(m_lastAccess);
    QList<std::pair<QString, QString>> fields = {
        { QStringLiteral("access_token"), m_lastAccess },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("expires_in"), QString::number(m_lifetime) },
        { QStringLiteral("scope"), scope },
    };
    if (m_issueRefresh) {
        m_lastRefresh = fakeSecret(QStringLiteral("refresh-%1").arg(m_serial));
        m_liveRefresh.insert(m_lastRefresh, scope);
        fields.append({ QStringLiteral("refresh_token"), m_lastRefresh });
    }
    m_lastRefusal.clear();
    if (m_tokenFormat == TokenFormat::Form) {
        QUrlQuery form;
        for (const auto& [key, value] : fields)
            form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return Response::form(200, form);
    }
    QJsonObject json;
    for (const auto& [key, value] : fields)
        json.insert(key, key == QLatin1String("expires_in") ? QJsonValue(m_lifetime) : QJsonValue(value));
    return Response::json(200, json);
}

void FakeOAuthProvider::setDeviceAuthorizationOverride(const FakeHttpServer::Response& response)
{
    m_deviceOverride = response;
}

QList<FakeHttpServer::Request> FakeOAuthProvider::deviceRequests() const
{
    return m_server.requests(QStringLiteral("/device"), "POST");
}

Response FakeOAuthProvider::authorizeDevice(const Request& request)
{
    if (m_deviceOverride)
        return *m_deviceOverride;
    if (!clientAuthenticates(request, request.form))
        return refuse(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed"));
    const QString deviceCode = fakeSecret(QStringLiteral("device-code-%1").arg(++m_serial));
    m_deviceCodes.insert(deviceCode, decoded(request.form, QStringLiteral("scope")));
    m_deviceExpiresAtMs = m_clock.elapsed() + m_deviceLifetime * 1000LL;
    const QUrl verification = m_server.url(QStringLiteral("/activate"));
    QJsonObject answer { { QStringLiteral("device_code"), deviceCode },
                         { QStringLiteral("user_code"), userCode() },
                         { QStringLiteral("verification_uri"), verification.toString() },
                         { QStringLiteral("expires_in"), m_deviceLifetime },
                         { QStringLiteral("interval"), m_deviceInterval } };
    if (m_deviceCompleteUri)
        answer.insert(QStringLiteral("verification_uri_complete"),
                      m_server.url(QStringLiteral("/activate?user_code=") + userCode()).toString());
    return Response::json(200, answer);
}

Response FakeOAuthProvider::pollDevice(const QUrlQuery& form)
{
    m_devicePollTimes.append(m_clock.elapsed());
    const QString deviceCode = decoded(form, QStringLiteral("device_code"));
    if (!m_deviceCodes.contains(deviceCode))
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown or used device code"));
    if (m_clock.elapsed() > m_deviceExpiresAtMs)
        return refuse(400, QStringLiteral("expired_token"), QStringLiteral("the device code expired"));
    const QString answer
        = m_devicePolls.isEmpty() ? QStringLiteral("authorization_pending") : m_devicePolls.takeFirst();
    if (answer != QLatin1String("approve"))
        return refuse(400, answer, QStringLiteral("scripted answer"));
    return issueTokens(m_deviceCodes.take(deviceCode)); // single use
}

FakeOAuthProvider::IssuedTokens FakeOAuthProvider::grantWithoutBrowser(const QString& scope)
{
    const QJsonObject answer = QJsonDocument::fromJson(issueTokens(scope).body).object();
    return { answer.value(QStringLiteral("access_token")).toString(),
             answer.value(QStringLiteral("refresh_token")).toString() };
}

Response FakeOAuthProvider::refuse(int status, const QString& error, const QString& description)
{
    m_lastRefusal = error + QStringLiteral(": ") + description;
    return Response::json(status,
                          QJsonObject { { QStringLiteral("error"), error },
                                        { QStringLiteral("error_description"), description } });
}

Response FakeOAuthProvider::userinfo(const Request& request)
{
    if (m_userinfoStatus != 200)
        return Response::json(m_userinfoStatus,
                              QJsonObject { { QStringLiteral("error"), QStringLiteral("server_error") } });
    if (!m_liveAccess.contains(bearerToken(request)))
        return Response::json(401,
                              QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_token") } });
    return Response::json(
        200,
        QJsonObject { { QStringLiteral("sub"), m_accountId }, { QStringLiteral("name"), m_accountName } });
}

Response FakeOAuthProvider::revoke(const Request& request)
{
    const QString token = decoded(request.form, QStringLiteral("token"));
    m_revoked.append(token);
    m_liveAccess.remove(token);
    m_liveRefresh.remove(token);
    return Response::text(200, QByteArray());
}

void FakeOAuthProvider::serveMastodonApi()
{
    m_server.setHandler("POST", QStringLiteral("/api/v1/apps"), [this](const Request& request) {
        m_appRegistrations.append(request.form);
        return Response::json(
            200,
            QJsonObject { { QStringLiteral("id"), QStringLiteral("563419") },
                          { QStringLiteral("name"), decoded(request.form, QStringLiteral("client_name")) },
                          { QStringLiteral("client_id"), m_clientId },
                          { QStringLiteral("client_secret"), m_clientSecret } });
    });
    m_server.setHandler("GET", QStringLiteral("/oauth/authorize"), [this](const Request& request) {
        const QString redirect
            = request.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        const bool registered
            = std::any_of(m_appRegistrations.cbegin(), m_appRegistrations.cend(), [&](const QUrlQuery& form) {
                  return decoded(form, QStringLiteral("redirect_uris")) == redirect;
              });
        if (!registered)
            return Response::text(400, "The redirect URI included is not valid.");
        return authorize(request);
    });
    m_server.setHandler("POST", QStringLiteral("/oauth/token"),
                        [this](const Request& r) { return token(r); });
    m_server.setHandler("POST", QStringLiteral("/oauth/revoke"),
                        [this](const Request& r) { return revoke(r); });
    m_server.setHandler(
        "GET", QStringLiteral("/api/v1/accounts/verify_credentials"), [this](const Request& request) {
            if (!m_liveAccess.contains(bearerToken(request)))
                return Response::json(401,
                                      QJsonObject { { QStringLiteral("error"),
                                                      QStringLiteral("The access token is invalid") } });
            return Response::json(200,
                                  QJsonObject { { QStringLiteral("id"), m_accountId },
                                                { QStringLiteral("username"), m_accountName },
                                                { QStringLiteral("acct"), m_accountName } });
        });
}

} // namespace Plugboard::Test

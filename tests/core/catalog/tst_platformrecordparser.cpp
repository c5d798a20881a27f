#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformrecordwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;

namespace Plugboard::Test {
namespace {

ScopeInfo scopeInfo(const QString& name, const QString& description, bool isDefault)
{
    ScopeInfo scope;
    scope.name = name;
    scope.description = description;
    scope.isDefault = isDefault;
    return scope;
}

const QString kSource = QStringLiteral("example.json");
const QJsonValue kRemove(QJsonValue::Undefined);

QByteArray exampleJson()
{
    QFile file(QStringLiteral(":/data/example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data :/data/example.json is not embedded");
    return file.readAll();
}

/// `node` with the value at `tokens` replaced by `value`, or removed when
/// `value` is undefined. Numeric tokens index lists.
QJsonValue changedAt(const QJsonValue& node, QStringList tokens, const QJsonValue& value)
{
    const QString token = tokens.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = token.toInt();
        if (!tokens.isEmpty())
            array[index] = changedAt(array.at(index), tokens, value);
        else if (value.isUndefined())
            array.removeAt(index);
        else if (index < array.size())
            array[index] = value;
        else
            array.append(value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (!tokens.isEmpty())
        object.insert(token, changedAt(object.value(token), tokens, value));
    else if (value.isUndefined())
        object.remove(token);
    else
        object.insert(token, value);
    return object;
}

/// The example record with `changes` applied in order; each path is like
/// "endpoints.token" or "credentials[1].key".
QByteArray exampleWith(const QList<std::pair<QString, QJsonValue>>& changes)
{
    QJsonValue root = QJsonDocument::fromJson(exampleJson()).object();
    for (const auto& [path, value] : changes) {
        QString dotted = path;
        dotted.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']'));
        root = changedAt(root, dotted.split(QLatin1Char('.')), value);
    }
    return QJsonDocument(root.toObject()).toJson();
}

QByteArray exampleWith(const QString& path, const QJsonValue& value)
{
    return exampleWith({ { path, value } });
}

/// The example turned into an API-key platform (key sent as a bearer
/// header), then `changes` applied.
QByteArray tokenExampleWith(QList<std::pair<QString, QJsonValue>> changes)
{
    changes.prepend({ QStringLiteral("api_key"),
                      QJsonObject { { QStringLiteral("send"), QStringLiteral("header") },
                                    { QStringLiteral("prefix"), QStringLiteral("Bearer ") } } });
    changes.prepend({ QStringLiteral("credentials[0]"),
                      QJsonObject { { QStringLiteral("key"), QStringLiteral("api_key") },
                                    { QStringLiteral("label"), QStringLiteral("API key") },
                                    { QStringLiteral("type"), QStringLiteral("api_key") },
                                    { QStringLiteral("secret"), true } } });
    changes.prepend({ QStringLiteral("credentials[1]"), kRemove });
    changes.prepend({ QStringLiteral("client_authentication"), kRemove });
    changes.prepend({ QStringLiteral("endpoints.token"), kRemove });
    changes.prepend({ QStringLiteral("endpoints.authorization"), kRemove });
    changes.prepend({ QStringLiteral("auth_kind"), QStringLiteral("token") });
    return exampleWith(changes);
}

QJsonObject usernameField()
{
    return { { QStringLiteral("key"), QStringLiteral("email") },
             { QStringLiteral("label"), QStringLiteral("Email") },
             { QStringLiteral("type"), QStringLiteral("username") } };
}

QJsonObject refreshToken(const QJsonValue& lifetimeDays, const QJsonValue& idleDays, const QString& note = {})
{
    QJsonObject limits;
    if (!lifetimeDays.isUndefined())
        limits.insert(QStringLiteral("lifetime_days"), lifetimeDays);
    if (!idleDays.isUndefined())
        limits.insert(QStringLiteral("idle_days"), idleDays);
    if (!note.isEmpty())
        limits.insert(QStringLiteral("note"), note);
    return limits;
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

void addRejectColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); ///< JSON path the message must name
    QTest::addColumn<QString>("mentions");
}

/// A row: the example record with `path` changed to `value` (or removed),
/// and an error that names `path`.
void addRejectRow(const char* name, const QString& path, const QJsonValue& value, const QString& mentions)
{
    QTest::newRow(name) << exampleWith(path, value) << path << mentions;
}

/// The body every reject test shares: InvalidRecord, a message starting
/// with the file name, naming the field and saying what is wrong.
void verifyRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(json, kSource);
    QVERIFY(!parsed.hasValue());
    const QString message = parsed.error().message;
    QCOMPARE(parsed.error().code, ErrorCode::InvalidRecord);
    QVERIFY2(message.startsWith(kSource + QStringLiteral(": ")), qPrintable(message));
    if (!field.isEmpty()) {
        // "offset" for syntax errors; "<file>: <path>: ..." for fields.
        const QString expected = field.startsWith(QLatin1String("offset"))
            ? field
            : kSource + QStringLiteral(": ") + field + QStringLiteral(": ");
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

} // namespace
} // namespace Plugboard::Test

using namespace Plugboard::Test;

class TestPlatformRecordParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryField();
    void appliesDefaults();
    void parsesRefreshTokenLimits();
    void acceptsVariants_data();
    void acceptsVariants();
    void rejectsMalformedRecords_data();
    void rejectsMalformedRecords();
    void rejectsUnsafeEndpoints_data();
    void rejectsUnsafeEndpoints();
    void rejectsBadFlowSettings_data();
    void rejectsBadFlowSettings();
    void rejectsBadCredentials_data();
    void rejectsBadCredentials();
    void rejectsBadRefreshTokenLimits_data();
    void rejectsBadRefreshTokenLimits();
    void rejectsBadHelp_data();
    void rejectsBadHelp();
    void writerRoundTrips_data();
    void writerRoundTrips();
    void writerMarksOnlyCustomRecords();
    void sharedFileMayHaveAnyName();
};

void TestPlatformRecordParser::parsesEveryField()
{
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(exampleJson(), kSource);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    const PlatformRecord& r = parsed.value();
    QCOMPARE(r.id, QStringLiteral("example"));
    QCOMPARE(r.name, QStringLiteral("Example Cloud"));
    QCOMPARE(r.icon, QStringLiteral("example.svg"));
    QCOMPARE(r.authKind, AuthKind::OAuth2);
    QCOMPARE(r.authorizationEndpoint, QUrl(QStringLiteral("https://auth.example.com/authorize")));
    QCOMPARE(r.tokenEndpoint, QUrl(QStringLiteral("https://auth.example.com/token")));
    QCOMPARE(r.revocationEndpoint, QUrl(QStringLiteral("https://auth.example.com/revoke")));
    QCOMPARE(r.revocationStyle, RevocationStyle::Rfc7009);
    QCOMPARE(r.userinfoEndpoint, QUrl(QStringLiteral("https://api.example.com/v1/me")));
    QCOMPARE(r.deviceAuthorizationEndpoint, QUrl(QStringLiteral("https://auth.example.com/device")));
    QCOMPARE(r.scopes.size(), 2);
    QCOMPARE(r.scopes.at(0),
             scopeInfo(QStringLiteral("profile:read"), QStringLiteral("Read your profile"), true));
    QCOMPARE(r.scopes.at(1),
             scopeInfo(QStringLiteral("files.write"), QStringLiteral("Change your files"), false));
    QCOMPARE(r.defaultScopes(), QStringList { QStringLiteral("profile:read") });
    QCOMPARE(r.authorizationParameters.value(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(r.authorizationParameters.size(), 1);
    QCOMPARE(r.clientAuthentication, ClientAuthentication::ClientSecretBasic);
    QCOMPARE(r.pkce, false);
    QCOMPARE(r.redirect.host, QStringLiteral("localhost"));
    QCOMPARE(r.redirect.port, quint16(8917));
    QCOMPARE(r.redirect.path, QStringLiteral("/oauth/done"));
    QCOMPARE(r.tokenAcceptJson, true);
    QCOMPARE(r.scopeSeparator, QStringLiteral(","));
    QCOMPARE(r.identityIdPath, QStringLiteral("data.0.id"));
    QCOMPARE(r.identityNamePath, QStringLiteral("data.0.login"));
    QCOMPARE(r.helpUrl, QUrl(QStringLiteral("https://developer.example.com/apps")));
    QCOMPARE(r.helpSteps.size(), 2);
    QCOMPARE(r.credentials.size(), 2);
    const CredentialField* id = r.credentialField(QStringLiteral("client_id"));
    QVERIFY(id);
    QCOMPARE(id->label, QStringLiteral("Client ID"));
    QCOMPARE(id->type, CredentialType::OAuthClientId);
    QCOMPARE(id->required, true);
    QCOMPARE(id->secret, false);
    QCOMPARE(id->helpUrl, QUrl(QStringLiteral("https://developer.example.com/apps")));
    QCOMPARE(id->description, QStringLiteral("Shown on the app's page."));
    const CredentialField* secret = r.credentialField(QStringLiteral("client_secret"));
    QVERIFY(secret);
    QCOMPARE(secret->type, CredentialType::OAuthClientSecret);
    QCOMPARE(secret->required, false);
    QCOMPARE(secret->secret, true);
    QVERIFY(secret->helpUrl.isEmpty());
    QCOMPARE(r.custom, false);
}

void TestPlatformRecordParser::appliesDefaults()
{
    const QByteArray json = exampleWith({ { QStringLiteral("icon"), kRemove },
                                          { QStringLiteral("endpoints.revocation"), kRemove },
                                          { QStringLiteral("endpoints.revocation_style"), kRemove },
                                          { QStringLiteral("endpoints.device_authorization"), kRemove },
                                          { QStringLiteral("scopes"), kRemove },
                                          { QStringLiteral("authorization_parameters"), kRemove },
                                          { QStringLiteral("pkce"), kRemove },
                                          { QStringLiteral("redirect"), kRemove },
                                          { QStringLiteral("token_response"), kRemove },
                                          { QStringLiteral("credentials[0].required"), kRemove },
                                          { QStringLiteral("credentials[0].secret"), kRemove } });
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(json, kSource);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    const PlatformRecord& r = parsed.value();
    const PlatformRecord defaults;
    QVERIFY(r.icon.isEmpty());
    QVERIFY(r.revocationEndpoint.isEmpty());
    QCOMPARE(r.revocationStyle, RevocationStyle::None);
    QVERIFY(r.deviceAuthorizationEndpoint.isEmpty());
    QVERIFY(r.scopes.isEmpty());
    QVERIFY(r.authorizationParameters.isEmpty());
    QCOMPARE(r.pkce, true);
    QCOMPARE(r.redirect, defaults.redirect);
    QCOMPARE(r.tokenAcceptJson, false);
    QCOMPARE(r.scopeSeparator, QStringLiteral(" "));
    QCOMPARE(r.credentials.at(0).required, true);
    QCOMPARE(r.credentials.at(0).secret, false);
}

void TestPlatformRecordParser::parsesRefreshTokenLimits()
{
    const QString note = QStringLiteral("Apps in testing get 7-day refresh tokens.");
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(
        exampleWith(QStringLiteral("refresh_token"), refreshToken(7, 90, note)), kSource);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().refreshToken.lifetimeDays, 7);
    QCOMPARE(parsed.value().refreshToken.idleDays, 90);
    QCOMPARE(parsed.value().refreshToken.note, note);

    // Left out: no declared limit.
    const PlatformRecord plain = PlatformRecordParser::parse(exampleJson(), kSource).value();
    QVERIFY(plain.refreshToken.isEmpty());
    QCOMPARE(plain.refreshToken, RefreshTokenRule());
}

void TestPlatformRecordParser::acceptsVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("source");

    QTest::newRow("identity by POST with a header")
        << exampleWith(QStringLiteral("identity.method"), QStringLiteral("POST")) << kSource;
    QTest::newRow("identity header") << exampleWith(
        QStringLiteral("identity.headers"),
        QJsonObject { { QStringLiteral("Notion-Version"), QStringLiteral("2022-06-28") } })
                                     << kSource;
    QTest::newRow("http loopback endpoint accepted")
        << exampleWith(QStringLiteral("endpoints.token"), QStringLiteral("http://127.0.0.1:8080/token"))
        << kSource;
    QTest::newRow("http localhost endpoint accepted")
        << exampleWith(QStringLiteral("endpoints.userinfo"), QStringLiteral("http://localhost/me"))
        << kSource;
    QTest::newRow("http [::1] endpoint accepted")
        << exampleWith(QStringLiteral("endpoints.authorization"), QStringLiteral("http://[::1]:9000/auth"))
        << kSource;
    QTest::newRow("custom record without help")
        << exampleWith({ { QStringLiteral("custom"), true }, { QStringLiteral("help"), kRemove } })
        << kSource;
    QTest::newRow("custom record with one help step")
        << exampleWith({ { QStringLiteral("custom"), true },
                         { QStringLiteral("help.steps"), strings({ QStringLiteral("Register an app.") }) } })
        << kSource;
    QTest::newRow("four help steps") << exampleWith(
        QStringLiteral("help.steps"),
        strings({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }))
                                     << kSource;
    QTest::newRow("token platform, key in a header") << tokenExampleWith({}) << kSource;
    QTest::newRow("token platform, key in a query parameter")
        << tokenExampleWith({ { QStringLiteral("api_key"),
                                QJsonObject { { QStringLiteral("send"), QStringLiteral("query") },
                                              { QStringLiteral("parameter"), QStringLiteral("key") } } } })
        << kSource;
    QTest::newRow("token platform, key with an email over Basic") << tokenExampleWith(
        { { QStringLiteral("api_key"), QJsonObject { { QStringLiteral("send"), QStringLiteral("basic") } } },
          { QStringLiteral("credentials[1]"), usernameField() } }) << kSource;
    QTest::newRow("public client with pkce")
        << exampleWith({ { QStringLiteral("client_authentication"), QStringLiteral("none") },
                         { QStringLiteral("pkce"), true },
                         { QStringLiteral("credentials[1]"), kRemove } })
        << kSource;
    QTest::newRow("source that is not a file name")
        << exampleWith(QStringLiteral("id"), QStringLiteral("other-id")) << QStringLiteral("discovery");
    QTest::newRow("source is a full path")
        << exampleJson() << QStringLiteral("/home/someone/.config/plugboard/platforms/example.json");
    QTest::newRow("highest port") << exampleWith(QStringLiteral("redirect.port"), 65535) << kSource;
    QTest::newRow("refresh tokens with a lifetime")
        << exampleWith(QStringLiteral("refresh_token"), refreshToken(7, kRemove)) << kSource;
    QTest::newRow("refresh tokens that die unused")
        << exampleWith(QStringLiteral("refresh_token"), refreshToken(kRemove, 90, QStringLiteral("Why.")))
        << kSource;
    QTest::newRow("templated revocation url")
        << exampleWith({ { QStringLiteral("endpoints.revocation"),
                           QStringLiteral("https://api.example.com/applications/{client_id}/grant") },
                         { QStringLiteral("endpoints.revocation_style"), QStringLiteral("github_grant") } })
        << kSource;
}

void TestPlatformRecordParser::acceptsVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, source);
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(json, source);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    // Whatever parses must survive the writer unchanged.
    const Result<PlatformRecord> again
        = PlatformRecordParser::parse(PlatformRecordWriter::toJson(parsed.value()), source);
    QVERIFY2(again.hasValue(), qPrintable(again.hasValue() ? QString() : again.error().message));
    QCOMPARE(again.value(), parsed.value());
}

void TestPlatformRecordParser::rejectsMalformedRecords_data()
{
    addRejectColumns();
    QTest::newRow("invalid JSON") << QByteArray(R"({"schema": 1,, "id": "example"})")
                                  << QStringLiteral("offset") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QStringLiteral("one JSON object");
    addRejectRow("newer schema", QStringLiteral("schema"), 2, QStringLiteral("update Plugboard"));
    addRejectRow("schema zero", QStringLiteral("schema"), 0, QStringLiteral("must be 1"));
    addRejectRow("schema as text", QStringLiteral("schema"), QStringLiteral("1"),
                 QStringLiteral("whole number"));
    addRejectRow("missing schema", QStringLiteral("schema"), kRemove, QStringLiteral("is missing"));
    addRejectRow("missing id", QStringLiteral("id"), kRemove, QStringLiteral("is missing"));
    addRejectRow("bad id chars", QStringLiteral("id"), QStringLiteral("Example_Cloud"),
                 QStringLiteral("lowercase"));
    addRejectRow("id starting with dash", QStringLiteral("id"), QStringLiteral("-example"),
                 QStringLiteral("lowercase"));
    addRejectRow("id differs from file name", QStringLiteral("id"), QStringLiteral("other"), kSource);
    addRejectRow("unknown top-level key", QStringLiteral("scope"), strings({}),
                 QStringLiteral("unknown key"));
    addRejectRow("unknown nested key", QStringLiteral("endpoints.tokn"), QStringLiteral("https://x.example/"),
                 QStringLiteral("unknown key"));
    addRejectRow("unknown credential key", QStringLiteral("credentials[0].secrett"), true,
                 QStringLiteral("unknown key"));
    addRejectRow("missing name", QStringLiteral("name"), kRemove, QStringLiteral("is missing"));
    addRejectRow("blank name", QStringLiteral("name"), QStringLiteral("  "),
                 QStringLiteral("must not be empty"));
    addRejectRow("icon with folder", QStringLiteral("icon"), QStringLiteral("../secret.svg"),
                 QStringLiteral("SVG"));
    addRejectRow("wrong type for pkce", QStringLiteral("pkce"), QStringLiteral("yes"),
                 QStringLiteral("true or false"));
    addRejectRow("wrong type for redirect", QStringLiteral("redirect"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("object"));
    addRejectRow("wrong type for custom", QStringLiteral("custom"), 1, QStringLiteral("true or false"));
    addRejectRow("credentials not a list", QStringLiteral("credentials"), QJsonObject(),
                 QStringLiteral("list"));
}

void TestPlatformRecordParser::rejectsMalformedRecords()
{
    verifyRejected();
}

void TestPlatformRecordParser::rejectsUnsafeEndpoints_data()
{
    addRejectColumns();
    addRejectRow("http non-loopback endpoint", QStringLiteral("endpoints.token"),
                 QStringLiteral("http://auth.example.com/t"), QStringLiteral("https://"));
    addRejectRow("endpoint without scheme", QStringLiteral("endpoints.authorization"),
                 QStringLiteral("auth.example.com"), QStringLiteral("https://"));
    addRejectRow("endpoint with user info", QStringLiteral("endpoints.userinfo"),
                 QStringLiteral("https://user:pw@api.example.com/me"), QStringLiteral("https://"));
    addRejectRow("ftp help url", QStringLiteral("help.url"), QStringLiteral("ftp://example.com/"),
                 QStringLiteral("https://"));
    addRejectRow("http credential help url", QStringLiteral("credentials[0].help_url"),
                 QStringLiteral("http://example.com/"), QStringLiteral("https://"));
    addRejectRow("missing token endpoint for oauth2", QStringLiteral("endpoints.token"), kRemove,
                 QStringLiteral("is missing"));
    addRejectRow("missing endpoints for oauth2", QStringLiteral("endpoints"), kRemove,
                 QStringLiteral("is missing"));
    addRejectRow("bad revocation_style", QStringLiteral("endpoints.revocation_style"),
                 QStringLiteral("github"), QStringLiteral("\"github_grant\""));
    addRejectRow("revocation style without endpoint", QStringLiteral("endpoints.revocation"), kRemove,
                 QStringLiteral("revocation_style"));
    addRejectRow("revocation endpoint without style", QStringLiteral("endpoints.revocation_style"),
                 QStringLiteral("none"), QStringLiteral("endpoints.revocation"));
}

void TestPlatformRecordParser::rejectsUnsafeEndpoints()
{
    verifyRejected();
}

void TestPlatformRecordParser::rejectsBadFlowSettings_data()
{
    addRejectColumns();
    addRejectRow("bad auth_kind", QStringLiteral("auth_kind"), QStringLiteral("password"),
                 QStringLiteral("\"oauth2\""));
    addRejectRow("bad client_authentication", QStringLiteral("client_authentication"),
                 QStringLiteral("client_secret_jwt"), QStringLiteral("\"client_secret_basic\""));
    addRejectRow("missing client_authentication for oauth2", QStringLiteral("client_authentication"), kRemove,
                 QStringLiteral("is missing"));
    addRejectRow("scope that is not an object", QStringLiteral("scopes[1]"), QStringLiteral("files.write"),
                 QStringLiteral("object"));
    addRejectRow("scope name with space", QStringLiteral("scopes[1].name"), QStringLiteral("files write"),
                 QStringLiteral("spaces"));
    addRejectRow("duplicate scope", QStringLiteral("scopes[1].name"), QStringLiteral("profile:read"),
                 QStringLiteral("declared twice"));
    addRejectRow("reserved authorization parameter", QStringLiteral("authorization_parameters.state"),
                 QStringLiteral("x"), QStringLiteral("sets this parameter itself"));
    addRejectRow("authorization parameter not text", QStringLiteral("authorization_parameters.prompt"), 1,
                 QStringLiteral("string"));
    addRejectRow("redirect host not loopback", QStringLiteral("redirect.host"), QStringLiteral("0.0.0.0"),
                 QStringLiteral("127.0.0.1"));
    addRejectRow("redirect host on the network", QStringLiteral("redirect.host"),
                 QStringLiteral("example.com"), QStringLiteral("localhost"));
    addRejectRow("redirect path empty", QStringLiteral("redirect.path"), QLatin1String(""),
                 QStringLiteral("start with"));
    addRejectRow("redirect path just a slash", QStringLiteral("redirect.path"), QStringLiteral("/"),
                 QStringLiteral("start with"));
    addRejectRow("redirect path relative", QStringLiteral("redirect.path"), QStringLiteral("callback"),
                 QStringLiteral("start with"));
    addRejectRow("redirect path with query", QStringLiteral("redirect.path"), QStringLiteral("/cb?x=1"),
                 QStringLiteral("start with"));
    addRejectRow("port out of range", QStringLiteral("redirect.port"), 65536, QStringLiteral("65535"));
    addRejectRow("negative port", QStringLiteral("redirect.port"), -1, QStringLiteral("65535"));
    addRejectRow("fractional port", QStringLiteral("redirect.port"), 80.5, QStringLiteral("whole number"));
    addRejectRow("bad scope separator", QStringLiteral("token_response.scope_separator"), QStringLiteral(";"),
                 QStringLiteral("\",\""));
    addRejectRow("identity missing with userinfo", QStringLiteral("identity"), kRemove,
                 QStringLiteral("userinfo"));
    addRejectRow("identity path with empty part", QStringLiteral("identity.id"), QStringLiteral("data..id"),
                 QStringLiteral("dotted path"));
    addRejectRow("identity method not GET or POST", QStringLiteral("identity.method"), QStringLiteral("PUT"),
                 QStringLiteral("\"POST\""));
    addRejectRow("identity header overriding Authorization", QStringLiteral("identity.headers.Authorization"),
                 QStringLiteral("Basic x"), QStringLiteral("other than Authorization"));
    addRejectRow("identity header value not text", QStringLiteral("identity.headers.Notion-Version"), 2022,
                 QStringLiteral("string"));
}

void TestPlatformRecordParser::rejectsBadFlowSettings()
{
    verifyRejected();
}

void TestPlatformRecordParser::rejectsBadCredentials_data()
{
    addRejectColumns();
    addRejectRow("duplicate credential key", QStringLiteral("credentials[1].key"),
                 QStringLiteral("client_id"), QStringLiteral("declared twice"));
    addRejectRow("credential key with capitals", QStringLiteral("credentials[1].key"),
                 QStringLiteral("ClientSecret"), QStringLiteral("lowercase"));
    addRejectRow("bad credential type", QStringLiteral("credentials[1].type"), QStringLiteral("password"),
                 QStringLiteral("\"api_key\""));
    addRejectRow("secret credential not masked", QStringLiteral("credentials[1].secret"), false,
                 QStringLiteral("true"));
    addRejectRow("credential without label", QStringLiteral("credentials[0].label"), kRemove,
                 QStringLiteral("is missing"));

    // Rules that span fields name the list they need something in.
    QTest::newRow("missing client_id field for oauth2")
        << exampleWith(QStringLiteral("credentials[0].key"), QStringLiteral("app_id"))
        << QStringLiteral("credentials") << QStringLiteral("\"client_id\"");
    QTest::newRow("client secret auth without secret field")
        << exampleWith(QStringLiteral("credentials[1]"), kRemove) << QStringLiteral("credentials")
        << QStringLiteral("client_secret");
    QTest::newRow("token platform without api_key field")
        << tokenExampleWith({ { QStringLiteral("credentials[0].type"), QStringLiteral("oauth_client_id") } })
        << QStringLiteral("credentials") << QStringLiteral("api_key");
    QTest::newRow("token platform without api_key rule")
        << tokenExampleWith({ { QStringLiteral("api_key"), kRemove } }) << QStringLiteral("api_key")
        << QStringLiteral("is missing");
    QTest::newRow("api_key rule on an oauth2 platform")
        << exampleWith(QStringLiteral("api_key"),
                       QJsonObject { { QStringLiteral("send"), QStringLiteral("header") } })
        << QStringLiteral("api_key") << QStringLiteral("auth_kind");
    QTest::newRow("basic without a username field")
        << tokenExampleWith({ { QStringLiteral("api_key"),
                                QJsonObject { { QStringLiteral("send"), QStringLiteral("basic") } } } })
        << QStringLiteral("credentials") << QStringLiteral("\"basic\"");
    QTest::newRow("username field with a header key")
        << tokenExampleWith({ { QStringLiteral("credentials[1]"), usernameField() } })
        << QStringLiteral("credentials") << QStringLiteral("username");
    QTest::newRow("query without a parameter")
        << tokenExampleWith({ { QStringLiteral("api_key"),
                                QJsonObject { { QStringLiteral("send"), QStringLiteral("query") } } } })
        << QStringLiteral("api_key.parameter") << QStringLiteral("is missing");
    QTest::newRow("header name with a colon")
        << tokenExampleWith({ { QStringLiteral("api_key.header"), QStringLiteral("X-Key:") } })
        << QStringLiteral("api_key.header") << QStringLiteral("header name");
    QTest::newRow("prefix with basic")
        << tokenExampleWith({ { QStringLiteral("api_key"),
                                QJsonObject { { QStringLiteral("send"), QStringLiteral("basic") },
                                              { QStringLiteral("prefix"), QStringLiteral("Bearer ") } } },
                              { QStringLiteral("credentials[1]"), usernameField() } })
        << QStringLiteral("api_key") << QStringLiteral("prefix");
    QTest::newRow("token platform without userinfo")
        << tokenExampleWith(
               { { QStringLiteral("endpoints.userinfo"), kRemove }, { QStringLiteral("identity"), kRemove } })
        << QStringLiteral("endpoints.userinfo") << QStringLiteral("checks each key");
}

void TestPlatformRecordParser::rejectsBadCredentials()
{
    verifyRejected();
}

void TestPlatformRecordParser::rejectsBadRefreshTokenLimits_data()
{
    addRejectColumns();
    addRejectRow("refresh_token not an object", QStringLiteral("refresh_token"), 7, QStringLiteral("object"));
    addRejectRow("refresh_token unknown key", QStringLiteral("refresh_token.expires_days"), 7,
                 QStringLiteral("unknown key"));
    QTest::newRow("refresh_token without a limit")
        << exampleWith(QStringLiteral("refresh_token"),
                       refreshToken(kRemove, kRemove, QStringLiteral("Why.")))
        << QStringLiteral("refresh_token") << QStringLiteral("lifetime_days");
    QTest::newRow("lifetime of zero days")
        << exampleWith(QStringLiteral("refresh_token"), refreshToken(0, kRemove))
        << QStringLiteral("refresh_token.lifetime_days") << QStringLiteral("from 1 to 3650");
    QTest::newRow("negative idle days")
        << exampleWith(QStringLiteral("refresh_token"), refreshToken(kRemove, -90))
        << QStringLiteral("refresh_token.idle_days") << QStringLiteral("from 1 to 3650");
    QTest::newRow("lifetime of a century")
        << exampleWith(QStringLiteral("refresh_token"), refreshToken(36500, kRemove))
        << QStringLiteral("refresh_token.lifetime_days") << QStringLiteral("from 1 to 3650");
    QTest::newRow("fractional days") << exampleWith(QStringLiteral("refresh_token"),
                                                    refreshToken(kRemove, 1.5))
                                     << QStringLiteral("refresh_token.idle_days")
                                     << QStringLiteral("whole number");
    QTest::newRow("days as text") << exampleWith(QStringLiteral("refresh_token"),
                                                 refreshToken(QStringLiteral("7"), kRemove))
                                  << QStringLiteral("refresh_token.lifetime_days")
                                  << QStringLiteral("number");
    QTest::newRow("note that is no text") << exampleWith(
        QStringLiteral("refresh_token"),
        QJsonObject { { QStringLiteral("lifetime_days"), 7 }, { QStringLiteral("note"), true } })
                                          << QStringLiteral("refresh_token.note") << QStringLiteral("string");
    QTest::newRow("refresh_token on a token platform")
        << tokenExampleWith({ { QStringLiteral("refresh_token"), refreshToken(7, kRemove) } })
        << QStringLiteral("refresh_token") << QStringLiteral("\"oauth2\"");
}

void TestPlatformRecordParser::rejectsBadRefreshTokenLimits()
{
    verifyRejected();
}

void TestPlatformRecordParser::rejectsBadHelp_data()
{
    addRejectColumns();
    addRejectRow("too many help steps", QStringLiteral("help.steps"),
                 strings({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                           QStringLiteral("e") }),
                 QStringLiteral("2 to 4"));
    addRejectRow("too few help steps", QStringLiteral("help.steps"), strings({ QStringLiteral("a") }),
                 QStringLiteral("2 to 4"));
    addRejectRow("blank help step", QStringLiteral("help.steps[1]"), QStringLiteral(" "),
                 QStringLiteral("non-empty"));
    addRejectRow("shipped record without help", QStringLiteral("help"), kRemove,
                 QStringLiteral("is missing"));
    QTest::newRow("custom record with too many help steps")
        << exampleWith({ { QStringLiteral("custom"), true },
                         { QStringLiteral("help.steps"),
                           strings({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("d"), QStringLiteral("e") }) } })
        << QStringLiteral("help.steps") << QStringLiteral("at most 4");
}

void TestPlatformRecordParser::rejectsBadHelp()
{
    verifyRejected();
}

void TestPlatformRecordParser::writerRoundTrips_data()
{
    QTest::addColumn<PlatformRecord>("record");

    const PlatformRecord example = PlatformRecordParser::parse(exampleJson(), kSource).value();
    QTest::newRow("example") << example;
    const std::pair<const char*, RevocationStyle> styles[]
        = { { "rfc7009", RevocationStyle::Rfc7009 },
            { "github_grant", RevocationStyle::GithubGrant },
            { "dropbox", RevocationStyle::Dropbox },
            { "slack", RevocationStyle::Slack } };
    for (const auto& [name, style] : styles) {
        PlatformRecord record = example;
        record.revocationStyle = style;
        QTest::addRow("revocation style %s", name) << record;
    }
    PlatformRecord noRevocation = example;
    noRevocation.revocationStyle = RevocationStyle::None;
    noRevocation.revocationEndpoint.clear();
    QTest::newRow("no revocation") << noRevocation;
    const std::pair<const char*, ClientAuthentication> authentications[] = {
        { "none", ClientAuthentication::None },
        { "client_secret_post", ClientAuthentication::ClientSecretPost },
        { "client_secret_basic", ClientAuthentication::ClientSecretBasic },
    };
    for (const auto& [name, authentication] : authentications) {
        PlatformRecord record = example;
        record.clientAuthentication = authentication;
        QTest::addRow("client authentication %s", name) << record;
    }
    PlatformRecord token = example;
    token.authKind = AuthKind::Token;
    token.credentials = { CredentialField { QStringLiteral("api_key"), QStringLiteral("API key"),
                                            CredentialType::ApiKey, true, true, QUrl(), QString() } };
    token.authorizationEndpoint.clear();
    token.tokenEndpoint.clear();
    token.apiKey.prefix = QStringLiteral("Bearer ");
    QTest::newRow("token platform, header") << token;
    PlatformRecord query = token;
    query.apiKey
        = { ApiKeyPlacement::Query, QStringLiteral("Authorization"), QString(), QStringLiteral("key") };
    QTest::newRow("token platform, query") << query;
    PlatformRecord basic = token;
    basic.apiKey = {};
    basic.apiKey.placement = ApiKeyPlacement::Basic;
    basic.credentials.append(CredentialField { QStringLiteral("email"), QStringLiteral("Email"),
                                               CredentialType::Username, true, false, QUrl(), QString() });
    QTest::newRow("token platform, basic") << basic;
    PlatformRecord custom = example;
    custom.custom = true;
    custom.icon.clear();
    custom.helpSteps.clear();
    custom.helpUrl.clear();
    custom.scopes.clear();
    custom.authorizationParameters.clear();
    custom.identityNamePath.clear();
    QTest::newRow("custom, sparse") << custom;
    PlatformRecord lifetime = example;
    lifetime.refreshToken = { 7, 0, QStringLiteral("Apps in testing get 7-day refresh tokens.") };
    QTest::newRow("refresh token lifetime") << lifetime;
    PlatformRecord idle = example;
    idle.refreshToken.idleDays = 90;
    QTest::newRow("refresh token idle limit") << idle;
}

void TestPlatformRecordParser::writerRoundTrips()
{
    QFETCH(PlatformRecord, record);
    const QByteArray json = PlatformRecordWriter::toJson(record);
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(json, kSource);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), record);
}

void TestPlatformRecordParser::writerMarksOnlyCustomRecords()
{
    PlatformRecord record = PlatformRecordParser::parse(exampleJson(), kSource).value();
    QVERIFY(!QJsonDocument::fromJson(PlatformRecordWriter::toJson(record))
                 .object()
                 .contains(QStringLiteral("custom")));
    record.custom = true;
    const QJsonObject written = QJsonDocument::fromJson(PlatformRecordWriter::toJson(record)).object();
    QCOMPARE(written.value(QStringLiteral("custom")), QJsonValue(true));
    QCOMPARE(written.value(QStringLiteral("schema")), QJsonValue(PlatformRecord::kSchemaVersion));
}

// A record someone shared keeps its file name out of the way (`providers
// import team-sso-v2.json`), while the file's name still heads every message.
void TestPlatformRecordParser::sharedFileMayHaveAnyName()
{
    const QString shared = QStringLiteral("/tmp/shared/team-provider.json");
    QVERIFY(!PlatformRecordParser::parse(exampleJson(), shared).hasValue());
    const Result<PlatformRecord> parsed
        = PlatformRecordParser::parse(exampleJson(), shared, PlatformRecordParser::FileName::Any);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.hasValue() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().id, QStringLiteral("example"));

    const Result<PlatformRecord> broken
        = PlatformRecordParser::parse(exampleWith(QStringLiteral("pkce"), QStringLiteral("yes")), shared,
                                      PlatformRecordParser::FileName::Any);
    QVERIFY(!broken.hasValue());
    QVERIFY2(broken.error().message.startsWith(shared + QStringLiteral(": pkce: ")),
             qPrintable(broken.error().message));
}

QTEST_GUILESS_MAIN(TestPlatformRecordParser)
#include "tst_platformrecordparser.moc"

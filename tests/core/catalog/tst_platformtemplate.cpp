// Templates for self-hosted servers: every shipped one is valid, filling one
// in gives a custom platform of that server (its URLs, help and name), and
// broken templates or values are refused with the field named.
#include "core/catalog/platformtemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Plugboard;

namespace {

QByteArray templateJson(const QJsonObject& section)
{
    QFile file(QStringLiteral(":/templates/gitea.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("gitea.json is not embedded");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("template"), section);
    return QJsonDocument(root).toJson();
}

QJsonObject section(const QString& example, const QString& name = QStringLiteral("instance_url"))
{
    return { { QStringLiteral("instance_name"), QStringLiteral("Git ({instance_host})") },
             { QStringLiteral("parameters"),
               QJsonArray { QJsonObject { { QStringLiteral("name"), name },
                                          { QStringLiteral("label"), QStringLiteral("Server address") },
                                          { QStringLiteral("example"), example } } } } };
}

} // namespace

class TestPlatformTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsTheTemplates();
    void everyShippedTemplateIsValid_data();
    void everyShippedTemplateIsValid();
    void fillsInOneServer();
    void twoServersGiveTwoPlatforms();
    void refusesBrokenTemplates_data();
    void refusesBrokenTemplates();
};

void TestPlatformTemplate::shipsTheTemplates()
{
    QCOMPARE(PlatformTemplate::shippedIds(),
             (QStringList { QStringLiteral("atlassian-site"), QStringLiteral("gitea"),
                            QStringLiteral("gitlab-self-managed"), QStringLiteral("keycloak"),
                            QStringLiteral("mastodon") }));
    QCOMPARE(PlatformTemplate::loadShipped(QStringLiteral("nope")).error().code, ErrorCode::UnknownPlatform);
}

void TestPlatformTemplate::everyShippedTemplateIsValid_data()
{
    QTest::addColumn<QString>("id");
    const QStringList ids = PlatformTemplate::shippedIds();
    for (const QString& id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestPlatformTemplate::everyShippedTemplateIsValid()
{
    QFETCH(QString, id);
    const Result<PlatformTemplate> loaded = PlatformTemplate::loadShipped(id);
    QVERIFY2(loaded.hasValue(), qPrintable(loaded.hasValue() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().id(), id);
    QVERIFY(!loaded.value().parameters().isEmpty());
    QVERIFY(!loaded.value().icon().isEmpty());
}

void TestPlatformTemplate::fillsInOneServer()
{
    const PlatformTemplate keycloak = PlatformTemplate::loadShipped(QStringLiteral("keycloak")).value();
    const Result<PlatformRecord> filled = keycloak.instantiate(
        QStringLiteral("work-sso"),
        { { QStringLiteral("instance_url"), QStringLiteral("https://sso.example.org/") },
          { QStringLiteral("realm"), QStringLiteral("staff") } });
    QVERIFY2(filled.hasValue(), qPrintable(filled.hasValue() ? QString() : filled.error().message));
    const PlatformRecord& record = filled.value();
    QCOMPARE(record.id, QStringLiteral("work-sso"));
    QVERIFY(record.custom);
    QCOMPARE(record.name, QStringLiteral("Keycloak staff (sso.example.org)"));
    QCOMPARE(record.tokenEndpoint,
             QUrl(QStringLiteral("https://sso.example.org/realms/staff/protocol/openid-connect/token")));
    QVERIFY2(record.helpSteps.first().contains(QStringLiteral("staff realm")),
             qPrintable(record.helpSteps.first()));
    QCOMPARE(record.templateId, QStringLiteral("keycloak"));
    QCOMPARE(record.templateParameters.value(QStringLiteral("instance_url")),
             QStringLiteral("https://sso.example.org"));
    QCOMPARE(record.templateParameters.value(QStringLiteral("realm")), QStringLiteral("staff"));
    QVERIFY(!record.templateParameters.contains(QStringLiteral("instance_host")));
}

void TestPlatformTemplate::twoServersGiveTwoPlatforms()
{
    const PlatformTemplate gitlab
        = PlatformTemplate::loadShipped(QStringLiteral("gitlab-self-managed")).value();
    const PlatformRecord a
        = gitlab
              .instantiate(QStringLiteral("a"),
                           { { QStringLiteral("instance_url"), QStringLiteral("https://a.example") } })
              .value();
    const PlatformRecord b
        = gitlab
              .instantiate(QStringLiteral("b"),
                           { { QStringLiteral("instance_url"), QStringLiteral("http://127.0.0.1:8080") } })
              .value();
    QCOMPARE(a.authorizationEndpoint.host(), QStringLiteral("a.example"));
    QCOMPARE(b.userinfoEndpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/api/v4/user")));
    QCOMPARE(b.name, QStringLiteral("GitLab (127.0.0.1:8080)"));
    QVERIFY(a.helpUrl.toString().startsWith(QStringLiteral("https://a.example/")));
}

void TestPlatformTemplate::refusesBrokenTemplates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty template section") << templateJson({}) << QStringLiteral("template.instance_name");
    QTest::newRow("example that is no address")
        << templateJson(section(QStringLiteral("git.example.com"))) << QStringLiteral("https://");
    QTest::newRow("parameter with capitals")
        << templateJson(section(QStringLiteral("https://git.example.com"), QStringLiteral("InstanceUrl")))
        << QStringLiteral("template.parameters[0].name");
    QTest::newRow("instance_host is Plugboard's")
        << templateJson(section(QStringLiteral("x"), QStringLiteral("instance_host")))
        << QStringLiteral("instance_host");
    QJsonObject unknown = section(QStringLiteral("https://git.example.com"));
    unknown.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    QTest::newRow("unknown key") << templateJson(unknown) << QStringLiteral("colour");
}

void TestPlatformTemplate::refusesBrokenTemplates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<PlatformTemplate> parsed = PlatformTemplate::parse(json, QStringLiteral("gitea.json"));
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidRecord);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestPlatformTemplate)
#include "tst_platformtemplate.moc"

#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformrecordwriter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Plugboard;

namespace Plugboard::Test {
namespace {

/// The parser's example record, as a custom platform.
PlatformRecord exampleRecord()
{
    QFile file(QStringLiteral(":/data/example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data :/data/example.json is not embedded");
    PlatformRecord record
        = PlatformRecordParser::parse(file.readAll(), QStringLiteral("example.json")).value();
    record.custom = true;
    return record;
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

QString customFile(const QString& id)
{
    return PlatformCatalog::customDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
}

QList<QUrl> endpointsOf(const PlatformRecord& record)
{
    QList<QUrl> urls { record.authorizationEndpoint,       record.tokenEndpoint,
                       record.revocationEndpoint,          record.userinfoEndpoint,
                       record.deviceAuthorizationEndpoint, record.helpUrl };
    for (const CredentialField& field : record.credentials)
        urls.append(field.helpUrl);
    urls.removeIf([](const QUrl& url) { return url.isEmpty(); });
    return urls;
}

} // namespace
} // namespace Plugboard::Test

using namespace Plugboard::Test;

class TestPlatformCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void shipsExpectedPlatforms_data();
    void shipsExpectedPlatforms();
    void shippedRecordIsValid_data();
    void shippedRecordIsValid();
    void loadsEveryShippedRecord();
    void sortsByDisplayName();
    void spotifyRedirectsToLoopbackAddress();
    void googleOffersYoutubeScopes();

    void addsAndRemovesCustomPlatform();
    void refusesExistingCustomUnlessReplacing();
    void refusesCustomWithShippedId();
    void ignoresCustomFileWithShippedId();
    void reportsCorruptCustomFile();
    void refusesInvalidCustomRecord();
    void refusesRemovingShippedOrUnknown();

    void loadOneShipped();
    void loadOneCustom();
    void loadOneUnknown_data();
    void loadOneUnknown();
};

void TestPlatformCatalog::initTestCase()
{
    ApplicationInfo::applyToApplication();
    // The runner gives every test its own XDG folders; make sure this one
    // really writes there and never into a real user's config.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY2(!configHome.isEmpty(), "run through ctest so XDG_CONFIG_HOME is private");
    QVERIFY2(PlatformCatalog::customDirectory().startsWith(configHome + QStringLiteral("/plugboard/")),
             qPrintable(PlatformCatalog::customDirectory()));
}

void TestPlatformCatalog::init()
{
    QVERIFY(QDir(PlatformCatalog::customDirectory()).removeRecursively());
}

void TestPlatformCatalog::shipsExpectedPlatforms_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : { "github", "gitlab", "google", "microsoft", "twitch", "spotify", "discord",
                            "slack", "zoom", "notion", "atlassian", "dropbox", "huggingface", "gitlab-token",
                            "notion-integration", "cloudflare", "digitalocean", "bitbucket", "vercel" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestPlatformCatalog::shipsExpectedPlatforms()
{
    QFETCH(QString, id);
    QVERIFY2(PlatformCatalog::shippedIds().contains(id),
             qPrintable(PlatformCatalog::shippedIds().join(u',')));
}

void TestPlatformCatalog::shippedRecordIsValid_data()
{
    QTest::addColumn<QString>("id");
    const QStringList ids = PlatformCatalog::shippedIds();
    for (const QString& id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestPlatformCatalog::shippedRecordIsValid()
{
    QFETCH(QString, id);
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(id);
    QVERIFY2(record.hasValue(), qPrintable(record.hasValue() ? QString() : record.error().message));
    const PlatformRecord& r = record.value();
    QCOMPARE(r.id, id);
    QVERIFY(!r.custom);
    // Shipped records talk to the internet: loopback http is for custom ones.
    const QList<QUrl> urls = endpointsOf(r);
    for (const QUrl& url : urls)
        QVERIFY2(url.scheme() == QLatin1String("https"), qPrintable(url.toString()));
    QVERIFY(r.helpSteps.size() >= 2 && r.helpSteps.size() <= 4);
    QVERIFY2(!r.icon.isEmpty(), "every shipped platform has an icon");
    const QString icon = QStringLiteral(PLUGBOARD_SOURCE_DIR "/resources/icons/platforms/") + r.icon;
    QVERIFY2(QFile::exists(icon), qPrintable(icon));
    if (r.authKind == AuthKind::Token) {
        // People need the page where keys are made and which permissions to give.
        QVERIFY2(r.helpUrl.scheme() == QLatin1String("https"), "the page for keys");
        for (const CredentialField& field : r.credentials)
            QVERIFY2(!field.description.isEmpty(),
                     qPrintable(field.key + QStringLiteral(": what to give it")));
        QVERIFY2(r.credentialField(QStringLiteral("api_key"))->helpUrl == r.helpUrl, "the key's page");
    }
    // Custom copies of it (discovery, "duplicate") go through the writer.
    const Result<PlatformRecord> again
        = PlatformRecordParser::parse(PlatformRecordWriter::toJson(r), id + QStringLiteral(".json"));
    QVERIFY2(again.hasValue(), qPrintable(again.hasValue() ? QString() : again.error().message));
    QCOMPARE(again.value(), r);
}

void TestPlatformCatalog::loadsEveryShippedRecord()
{
    PlatformCatalog catalog;
    const QList<Error> errors = catalog.loadAll();
    for (const Error& error : errors)
        qWarning().noquote() << error.message;
    QVERIFY(errors.isEmpty());
    QCOMPARE(catalog.platforms().size(), PlatformCatalog::shippedIds().size());
    QVERIFY(catalog.platforms().size() >= 12);
    const QStringList ids = PlatformCatalog::shippedIds();
    for (const QString& id : ids) {
        QVERIFY2(catalog.platform(id), qPrintable(id));
        QCOMPARE(*catalog.platform(id), PlatformCatalog::loadOne(id).value());
    }
    QCOMPARE(catalog.platform(QStringLiteral("no-such-platform")), nullptr);
}

void TestPlatformCatalog::sortsByDisplayName()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    QVERIFY(catalog.addCustom(exampleRecord()).hasValue());
    QStringList names;
    for (const PlatformRecord& record : catalog.platforms())
        names.append(record.name);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(names.contains(QStringLiteral("Example Cloud")));
}

void TestPlatformCatalog::spotifyRedirectsToLoopbackAddress()
{
    // Spotify refuses "localhost" redirect URIs; only the literal address works.
    const Result<PlatformRecord> spotify = PlatformCatalog::loadOne(QStringLiteral("spotify"));
    QVERIFY2(spotify.hasValue(), qPrintable(spotify.hasValue() ? QString() : spotify.error().message));
    QCOMPARE(spotify.value().redirect.host, QStringLiteral("127.0.0.1"));
}

void TestPlatformCatalog::googleOffersYoutubeScopes()
{
    const Result<PlatformRecord> google = PlatformCatalog::loadOne(QStringLiteral("google"));
    QVERIFY2(google.hasValue(), qPrintable(google.hasValue() ? QString() : google.error().message));
    QStringList youtube;
    for (const ScopeInfo& scope : google.value().scopes) {
        if (scope.name.startsWith(QLatin1String("https://www.googleapis.com/auth/youtube")))
            youtube.append(scope.name);
    }
    QVERIFY2(youtube.contains(QStringLiteral("https://www.googleapis.com/auth/youtube.readonly")),
             qPrintable(youtube.join(u' ')));
}

void TestPlatformCatalog::addsAndRemovesCustomPlatform()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    PlatformRecord record = exampleRecord();
    record.custom = false; // addCustom marks it
    const Result<void> added = catalog.addCustom(record);
    QVERIFY2(added.hasValue(), qPrintable(added.error().message));
    QVERIFY(QFile::exists(customFile(QStringLiteral("example"))));
    QVERIFY(catalog.platform(QStringLiteral("example")));
    QVERIFY(catalog.platform(QStringLiteral("example"))->custom);

    // A fresh catalog reads back exactly what was saved.
    PlatformCatalog reloaded;
    QVERIFY(reloaded.loadAll().isEmpty());
    QVERIFY(reloaded.platform(QStringLiteral("example")));
    QCOMPARE(*reloaded.platform(QStringLiteral("example")), exampleRecord());
    QCOMPARE(reloaded.platforms().size(), PlatformCatalog::shippedIds().size() + 1);

    const Result<void> removed = reloaded.removeCustom(QStringLiteral("example"));
    QVERIFY2(removed.hasValue(), qPrintable(removed.error().message));
    QVERIFY(!QFile::exists(customFile(QStringLiteral("example"))));
    QCOMPARE(reloaded.platform(QStringLiteral("example")), nullptr);
    QCOMPARE(PlatformCatalog::loadOne(QStringLiteral("example")).error().code, ErrorCode::UnknownPlatform);
}

void TestPlatformCatalog::refusesExistingCustomUnlessReplacing()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.addCustom(exampleRecord()).hasValue());
    PlatformRecord renamed = exampleRecord();
    renamed.name = QStringLiteral("Example Cloud (EU)");

    const Result<void> refused = catalog.addCustom(renamed);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().message.contains(QStringLiteral("\"example\"")),
             qPrintable(refused.error().message));
    QCOMPARE(PlatformCatalog::loadOne(QStringLiteral("example")).value().name,
             QStringLiteral("Example Cloud"));

    QVERIFY(catalog.addCustom(renamed, PlatformCatalog::ExistingCustom::Replace).hasValue());
    QCOMPARE(PlatformCatalog::loadOne(QStringLiteral("example")).value().name,
             QStringLiteral("Example Cloud (EU)"));
    QCOMPARE(catalog.platform(QStringLiteral("example"))->name, QStringLiteral("Example Cloud (EU)"));
    const auto sameId = [](const PlatformRecord& record) { return record.id == QLatin1String("example"); };
    QCOMPARE(std::count_if(catalog.platforms().cbegin(), catalog.platforms().cend(), sameId), 1);
}

void TestPlatformCatalog::refusesCustomWithShippedId()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    PlatformRecord record = exampleRecord();
    record.id = QStringLiteral("github");
    for (const auto existing :
         { PlatformCatalog::ExistingCustom::Refuse, PlatformCatalog::ExistingCustom::Replace }) {
        const Result<void> result = catalog.addCustom(record, existing);
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.contains(QStringLiteral("built-in")),
                 qPrintable(result.error().message));
    }
    QVERIFY(!QFile::exists(customFile(QStringLiteral("github"))));
    QCOMPARE(catalog.platform(QStringLiteral("github"))->name, QStringLiteral("GitHub"));
    QVERIFY(!catalog.platform(QStringLiteral("github"))->custom);
}

void TestPlatformCatalog::ignoresCustomFileWithShippedId()
{
    // A valid record, written by hand so addCustom() never saw it: it must
    // not replace the shipped GitHub (and send its tokens elsewhere).
    PlatformRecord record = exampleRecord();
    record.id = QStringLiteral("github");
    record.name = QStringLiteral("Not GitHub");
    record.tokenEndpoint = QUrl(QStringLiteral("https://attacker.example/token"));
    const QString path = customFile(QStringLiteral("github"));
    writeFile(path, PlatformRecordWriter::toJson(record));

    PlatformCatalog catalog;
    const QList<Error> errors = catalog.loadAll();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ErrorCode::InvalidRecord);
    QVERIFY2(errors.first().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(errors.first().message));
    QCOMPARE(catalog.platform(QStringLiteral("github"))->name, QStringLiteral("GitHub"));
    QCOMPARE(PlatformCatalog::loadOne(QStringLiteral("github")).value().name, QStringLiteral("GitHub"));
}

void TestPlatformCatalog::reportsCorruptCustomFile()
{
    PlatformCatalog writer;
    QVERIFY(writer.addCustom(exampleRecord()).hasValue());
    const QString corrupt = customFile(QStringLiteral("broken"));
    writeFile(corrupt, QByteArray(R"({"schema": 1, "id": "broken", )"));
    // Not a record at all: left alone, like an editor's backup.
    writeFile(PlatformCatalog::customDirectory() + QStringLiteral("/notes.txt"), QByteArray("hello"));

    PlatformCatalog catalog;
    const QList<Error> errors = catalog.loadAll();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, ErrorCode::InvalidRecord);
    QVERIFY2(errors.first().message.contains(QDir::toNativeSeparators(corrupt)),
             qPrintable(errors.first().message));
    QVERIFY(catalog.platform(QStringLiteral("example")));
    QCOMPARE(catalog.platform(QStringLiteral("broken")), nullptr);
    QCOMPARE(catalog.platforms().size(), PlatformCatalog::shippedIds().size() + 1);

    // The broken file can still be removed, to start over.
    QVERIFY(catalog.removeCustom(QStringLiteral("broken")).hasValue());
    QVERIFY(!QFile::exists(corrupt));
}

void TestPlatformCatalog::refusesInvalidCustomRecord()
{
    PlatformCatalog catalog;
    PlatformRecord record = exampleRecord();
    record.tokenEndpoint = QUrl(QStringLiteral("http://auth.example.com/token"));
    const Result<void> result = catalog.addCustom(record);
    QCOMPARE(result.error().code, ErrorCode::InvalidRecord);
    QVERIFY2(result.error().message.contains(QStringLiteral("endpoints.token")),
             qPrintable(result.error().message));
    QVERIFY(!QFile::exists(customFile(QStringLiteral("example"))));
    QCOMPARE(catalog.platform(QStringLiteral("example")), nullptr);

    record = exampleRecord();
    record.id = QStringLiteral("../escape");
    QCOMPARE(catalog.addCustom(record).error().code, ErrorCode::InvalidRecord);
    QVERIFY(QDir(PlatformCatalog::customDirectory()).entryList(QDir::Files).isEmpty());
}

void TestPlatformCatalog::refusesRemovingShippedOrUnknown()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    QCOMPARE(catalog.removeCustom(QStringLiteral("github")).error().code, ErrorCode::InvalidArgument);
    QVERIFY(catalog.platform(QStringLiteral("github")));
    QCOMPARE(catalog.removeCustom(QStringLiteral("no-such-platform")).error().code,
             ErrorCode::UnknownPlatform);
    QCOMPARE(catalog.removeCustom(QStringLiteral("../platforms")).error().code, ErrorCode::UnknownPlatform);
}

void TestPlatformCatalog::loadOneShipped()
{
    const Result<PlatformRecord> github = PlatformCatalog::loadOne(QStringLiteral("github"));
    QVERIFY2(github.hasValue(), qPrintable(github.hasValue() ? QString() : github.error().message));
    QCOMPARE(github.value().id, QStringLiteral("github"));
    QCOMPARE(github.value().name, QStringLiteral("GitHub"));
    QCOMPARE(github.value().authKind, AuthKind::OAuth2);
    QVERIFY(github.value().credentialField(QStringLiteral("client_id")));
}

void TestPlatformCatalog::loadOneCustom()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.addCustom(exampleRecord()).hasValue());
    const Result<PlatformRecord> example = PlatformCatalog::loadOne(QStringLiteral("example"));
    QVERIFY2(example.hasValue(), qPrintable(example.hasValue() ? QString() : example.error().message));
    QCOMPARE(example.value(), exampleRecord());
}

void TestPlatformCatalog::loadOneUnknown_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown id") << QStringLiteral("no-such-platform");
    QTest::newRow("empty") << QString();
    QTest::newRow("path") << QStringLiteral("../../etc/passwd");
    QTest::newRow("capitals") << QStringLiteral("GitHub");
}

void TestPlatformCatalog::loadOneUnknown()
{
    QFETCH(QString, id);
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(id);
    QVERIFY(!record.hasValue());
    QCOMPARE(record.error().code, ErrorCode::UnknownPlatform);
    QVERIFY2(record.error().message.contains(QStringLiteral("Run `plugboard-cli providers` to list them")),
             qPrintable(record.error().message));
}

QTEST_GUILESS_MAIN(TestPlatformCatalog)
#include "tst_platformcatalog.moc"

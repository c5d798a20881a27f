// Sharing a custom provider's definition through plugboard-cli: `providers
// export ID [FILE]` writes its record, `providers import FILE [--replace]`
// adds it back (on another machine, or here after a remove), byte for byte
// the same record; the file never carries a secret from the keyring; built-in
// ids, ids already taken and broken files are refused and change nothing.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;
using Run = CliProcess;

namespace {

const QString kId = QStringLiteral("team-sso");

/// Where the tests put shared files: under this test's HOME, which the
/// suite's last test scans for leaked secrets.
QString sharedPath(const QString& name)
{
    const QString folder = QDir::home().filePath(QStringLiteral("shared"));
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The custom record file the catalog keeps for `id`.
QString catalogFile(const QString& id)
{
    return PlatformCatalog::customDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
}

Run exportRecord(const QString& id, const QString& file = {})
{
    QStringList arguments { QStringLiteral("providers"), QStringLiteral("export"), id };
    if (!file.isEmpty())
        arguments << file;
    return CliSteps::run(arguments);
}

Run importRecord(const QString& file, bool replace = false, const QByteArray& input = {})
{
    QStringList arguments { QStringLiteral("providers"), QStringLiteral("import"), file };
    if (replace)
        arguments << QStringLiteral("--replace");
    return CliSteps::run(arguments, input);
}

/// `providers --json`'s entry for `id`, empty when it is not listed.
QJsonObject listed(const QString& id)
{
    const Run run = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("--json") });
    const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue& platform : all) {
        if (platform[QLatin1String("id")].toString() == id)
            return platform.toObject();
    }
    return {};
}

/// The audit trail's "provider.added" entries for kId, oldest first: their details.
QStringList additions()
{
    const Run run = CliSteps::run({ QStringLiteral("audit"), QStringLiteral("--json"),
                                    QStringLiteral("--event"), QStringLiteral("provider.added") });
    QStringList details;
    const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue& entry : entries) {
        if (entry[QLatin1String("subject")].toString() == kId)
            details.append(entry[QLatin1String("detail")].toString());
    }
    return details;
}

/// The record in `json` with `key` set to `value`.
QByteArray changed(const QByteArray& json, const QString& key, const QJsonValue& value)
{
    QJsonObject record = QJsonDocument::fromJson(json).object();
    record.insert(key, value);
    return QJsonDocument(record).toJson();
}

} // namespace

class TestCliProviderSharing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void helpNamesExportAndImport();
    void exportRemoveImportGivesTheSameRecord();
    void exportHoldsNoSecret();
    void importsFromStandardInput();
    void existingIdNeedsReplace();
    void builtInIdsAreRefused();
    void brokenFilesImportNothing_data();
    void brokenFilesImportNothing();
    void unknownIdExits3();

private:
    /// `providers add kId --discover` against `provider`, and its exported record.
    static QByteArray addAndExport(FakeOAuthProvider& provider);
};

void TestCliProviderSharing::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCliProviderSharing::cleanup()
{
    CliSteps::forgetEverything();
}

QByteArray TestCliProviderSharing::addAndExport(FakeOAuthProvider& provider)
{
    const Run add = CliSteps::addProvider(kId, provider);
    if (add.exitCode != 0)
        qWarning("providers add: %s", qPrintable(add.err));
    const Run exported = exportRecord(kId);
    if (exported.exitCode != 0)
        qWarning("providers export: %s", qPrintable(exported.err));
    return exported.out.toUtf8();
}

void TestCliProviderSharing::helpNamesExportAndImport()
{
    const Run overview = CliSteps::run({ QStringLiteral("--help") });
    QCOMPARE(overview.exitCode, 0);
    QVERIFY2(overview.out.contains(QStringLiteral("export ID [FILE]"))
                 && overview.out.contains(QStringLiteral("import FILE [--replace]")),
             qPrintable(overview.out));
    const Run help = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--replace"))
                 && help.out.contains(QStringLiteral("[add|remove|export|import]")),
             qPrintable(help.out));
}

void TestCliProviderSharing::exportRemoveImportGivesTheSameRecord()
{
    FakeOAuthProvider provider;
    provider.setAccount(QStringLiteral("42"), QStringLiteral("ada"));
    QCOMPARE(CliSteps::addProvider(kId, provider).exitCode, 0);
    const QByteArray kept = contents(catalogFile(kId));
    QVERIFY(!kept.isEmpty());

    // To a file, atomically, with a hint on standard error and nothing on standard output.
    const QString file = sharedPath(QStringLiteral("sso for the team.json"));
    const Run toFile = exportRecord(kId, file);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QCOMPARE(toFile.out, QString());
    QVERIFY2(toFile.err.contains(QStringLiteral("no client ID, secret or token")), qPrintable(toFile.err));
    const QByteArray shared = contents(file);
    QCOMPARE(shared, kept);
    QCOMPARE(QJsonDocument::fromJson(shared).object().value(QStringLiteral("id")).toString(), kId);
    // To standard output, without FILE and with "-": the same bytes.
    QCOMPARE(exportRecord(kId).out.toUtf8(), shared);
    QCOMPARE(exportRecord(kId, QStringLiteral("-")).out.toUtf8(), shared);

    const QJsonObject before = listed(kId);
    QCOMPARE(CliSteps::run({ QStringLiteral("providers"), QStringLiteral("remove"), kId }).exitCode, 0);
    QVERIFY(listed(kId).isEmpty());

    // The file's name need not be the id: the record's id names the platform.
    const Run imported = importRecord(file);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, kId + QLatin1Char('\n'));
    QVERIFY2(imported.err.contains(QStringLiteral("credentials set team-sso")), qPrintable(imported.err));
    QCOMPARE(listed(kId), before);
    QCOMPARE(additions().size(), 2); // added, then imported: the catalog notes both
    QCOMPARE(before[QLatin1String("custom")].toBool(), true);
    QCOMPARE(contents(catalogFile(kId)), kept);
    QCOMPARE(exportRecord(kId).out.toUtf8(), shared);

    // And it works: credentials, a sign-in, a token.
    QCOMPARE(CliSteps::setCredentials(kId, provider).exitCode, 0);
    const Run connected = CliSteps::connect(kId);
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.err + provider.lastRefusal()));
    QCOMPARE(CliSteps::run({ QStringLiteral("token"), kId }).out,
             provider.lastAccessToken() + QLatin1Char('\n'));
}

// Credentials (client ID and secret) and tokens sit in the keyring next to
// the record: none of it may reach the shared file, whichever way it goes.
void TestCliProviderSharing::exportHoldsNoSecret()
{
    FakeOAuthProvider provider;
    provider.setAccount(QStringLiteral("42"), QStringLiteral("ada"));
    QCOMPARE(CliSteps::addProvider(kId, provider).exitCode, 0);
    const Run credentials = CliSteps::setCredentials(kId, provider);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.err));
    QVERIFY(provider.clientSecret().startsWith(secretMarker()));
    const Run connected = CliSteps::connect(kId);
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.err + provider.lastRefusal()));
    QVERIFY(!CliSteps::storedTokens(kId, QStringLiteral("42")).isEmpty());

    const QString file = sharedPath(QStringLiteral("no-secrets.json"));
    const Run toFile = exportRecord(kId, file);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    const Run toOutput = exportRecord(kId);
    QCOMPARE(toOutput.exitCode, 0);

    QCOMPARE(filesContaining(QFileInfo(file).absolutePath(), secretMarker().toUtf8()), QStringList());
    for (const QByteArray& exported : { contents(file), toOutput.out.toUtf8(), toFile.err.toUtf8() }) {
        QVERIFY(!exported.contains(secretMarker().toUtf8()));
        QVERIFY(!exported.contains(provider.clientSecret().toUtf8()));
        QVERIFY(!exported.contains(provider.clientId().toUtf8()));
        QVERIFY(!exported.contains(provider.lastAccessToken().toUtf8()));
    }
}

void TestCliProviderSharing::importsFromStandardInput()
{
    FakeOAuthProvider provider;
    const QByteArray shared = addAndExport(provider);
    QVERIFY(!shared.isEmpty());
    QCOMPARE(CliSteps::run({ QStringLiteral("providers"), QStringLiteral("remove"), kId }).exitCode, 0);

    const Run imported = importRecord(QStringLiteral("-"), false, shared);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("standard input")), qPrintable(imported.err));
    QCOMPARE(contents(catalogFile(kId)), shared);

    const Run nothing = importRecord(QStringLiteral("-"), true, QByteArray());
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QStringLiteral("standard input is empty")), qPrintable(nothing.err));
    QCOMPARE(contents(catalogFile(kId)), shared);
}

void TestCliProviderSharing::existingIdNeedsReplace()
{
    FakeOAuthProvider provider;
    const QByteArray shared = addAndExport(provider);
    QVERIFY(!shared.isEmpty());
    const QString file = sharedPath(QStringLiteral("renamed.json"));
    QVERIFY(write(file, changed(shared, QStringLiteral("name"), QStringLiteral("Team SSO (new)"))));

    const Run refused = importRecord(file);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("\"team-sso\" already exists"))
                 && refused.err.contains(QStringLiteral("--replace"))
                 && refused.err.contains(QStringLiteral("renamed.json")),
             qPrintable(refused.err));
    QCOMPARE(refused.out, QString());
    QCOMPARE(contents(catalogFile(kId)), shared);
    QCOMPARE(additions().size(), 1);

    const Run replaced = importRecord(file, true);
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY2(replaced.err.contains(QStringLiteral("Replaced")), qPrintable(replaced.err));
    QCOMPARE(additions().size(), 2);
    QVERIFY2(additions().last().contains(QStringLiteral("replaced")), qPrintable(additions().join(u'|')));
    QCOMPARE(listed(kId)[QLatin1String("name")].toString(), QStringLiteral("Team SSO (new)"));
    QCOMPARE(exportRecord(kId).out.toUtf8(), contents(catalogFile(kId)));
}

void TestCliProviderSharing::builtInIdsAreRefused()
{
    const Run exported = exportRecord(QStringLiteral("github"));
    QCOMPARE(exported.exitCode, 2);
    QCOMPARE(exported.out, QString());
    QVERIFY2(exported.err.contains(QStringLiteral("\"github\" is a built-in platform")),
             qPrintable(exported.err));

    // A custom record dressed up as GitHub.
    FakeOAuthProvider provider;
    const QByteArray shared = addAndExport(provider);
    QVERIFY(!shared.isEmpty());
    const QString file = sharedPath(QStringLiteral("github.json"));
    QVERIFY(write(file, changed(shared, QStringLiteral("id"), QStringLiteral("github"))));
    for (const bool replace : { false, true }) {
        const Run imported = importRecord(file, replace);
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(QStringLiteral("\"github\", a built-in platform")),
                 qPrintable(imported.err));
    }
    QVERIFY(!QFile::exists(catalogFile(QStringLiteral("github"))));
    QCOMPARE(listed(QStringLiteral("github"))[QLatin1String("name")].toString(), QStringLiteral("GitHub"));
}

void TestCliProviderSharing::brokenFilesImportNothing_data()
{
    // Either the file's bytes, or how a real exported record is broken.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("breakRecord");
    QTest::addColumn<QString>("says");
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage") << QString()
                             << QStringLiteral("not valid JSON");
    QTest::newRow("a list, not a record")
        << QByteArray("[{\"id\": \"team-sso\"}]") << QString() << QStringLiteral("must hold one JSON object");
    QTest::newRow("empty") << QByteArray("\n") << QString() << QStringLiteral("is empty");
    QTest::newRow("no token endpoint") << QByteArray() << QStringLiteral("no token endpoint")
                                       << QStringLiteral("endpoints.token: is missing");
    QTest::newRow("newer schema") << QByteArray() << QStringLiteral("newer schema")
                                  << QStringLiteral("update Plugboard");
    QTest::newRow("a secret added by hand")
        << QByteArray() << QStringLiteral("client secret") << QStringLiteral("client_secret: unknown key");
    QTest::newRow("missing file") << QByteArray() << QString() << QStringLiteral("Could not read");
}

void TestCliProviderSharing::brokenFilesImportNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, breakRecord);
    QFETCH(QString, says);
    if (!breakRecord.isEmpty()) {
        FakeOAuthProvider provider;
        QJsonObject record = QJsonDocument::fromJson(addAndExport(provider)).object();
        QVERIFY(!record.isEmpty());
        QCOMPARE(CliSteps::run({ QStringLiteral("providers"), QStringLiteral("remove"), kId }).exitCode, 0);
        if (breakRecord == QLatin1String("no token endpoint")) {
            QJsonObject endpoints = record.value(QStringLiteral("endpoints")).toObject();
            endpoints.remove(QStringLiteral("token"));
            record.insert(QStringLiteral("endpoints"), endpoints);
        } else if (breakRecord == QLatin1String("newer schema")) {
            record.insert(QStringLiteral("schema"), PlatformRecord::kSchemaVersion + 1);
        } else {
            record.insert(QStringLiteral("client_secret"), QStringLiteral("not-for-sharing"));
        }
        bytes = QJsonDocument(record).toJson();
    }
    const QString file = sharedPath(QStringLiteral("broken.json"));
    QFile::remove(file);
    if (!bytes.isEmpty())
        QVERIFY(write(file, bytes));

    const Run imported = importRecord(file, true);
    QCOMPARE(imported.exitCode, 1);
    QCOMPARE(imported.out, QString());
    QVERIFY2(imported.err.contains(file) && imported.err.contains(says), qPrintable(imported.err));
    QVERIFY(listed(kId).isEmpty());
    QCOMPARE(QDir(PlatformCatalog::customDirectory()).entryList(QDir::Files), QStringList());
}

void TestCliProviderSharing::unknownIdExits3()
{
    const Run exported
        = exportRecord(QStringLiteral("no-such-platform"), sharedPath(QStringLiteral("x.json")));
    QCOMPARE(exported.exitCode, 3);
    QVERIFY2(exported.err.contains(QStringLiteral("no-such-platform"))
                 && exported.err.contains(QStringLiteral("unknown_platform")),
             qPrintable(exported.err));
    QVERIFY(!QFile::exists(sharedPath(QStringLiteral("x.json"))));
    // An id that is no file name is simply unknown, too.
    QCOMPARE(exportRecord(QStringLiteral("../platforms/x")).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliProviderSharing)
#include "tst_cliprovidersharing.moc"

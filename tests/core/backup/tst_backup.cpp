// The encrypted backup in one process, with in-memory secret stores: what
// an export holds comes back whole in a fresh profile; a wrong passphrase,
// a damaged, truncated or newer file change nothing at all; items that
// exist are kept or replaced as decided; no secret is in the file in clear.
#include "core/applicationinfo.h"
#include "core/backup/backupdocument.h"
#include "core/backup/backupexport.h"
#include "core/backup/backupfile.h"
#include "core/backup/backupimport.h"
#include "core/catalog/platformcatalog.h"
#include "core/crypto/passphraseseal.h"
#include "core/platformsettings.h"
#include "core/storage/connectionstore.h"
#include "core/storage/tokenset.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/logcapture.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testsecrets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("backup test passphrase");
const QString kProvider = QStringLiteral("myidp");
const QString kApp = QStringLiteral("/usr/bin/backup-test-tool");
const Crypto::ScryptParams kCheap { 4, 8, 1 }; // fast; the format is the same at any cost

/// Runs a job to its end and keeps it for inspection.
template<typename JobType> std::unique_ptr<JobType> finish(JobType* job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(20000);
    return std::unique_ptr<JobType>(job);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// Everything one profile has, to compare before and after.
struct Snapshot
{
    QMap<QString, QString> secrets;
    QByteArray connections;
    QMap<QString, QByteArray> providers;
    QByteArray settings;

    bool operator==(const Snapshot&) const = default;
};

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripIntoAFreshProfile();
    void secretsAreNeverInClear();
    void secretsAreNeverLogged();
    void failuresChangeNothing_data();
    void failuresChangeNothing();
    void newerContentFormatChangesNothing();
    void keepIsTheDefault();
    void replaceTakesTheBackupsCopies();
    void decisionsPerItem();
    void deciderThatRefusesWritesNothing();
    void tokensThatCannotBeWrittenAddNoConnection();
    void unreadableSecretWritesNoFile();
    void documentRefusesWhatItMustNotRestore_data();
    void documentRefusesWhatItMustNotRestore();

private:
    void fillSource();
    /// Makes the profile look like another computer's: an empty store, no
    /// connections, no custom providers, no settings.
    void switchProfile();
    std::unique_ptr<BackupExport> exportBackup();
    std::unique_ptr<BackupImport> importBackup(const QByteArray& passphrase = kPassphrase,
                                               std::optional<BackupItem::Decision> policy = {});
    Snapshot snapshot() const;
    QString backupPath() const { return m_dir->filePath(QStringLiteral("plugboard.backup")); }
    QString connectionsPath() const { return m_dir->filePath(QStringLiteral("profile/connections.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionStore> m_connections;
    QString m_credentials;
    QString m_tokens;
    QString m_appSecret;
};

void TestBackup::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_provider = std::make_unique<FakeOAuthProvider>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_connections = std::make_unique<ConnectionStore>(connectionsPath());
    fillSource();
}

void TestBackup::cleanup()
{
    m_connections.reset();
    m_secrets.reset();
    m_provider.reset();
    m_dir.reset();
    QDir(PlatformCatalog::customDirectory()).removeRecursively();
    QFile::remove(ApplicationInfo::settingsFilePath());
}

void TestBackup::fillSource()
{
    PlatformRecord record = m_provider->record();
    record.id = kProvider;
    record.name = QStringLiteral("My IdP");
    PlatformCatalog catalog;
    QVERIFY(catalog.addCustom(record));
    QVERIFY(
        PlatformSettings::setTokenExchangeProxy(kProvider, QUrl(QStringLiteral("https://proxy.example/x"))));
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
        .setValue(QStringLiteral("ui/cardView"), QStringLiteral("list"));
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
        .setValue(QStringLiteral("ui/trayNoticeShown"), true); // this desktop's, not moved

    m_credentials = QString::fromUtf8(
        QJsonDocument(
            QJsonObject { { QStringLiteral("client_id"), QStringLiteral("client-1") },
                          { QStringLiteral("client_secret"), fakeSecret(QStringLiteral("client")) } })
            .toJson(QJsonDocument::Compact));
    m_secrets->insert(SecretStore::credentialsKey(kProvider), m_credentials);
    TokenSet tokens;
    tokens.accessToken = fakeSecret(QStringLiteral("access"));
    tokens.refreshToken = fakeSecret(QStringLiteral("refresh"));
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    tokens.tokenType = QStringLiteral("Bearer");
    m_tokens = tokens.toJson();
    m_secrets->insert(SecretStore::connectionKey(kProvider, QStringLiteral("user-1")), m_tokens);
    m_appSecret = fakeSecret(QStringLiteral("app"));
    m_secrets->insert(SecretStore::appSecretKey(kApp, QStringLiteral("api-key")), m_appSecret);
    m_secrets->insert(QStringLiteral("audit/key"),
                      fakeSecret(QStringLiteral("other"))); // not a kind a backup moves

    Connection connected;
    connected.platformId = kProvider;
    connected.accountId = QStringLiteral("user-1");
    connected.accountName = QStringLiteral("Ada");
    connected.refreshable = true;
    connected.grantedScopes = { QStringLiteral("openid") };
    QVERIFY(m_connections->upsert(connected));
    QVERIFY(m_connections->update(connected.id(), [](Connection& stored) {
        stored.grants.append({ kApp, QDateTime::currentDateTimeUtc(), QDateTime(), 0 });
    }));
    Connection broken; // needs reconnecting: metadata, no tokens
    broken.platformId = kProvider;
    broken.accountId = QStringLiteral("user-2");
    broken.accountName = QStringLiteral("Bob");
    broken.state = ConnectionState::NeedsReconnect;
    QVERIFY(m_connections->upsert(broken));
}

void TestBackup::switchProfile()
{
    m_secrets = std::make_unique<MemorySecretStore>();
    m_connections.reset();
    QVERIFY(QFile::remove(connectionsPath()));
    m_connections = std::make_unique<ConnectionStore>(connectionsPath());
    QVERIFY(QDir(PlatformCatalog::customDirectory()).removeRecursively());
    QVERIFY(QFile::remove(ApplicationInfo::settingsFilePath()));
}

std::unique_ptr<BackupExport> TestBackup::exportBackup()
{
    return finish(new BackupExport(backupPath(), kPassphrase, kCheap, m_secrets.get(), m_connections.get()));
}

std::unique_ptr<BackupImport> TestBackup::importBackup(const QByteArray& passphrase,
                                                       std::optional<BackupItem::Decision> policy)
{
    auto* job = new BackupImport(backupPath(), passphrase, m_secrets.get(), m_connections.get());
    if (policy)
        job->setPolicy(*policy);
    return finish(job);
}

Snapshot TestBackup::snapshot() const
{
    Snapshot taken;
    for (const QString& key : m_secrets->keys())
        taken.secrets.insert(key, m_secrets->peek(key));
    taken.connections = fileBytes(connectionsPath());
    const QDir providers(PlatformCatalog::customDirectory());
    for (const QString& name : providers.entryList(QDir::Files))
        taken.providers.insert(name, fileBytes(providers.filePath(name)));
    taken.settings = fileBytes(ApplicationInfo::settingsFilePath());
    return taken;
}

void TestBackup::roundTripIntoAFreshProfile()
{
    const std::unique_ptr<BackupExport> exported = exportBackup();
    QVERIFY2(!exported->error().isError(), qPrintable(exported->error().message));
    QCOMPARE(exported->items().size(), 7); // provider, 2 settings, credentials, app secret, 2 connections
    const QList<Connection> before = m_connections->connections();
    const QByteArray record = fileBytes(PlatformCatalog::customDirectory() + QStringLiteral("/myidp.json"));

    switchProfile();
    const std::unique_ptr<BackupImport> imported = importBackup();
    QVERIFY2(!imported->error().isError(), qPrintable(imported->error().message));
    QCOMPARE(imported->restored().size(), 7);
    QVERIFY(imported->kept().isEmpty());
    QVERIFY(imported->failed().isEmpty());

    QCOMPARE(m_secrets->peek(SecretStore::credentialsKey(kProvider)), m_credentials);
    QCOMPARE(m_secrets->peek(SecretStore::connectionKey(kProvider, QStringLiteral("user-1"))), m_tokens);
    QCOMPARE(m_secrets->peek(SecretStore::appSecretKey(kApp, QStringLiteral("api-key"))), m_appSecret);
    QCOMPARE(m_secrets->keys().size(), 3); // nothing for user-2, nothing of another kind
    QVERIFY(m_connections->load());
    const QList<Connection> after = m_connections->connections();
    QCOMPARE(after.size(), before.size());
    for (const Connection& original : before) {
        std::optional<Connection> restored = m_connections->connection(original.id());
        QVERIFY(restored);
        restored->updated = original.updated; // stamped by the write
        QVERIFY2(*restored == original, qPrintable(original.id()));
    }
    QCOMPARE(m_connections->connection(QStringLiteral("myidp/user-1"))->grants.constFirst().app, kApp);
    QCOMPARE(fileBytes(PlatformCatalog::customDirectory() + QStringLiteral("/myidp.json")), record);
    QVERIFY(PlatformCatalog::loadOne(kProvider));
    QCOMPARE(PlatformSettings::tokenExchangeProxy(kProvider),
             QUrl(QStringLiteral("https://proxy.example/x")));
    const QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("ui/cardView")).toString(), QStringLiteral("list"));
    QVERIFY(!settings.contains(QStringLiteral("ui/trayNoticeShown")));
}

void TestBackup::secretsAreNeverInClear()
{
    const std::unique_ptr<BackupExport> exported = exportBackup();
    QVERIFY(!exported->error().isError());
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(backupPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    const QByteArray sealed = fileBytes(backupPath());
    QVERIFY(sealed.startsWith("PBSEAL"));
    QVERIFY(!sealed.contains(secretMarker().toUtf8()));
    QVERIFY(!sealed.contains("client-1"));
    QVERIFY(!sealed.contains("Ada")); // metadata is sealed too
    const QStringList leaked = filesContaining(m_dir->path(), secretMarker().toUtf8());
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char(' '))));
    QVERIFY(Crypto::PassphraseSeal::inspect(sealed, BackupFile::kind(), backupPath()));
    QVERIFY(!Crypto::PassphraseSeal::inspect(sealed, QByteArrayLiteral("VLT1"), backupPath())); // not a vault
}

void TestBackup::secretsAreNeverLogged()
{
    LogCapture capture;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QVERIFY(!exportBackup()->error().isError());
    switchProfile();
    QVERIFY(!importBackup()->error().isError());
    QVERIFY(!importBackup(kPassphrase, BackupItem::Decision::Replace)->error().isError());
    QVERIFY(importBackup(QByteArrayLiteral("wrong passphrase"))->error().isError());
    QVERIFY(!capture.messages().isEmpty()); // it did log: ids and outcomes
    for (const QString& secret :
         { secretMarker(), QString::fromUtf8(kPassphrase), QStringLiteral("client-1") })
        QVERIFY2(capture.messagesContaining(secret).isEmpty(),
                 qPrintable(capture.messagesContaining(secret).join(QLatin1Char('\n'))));
}

void TestBackup::failuresChangeNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("saying");
    QTest::newRow("wrong passphrase") << QString() << QByteArrayLiteral("not the passphrase")
                                      << ErrorCode::WrongPassphrase << QStringLiteral("Wrong passphrase");
    QTest::newRow("flipped byte in the header")
        << QStringLiteral("flip:40") << kPassphrase << ErrorCode::CorruptFile << QStringLiteral("checksum");
    QTest::newRow("flipped byte in the contents")
        << QStringLiteral("flip:100") << kPassphrase << ErrorCode::CorruptFile << QStringLiteral("checksum");
    QTest::newRow("flipped byte, wrong passphrase") << QStringLiteral("flip:100") << QByteArrayLiteral("nope")
                                                    << ErrorCode::CorruptFile << QStringLiteral("checksum");
    QTest::newRow("changed with a new checksum") << QStringLiteral("forge:100") << kPassphrase
                                                 << ErrorCode::CorruptFile << QStringLiteral("integrity");
    QTest::newRow("truncated") << QStringLiteral("truncate") << kPassphrase << ErrorCode::CorruptFile
                               << QStringLiteral("checksum");
    QTest::newRow("cut to the header")
        << QStringLiteral("header") << kPassphrase << ErrorCode::CorruptFile << QStringLiteral("cut short");
    QTest::newRow("empty") << QStringLiteral("empty") << kPassphrase << ErrorCode::CorruptFile
                           << QStringLiteral("not a file Plugboard sealed");
    QTest::newRow("newer seal") << QStringLiteral("version:2") << kPassphrase
                                << ErrorCode::UnsupportedFileVersion << QStringLiteral("newer Plugboard");
    QTest::newRow("missing") << QStringLiteral("remove") << kPassphrase << ErrorCode::StorageFailed
                             << QStringLiteral("no file");
}

void TestBackup::failuresChangeNothing()
{
    QFETCH(QString, damage);
    QFETCH(QByteArray, passphrase);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, saying);
    QVERIFY(!exportBackup()->error().isError());
    QByteArray bytes = fileBytes(backupPath());
    const auto withChecksum = [](QByteArray sealed) {
        const int body = int(sealed.size()) - Crypto::PassphraseSeal::kChecksumBytes;
        sealed.replace(body, Crypto::PassphraseSeal::kChecksumBytes,
                       QCryptographicHash::hash(sealed.first(body), QCryptographicHash::Sha256));
        return sealed;
    };
    const int where = damage.section(QLatin1Char(':'), 1).toInt();
    if (damage.startsWith(QLatin1String("flip")) || damage.startsWith(QLatin1String("forge")))
        bytes[where] = char(bytes.at(where) ^ 0x01);
    if (damage.startsWith(QLatin1String("forge")))
        bytes = withChecksum(bytes);
    else if (damage == QLatin1String("truncate"))
        bytes.chop(1);
    else if (damage == QLatin1String("header"))
        bytes.truncate(Crypto::PassphraseSeal::kHeaderBytes);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage.startsWith(QLatin1String("version")))
        bytes[7] = char(where); // the low byte of the big-endian format version
    if (damage == QLatin1String("remove"))
        QVERIFY(QFile::remove(backupPath()));
    else
        writeBytes(backupPath(), bytes);

    // The profile differs from the backup, so a restore would show.
    m_secrets->insert(SecretStore::credentialsKey(kProvider), QStringLiteral("{\"client_id\":\"other\"}"));
    QVERIFY(m_connections->remove(QStringLiteral("myidp/user-2")));
    const Snapshot before = snapshot();
    const int jobsBefore = m_secrets->jobsRun(); // the export's reads
    const std::unique_ptr<BackupImport> imported = importBackup(passphrase, BackupItem::Decision::Replace);
    QCOMPARE(imported->error().code, expected);
    QVERIFY2(imported->error().message.contains(saying), qPrintable(imported->error().message));
    QVERIFY(imported->restored().isEmpty());
    QVERIFY(snapshot() == before);
    QCOMPARE(m_secrets->jobsRun(), jobsBefore);
}

void TestBackup::newerContentFormatChangesNothing()
{
    QByteArray plaintext = QByteArrayLiteral("{\"format\":2,\"connections\":[],\"something_new\":{}}");
    Result<Crypto::SealKey> key = Crypto::SealKey::derive(kPassphrase, kCheap);
    QVERIFY(key);
    const Result<QByteArray> sealed
        = Crypto::PassphraseSeal::seal(plaintext, key.value(), BackupFile::kind());
    QVERIFY(sealed);
    writeBytes(backupPath(), sealed.value());
    const Snapshot before = snapshot();
    const std::unique_ptr<BackupImport> imported = importBackup(kPassphrase, BackupItem::Decision::Replace);
    QCOMPARE(imported->error().code, ErrorCode::UnsupportedFileVersion);
    QVERIFY2(imported->error().message.contains(QStringLiteral("newer Plugboard")),
             qPrintable(imported->error().message));
    QVERIFY(snapshot() == before);
}

void TestBackup::keepIsTheDefault()
{
    QVERIFY(!exportBackup()->error().isError());
    const QString here = QStringLiteral("{\"client_id\":\"here\"}");
    m_secrets->insert(SecretStore::credentialsKey(kProvider), here);
    QVERIFY(m_connections->remove(QStringLiteral("myidp/user-2")));
    QVERIFY(m_connections->update(QStringLiteral("myidp/user-1"),
                                  [](Connection& stored) { stored.accountName = QStringLiteral("Here"); }));
    m_secrets->insert(SecretStore::appSecretKey(kApp, QStringLiteral("api-key")), QStringLiteral("here"));

    const std::unique_ptr<BackupImport> imported = importBackup();
    QVERIFY2(!imported->error().isError(), qPrintable(imported->error().message));
    QCOMPARE(m_secrets->peek(SecretStore::credentialsKey(kProvider)), here);
    QCOMPARE(m_secrets->peek(SecretStore::appSecretKey(kApp, QStringLiteral("api-key"))),
             QStringLiteral("here"));
    QCOMPARE(m_connections->connection(QStringLiteral("myidp/user-1"))->accountName, QStringLiteral("Here"));
    QVERIFY(m_connections->connection(QStringLiteral("myidp/user-2"))); // new here: restored
    QStringList restored;
    for (const BackupItem& item : imported->restored())
        restored.append(item.key());
    QCOMPARE(restored, QStringList { QStringLiteral("connection:myidp/user-2") });
    QCOMPARE(imported->kept().size(), 6);
}

void TestBackup::replaceTakesTheBackupsCopies()
{
    QVERIFY(!exportBackup()->error().isError());
    m_secrets->insert(SecretStore::credentialsKey(kProvider), QStringLiteral("{\"client_id\":\"here\"}"));
    QVERIFY(m_connections->update(QStringLiteral("myidp/user-1"), [](Connection& stored) {
        stored.accountName = QStringLiteral("Here");
        stored.grants.clear();
    }));
    // Here user-2 has tokens; the backup's user-2 has none, so replacing takes them away.
    m_secrets->insert(SecretStore::connectionKey(kProvider, QStringLiteral("user-2")), m_tokens);
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
        .setValue(QStringLiteral("ui/cardView"), QStringLiteral("grid"));

    const std::unique_ptr<BackupImport> imported = importBackup(kPassphrase, BackupItem::Decision::Replace);
    QVERIFY2(!imported->error().isError(), qPrintable(imported->error().message));
    QCOMPARE(imported->restored().size(), 7);
    QCOMPARE(m_secrets->peek(SecretStore::credentialsKey(kProvider)), m_credentials);
    const std::optional<Connection> user1 = m_connections->connection(QStringLiteral("myidp/user-1"));
    QCOMPARE(user1->accountName, QStringLiteral("Ada"));
    QCOMPARE(user1->grants.size(), 1); // the backup's grants, not upsert()'s kept ones
    QVERIFY(!m_secrets->contains(SecretStore::connectionKey(kProvider, QStringLiteral("user-2"))));
    QCOMPARE(QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat)
                 .value(QStringLiteral("ui/cardView"))
                 .toString(),
             QStringLiteral("list"));
}

void TestBackup::decisionsPerItem()
{
    QVERIFY(!exportBackup()->error().isError());
    m_secrets->insert(SecretStore::credentialsKey(kProvider), QStringLiteral("{\"client_id\":\"here\"}"));
    QVERIFY(m_connections->update(QStringLiteral("myidp/user-1"),
                                  [](Connection& stored) { stored.accountName = QStringLiteral("Here"); }));
    auto* job = new BackupImport(backupPath(), kPassphrase, m_secrets.get(), m_connections.get());
    QStringList asked;
    job->setDecider([&asked](const QList<BackupItem>& existing, const BackupImport::Answer& answer) {
        for (const BackupItem& item : existing)
            asked.append(item.key());
        // Later, as a dialog would answer.
        QTimer::singleShot(10, [answer] {
            answer(BackupImport::Decisions {
                { QStringLiteral("credentials:myidp"), BackupItem::Decision::Replace },
                { QStringLiteral("connection:myidp/user-1"), BackupItem::Decision::Keep } });
        });
    });
    const std::unique_ptr<BackupImport> imported = finish(job);
    QVERIFY2(!imported->error().isError(), qPrintable(imported->error().message));
    QVERIFY(asked.contains(QStringLiteral("credentials:myidp")));
    QVERIFY(asked.contains(QStringLiteral("connection:myidp/user-1")));
    QVERIFY(asked.contains(QStringLiteral("provider:myidp")));
    QCOMPARE(m_secrets->peek(SecretStore::credentialsKey(kProvider)), m_credentials);
    QCOMPARE(m_connections->connection(QStringLiteral("myidp/user-1"))->accountName, QStringLiteral("Here"));
    for (const BackupItem& item : imported->items())
        QVERIFY2(item.exists, qPrintable(item.key())); // all were here already
}

void TestBackup::deciderThatRefusesWritesNothing()
{
    QVERIFY(!exportBackup()->error().isError());
    m_secrets->insert(SecretStore::credentialsKey(kProvider), QStringLiteral("{\"client_id\":\"here\"}"));
    QVERIFY(m_connections->remove(QStringLiteral("myidp/user-2")));
    const Snapshot before = snapshot();
    const int jobsBefore = m_secrets->jobsRun();
    auto* job = new BackupImport(backupPath(), kPassphrase, m_secrets.get(), m_connections.get());
    job->setDecider([](const QList<BackupItem>&, const BackupImport::Answer& answer) {
        answer(Error { ErrorCode::Cancelled, QStringLiteral("cancelled") });
    });
    const std::unique_ptr<BackupImport> imported = finish(job);
    QCOMPARE(imported->error().code, ErrorCode::Cancelled);
    QVERIFY(snapshot() == before);
    QCOMPARE(m_secrets->jobsRun(), jobsBefore);
}

void TestBackup::tokensThatCannotBeWrittenAddNoConnection()
{
    QVERIFY(!exportBackup()->error().isError());
    switchProfile();
    m_secrets->setCondition(MemorySecretStore::Condition::Locked);
    const std::unique_ptr<BackupImport> imported = importBackup();
    QCOMPARE(imported->error().code, ErrorCode::KeyringLocked);
    QVERIFY(m_connections->load());
    QVERIFY(!m_connections->connection(QStringLiteral("myidp/user-1"))); // its tokens were not written
    QVERIFY(m_connections->connection(QStringLiteral("myidp/user-2"))); // it has none to write
    QStringList failed;
    for (const BackupFailure& failure : imported->failed())
        failed.append(failure.item.key());
    QCOMPARE(failed,
             (QStringList { QStringLiteral("credentials:myidp"),
                            QStringLiteral("app_secret:")
                                + SecretStore::appSecretKey(kApp, QStringLiteral("api-key")),
                            QStringLiteral("connection:myidp/user-1") }));
    QVERIFY2(imported->error().message.contains(QStringLiteral("could not be restored")),
             qPrintable(imported->error().message));
}

void TestBackup::unreadableSecretWritesNoFile()
{
    m_secrets->setCondition(MemorySecretStore::Condition::Unavailable);
    const std::unique_ptr<BackupExport> exported = exportBackup();
    QCOMPARE(exported->error().code, ErrorCode::KeyringUnavailable);
    QVERIFY(exported->error().message.contains(QStringLiteral("No backup was written")));
    QVERIFY(!QFile::exists(backupPath()));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty()); // no temporary file either
}

void TestBackup::documentRefusesWhatItMustNotRestore_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("the secret backend") << QByteArrayLiteral(
        "{\"format\":1,\"settings\":[{\"key\":\"secrets/backend\",\"value\":\"vault\"}]}")
                                        << ErrorCode::CorruptFile;
    QTest::newRow("the key index") << QByteArrayLiteral(
        "{\"format\":1,\"settings\":[{\"key\":\"secretIndex/x\",\"value\":\"true\"}]}")
                                   << ErrorCode::CorruptFile;
    QTest::newRow("a key outside app/") << QByteArrayLiteral(
        "{\"format\":1,\"app_secrets\":[{\"key\":\"credentials/github\",\"secret\":\"x\"}]}")
                                        << ErrorCode::CorruptFile;
    QTest::newRow("a provider id that is a path")
        << QByteArrayLiteral("{\"format\":1,\"providers\":[{\"id\":\"../x\",\"record\":\"{}\"}]}")
        << ErrorCode::CorruptFile;
    QTest::newRow("twice the same") << QByteArrayLiteral(
        "{\"format\":1,\"credentials\":[{\"platform\":\"a\",\"secret\":\"x\"},"
        "{\"platform\":\"a\",\"secret\":\"y\"}]}")
                                    << ErrorCode::CorruptFile;
    QTest::newRow("no format") << QByteArrayLiteral("{\"connections\":[]}") << ErrorCode::CorruptFile;
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"format\":1,") << ErrorCode::CorruptFile;
    QTest::newRow("newer") << QByteArrayLiteral("{\"format\":7}") << ErrorCode::UnsupportedFileVersion;
    QTest::newRow("empty but fine") << QByteArrayLiteral("{\"format\":1}") << ErrorCode::None;
}

void TestBackup::documentRefusesWhatItMustNotRestore()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, expected);
    const Result<BackupDocument> document = BackupDocument::fromJson(json, QStringLiteral("test.backup"));
    QCOMPARE(document ? ErrorCode::None : document.error().code, expected);
    if (!document)
        QVERIFY(document.error().message.contains(QStringLiteral("test.backup")));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

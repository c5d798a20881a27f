// The one list of settings behind the Settings dialog and `plugboard-cli
// config`: its keys, the checks on keys and values (errors that name what is
// allowed), values that survive (they live in files), and the secret
// backend, which switches only to a vault that exists.
#include "core/applicationinfo.h"
#include "core/settings/desktopsettings.h"
#include "core/settings/settingsregistry.h"
#include "core/storage/secretbackend.h"
#include "core/storage/vaultfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Plugboard;

class TestSettingsRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsTheKeysInOrder();
    void valuesAreWordsNeverSecrets();
    void proxyValuesRoundTrip_data();
    void proxyValuesRoundTrip();
    void proxyRefusesAPasswordWithoutRepeatingIt();
    void unknownKeyNamesTheKeys();
    void badValueNamesTheValues_data();
    void badValueNamesTheValues();
    void notificationsAreOnUntilTurnedOff();
    void vaultIsChosenOnlyOnceItExists();
    void switchesBetweenStoresThatExist();
};

void TestSettingsRegistry::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestSettingsRegistry::cleanup()
{
    QFile::remove(ApplicationInfo::settingsFilePath());
    QFile::remove(VaultFile::defaultFilePath());
}

void TestSettingsRegistry::listsTheKeysInOrder()
{
    QCOMPARE(SettingsRegistry::keys(),
             QStringList({ QStringLiteral("start-with-session"), QStringLiteral("notifications"),
                           QStringLiteral("secret-backend"), QStringLiteral("proxy") }));
}

void TestSettingsRegistry::valuesAreWordsNeverSecrets()
{
    // A setting's value is one of a few fixed words: nothing a person types
    // (a password, a token) can become one, so the settings file and
    // `config list` never hold a secret.
    const QRegularExpression word(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    for (const Setting& setting : SettingsRegistry::all()) {
        QVERIFY2(word.match(setting.key).hasMatch(), qPrintable(setting.key));
        QVERIFY(!setting.description.isEmpty());
        QVERIFY(setting.values.size() >= 2);
        if (setting.check) {
            // The proxy: an address a person types, checked by its own
            // rule, which refuses a password (tst_cliconfig).
            QCOMPARE(setting.key, QStringLiteral("proxy"));
            QVERIFY2(setting.check(setting.value()), qPrintable(setting.value()));
            continue;
        }
        for (const QString& value : setting.values)
            QVERIFY2(word.match(value).hasMatch(), qPrintable(value));
        QVERIFY2(setting.values.contains(setting.value()), qPrintable(setting.key));
    }
}

void TestSettingsRegistry::proxyValuesRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("system") << QStringLiteral("system");
    QTest::newRow("none") << QStringLiteral("none");
    QTest::newRow("http") << QStringLiteral("http://proxy.example.com:3128");
    QTest::newRow("user") << QStringLiteral("http://alice@proxy.example.com:3128");
    QTest::newRow("socks5 ipv6") << QStringLiteral("socks5://[::1]:1080");
    QTest::newRow("address") << QStringLiteral("socks5://bob@10.0.0.1:1080");
}

void TestSettingsRegistry::proxyValuesRoundTrip()
{
    QFETCH(QString, value);
    const Result<void> set = SettingsRegistry::set(SettingsRegistry::kProxy, value);
    QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    QCOMPARE(SettingsRegistry::find(SettingsRegistry::kProxy).value().value(), value);
}

void TestSettingsRegistry::proxyRefusesAPasswordWithoutRepeatingIt()
{
    for (const QString& value : { QStringLiteral("http://alice:s3cr3t@proxy.example.com:3128"),
                                  QStringLiteral("socks5://alice:s3@cr3t@proxy.example.com:1080"),
                                  QStringLiteral("http://:s3cr3t@proxy.example.com:3128") }) {
        const Result<void> set = SettingsRegistry::set(SettingsRegistry::kProxy, value);
        QVERIFY2(!set, qPrintable(value));
        QCOMPARE(set.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(set.error().message.contains(QStringLiteral("Settings ▸ Network")),
                 qPrintable(set.error().message));
        QVERIFY(!set.error().message.contains(QLatin1String("cr3t")));
    }
    QCOMPARE(SettingsRegistry::find(SettingsRegistry::kProxy).value().value(), QStringLiteral("system"));
}

void TestSettingsRegistry::unknownKeyNamesTheKeys()
{
    const Result<void> set = SettingsRegistry::set(QStringLiteral("colour"), QStringLiteral("on"));
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(set.error().message,
             QStringLiteral("There is no setting \"colour\". The settings are: start-with-session, "
                            "notifications, secret-backend, proxy."));
    QVERIFY(!SettingsRegistry::find(QStringLiteral("colour")));
}

void TestSettingsRegistry::badValueNamesTheValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("notifications maybe")
        << QStringLiteral("notifications") << QStringLiteral("maybe")
        << QStringLiteral("\"maybe\" is not a value of notifications. Use one of: on, off.");
    QTest::newRow("start-with-session true")
        << QStringLiteral("start-with-session") << QStringLiteral("true")
        << QStringLiteral("\"true\" is not a value of start-with-session. Use one of: on, off.");
    QTest::newRow("secret-backend kwallet")
        << QStringLiteral("secret-backend") << QStringLiteral("kwallet")
        << QStringLiteral("\"kwallet\" is not a value of secret-backend. Use one of: keyring, vault.");
}

void TestSettingsRegistry::badValueNamesTheValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QString before = SettingsRegistry::find(key).value().value();
    const Result<void> set = SettingsRegistry::set(key, value);
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(set.error().message, message);
    QCOMPARE(SettingsRegistry::find(key).value().value(), before);
}

void TestSettingsRegistry::notificationsAreOnUntilTurnedOff()
{
    const Setting notifications = SettingsRegistry::find(QStringLiteral("notifications")).value();
    QCOMPARE(notifications.value(), QStringLiteral("on"));
    QVERIFY(SettingsRegistry::set(QStringLiteral("notifications"), QStringLiteral("off")));
    QCOMPARE(notifications.value(), QStringLiteral("off"));
    QVERIFY(!DesktopSettings::notificationsEnabled());
    QFile file(ApplicationInfo::settingsFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("notifications=false"));
    QVERIFY(SettingsRegistry::set(QStringLiteral("notifications"), QStringLiteral("on")));
    QVERIFY(DesktopSettings::notificationsEnabled());
}

void TestSettingsRegistry::vaultIsChosenOnlyOnceItExists()
{
    const Setting backend = SettingsRegistry::find(QStringLiteral("secret-backend")).value();
    QCOMPARE(backend.availableValues(), QStringList { QStringLiteral("keyring") });
    const Result<void> set = SettingsRegistry::set(QStringLiteral("secret-backend"), QStringLiteral("vault"));
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(set.error().message.contains(QLatin1String("`plugboard-cli vault init --move`")),
             qPrintable(set.error().message));
    QCOMPARE(SecretBackend::configured(), SecretBackend::Kind::Keyring);
    // Choosing what is in use already is no change, and no error.
    QVERIFY(SettingsRegistry::set(QStringLiteral("secret-backend"), QStringLiteral("keyring")));
}

void TestSettingsRegistry::switchesBetweenStoresThatExist()
{
    // The registry asks only whether the vault's file exists; opening it is
    // the store's work, with the passphrase, when a secret is needed.
    const QString vault = VaultFile::defaultFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(vault).absolutePath()));
    QFile file(vault);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Setting backend = SettingsRegistry::find(QStringLiteral("secret-backend")).value();
    QCOMPARE(backend.availableValues(), QStringList({ QStringLiteral("keyring"), QStringLiteral("vault") }));
    QVERIFY(SettingsRegistry::set(QStringLiteral("secret-backend"), QStringLiteral("vault")));
    QCOMPARE(SecretBackend::configured(), SecretBackend::Kind::Vault);
    QCOMPARE(backend.value(), QStringLiteral("vault"));
    QVERIFY(backend.note(QStringLiteral("keyring")).contains(QDir::toNativeSeparators(vault)));
    QVERIFY(SettingsRegistry::set(QStringLiteral("secret-backend"), QStringLiteral("keyring")));
    QCOMPARE(SecretBackend::configured(), SecretBackend::Kind::Keyring);
}

QTEST_GUILESS_MAIN(TestSettingsRegistry)
#include "tst_settingsregistry.moc"

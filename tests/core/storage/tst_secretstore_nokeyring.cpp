// KeychainSecretStore where no usable keyring is: a session bus without a
// Secret Service, no session bus at all, a bus address leading nowhere, and
// a gnome-keyring whose login keyring is locked. Each case runs the store in
// a helper process (plugboard_secretstoreprobe) with its own D-Bus session
// and empty HOME, and must end with a clear error code, in bounded time,
// with the secret written nowhere in plain text.
#include "tests/support/privatebus.h"
#include "tests/support/testsecrets.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Plugboard;

namespace {

const QString kService = QStringLiteral("org.plugboard.Plugboard.tests.nokeyring");
const QString kSecretsName = QStringLiteral("org.freedesktop.secrets");
const QString kLoginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");

struct ProbeResult
{
    bool finished = false; ///< within the time limit
    QString code; ///< "keyring_unavailable", "none", …
    QString message;
    QString value; ///< a successful read
    QString diagnostics; ///< stderr, for failure messages
};

// Variables that could lead the helper to a real keyring or desktop.
const char* const kScrubbed[] = { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY",
                                  "WAYLAND_DISPLAY",          "XDG_CURRENT_DESKTOP",
                                  "DESKTOP_SESSION",          "GNOME_DESKTOP_SESSION_ID",
                                  "KDE_FULL_SESSION",         "KDE_SESSION_VERSION",
                                  "GNOME_KEYRING_CONTROL",    "SSH_AUTH_SOCK",
                                  "PLUGBOARD_PRIVATE_KEYRING" };

// HOME and XDG folders, fresh, under `root`.
QProcessEnvironment isolatedEnvironment(const QString& root, const QString& runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : kScrubbed)
        env.remove(QString::fromLatin1(name));
    QDir(root).removeRecursively();
    for (const char* sub : { "home", "config", "data", "cache", "state" })
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub));
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    return env;
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
}

} // namespace

class TestSecretStoreNoKeyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void failsClearlyWithoutKeyring_data();
    void failsClearlyWithoutKeyring();
    void lockedKeyringKeepsTheSecret();

private:
    enum class Bus { WithoutSecretService, None, Unreachable };

    QString startBus();
    bool startKeyring(const QString& busAddress, const QString& home, const QString& runtimeDir);
    bool lockLoginCollection(const QString& busAddress);
    ProbeResult probe(const QProcessEnvironment& env, const QString& operation, const QString& key,
                      const QString& input = QString());

    std::unique_ptr<QTemporaryDir> m_socketDir; ///< short path for the keyrings' sockets
    /// A bus that can start no service: org.freedesktop.secrets exists
    /// only if a test runs a keyring on it.
    std::unique_ptr<Test::PrivateBus> m_bus;
    QProcess m_keyring;
};

void TestSecretStoreNoKeyring::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PLUGBOARD_SECRETSTORE_PROBE)), PLUGBOARD_SECRETSTORE_PROBE);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty(),
             "dbus-daemon is missing");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty(),
             "gnome-keyring-daemon is missing");
}

void TestSecretStoreNoKeyring::cleanup()
{
    stop(m_keyring);
    m_bus.reset();
    m_socketDir.reset();
}

// Starts a private dbus-daemon; returns its address.
QString TestSecretStoreNoKeyring::startBus()
{
    // Socket paths are limited to 108 bytes: keep them short, in /tmp.
    m_socketDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pb-bus-XXXXXX"));
    if (!m_socketDir->isValid())
        return {};
    m_bus = std::make_unique<Test::PrivateBus>();
    return m_bus->start();
}

// Runs gnome-keyring-daemon on the bus, unlocking (creating, the first
// time) `home`'s login keyring, and waits until it owns the Secret Service.
bool TestSecretStoreNoKeyring::startKeyring(const QString& busAddress, const QString& home,
                                            const QString& runtimeDir)
{
    stop(m_keyring);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : kScrubbed)
        env.remove(QString::fromLatin1(name));
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                      QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(10'000))
        return false;
    m_keyring.write("plugboard-locked-test"); // the keyring password, on stdin
    m_keyring.closeWriteChannel();

    const QString connectionName = QStringLiteral("pb-keyring-watch");
    bool registered = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(busAddress, connectionName);
        registered = QTest::qWaitFor(
            [&bus] {
                return bus.isConnected() && bus.interface()->isServiceRegistered(kSecretsName).value();
            },
            15'000);
    }
    QDBusConnection::disconnectFromBus(connectionName);
    return registered;
}

// Locks the login keyring the way a screen lock or the user does; the
// Secret Service needs no prompt for locking.
bool TestSecretStoreNoKeyring::lockLoginCollection(const QString& busAddress)
{
    const QString connectionName = QStringLiteral("pb-keyring-lock");
    bool locked = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(busAddress, connectionName);
        // A plain method call, not a QDBusInterface: Qt 6.4 never frees the
        // meta-object an interface builds from introspection (LeakSanitizer
        // reports it once the connection is gone).
        QDBusMessage call = QDBusMessage::createMethodCall(
            kSecretsName, QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        call << QVariant::fromValue(QList<QDBusObjectPath> { QDBusObjectPath(kLoginCollection) });
        const QDBusMessage reply = bus.call(call);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            const auto paths = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().constFirst());
            locked = paths.contains(QDBusObjectPath(kLoginCollection));
        } else {
            qWarning("Lock failed: %s", qPrintable(reply.errorMessage()));
        }
    }
    QDBusConnection::disconnectFromBus(connectionName);
    return locked;
}

ProbeResult TestSecretStoreNoKeyring::probe(const QProcessEnvironment& env, const QString& operation,
                                            const QString& key, const QString& input)
{
    ProbeResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLUGBOARD_SECRETSTORE_PROBE), { kService, operation, key });
    if (!process.waitForStarted(10'000))
        return result;
    process.write(input.toUtf8()); // secrets go through stdin, never argv
    process.closeWriteChannel();
    // Bounded: a hang is a failure, not a stuck test.
    result.finished = process.waitForFinished(30'000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (!result.finished)
        stop(process);
    result.diagnostics = QString::fromUtf8(process.readAllStandardError()).right(2'000);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(operation + QLatin1Char(' ')))
            result.code = line.mid(operation.size() + 1);
        else if (line.startsWith(QLatin1String("message ")))
            result.message = line.mid(8);
        else if (line.startsWith(QLatin1String("value ")))
            result.value = QString::fromUtf8(QByteArray::fromBase64(line.mid(6).toLatin1()));
    }
    return result;
}

void TestSecretStoreNoKeyring::failsClearlyWithoutKeyring_data()
{
    QTest::addColumn<Bus>("bus");
    QTest::newRow("bus without a Secret Service") << Bus::WithoutSecretService;
    QTest::newRow("no session bus") << Bus::None;
    QTest::newRow("bus address leads nowhere") << Bus::Unreachable;
}

void TestSecretStoreNoKeyring::failsClearlyWithoutKeyring()
{
    QFETCH(Bus, bus);
    const QString root
        = QDir(qEnvironmentVariable("HOME")).filePath(QStringLiteral("probe-%1").arg(int(bus)));
    QProcessEnvironment env = isolatedEnvironment(root, root + QStringLiteral("/runtime"));
    if (bus == Bus::WithoutSecretService) {
        const QString address = startBus();
        QVERIFY2(!address.isEmpty(), "could not start a private dbus-daemon");
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    } else if (bus == Bus::Unreachable) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + root + QStringLiteral("/no-such-socket"));
    }

    const QString key = QStringLiteral("connection/github/1");
    const QString secret = Test::fakeSecret(QStringLiteral("nokeyring"));
    const QString expected
        = QStringLiteral("No keyring service is running. Start your desktop's keyring (GNOME "
                         "Keyring, KWallet or KeePassXC with Secret Service) and try again.");
    for (const QString& operation :
         { QStringLiteral("write"), QStringLiteral("read"), QStringLiteral("remove") }) {
        const ProbeResult result
            = probe(env, operation, key, operation == QLatin1String("write") ? secret : QString());
        QVERIFY2(result.finished, qPrintable(operation + QStringLiteral(": ") + result.diagnostics));
        QVERIFY2(result.code == QLatin1String("keyring_unavailable"),
                 qPrintable(operation + QStringLiteral(" gave ") + result.code + QStringLiteral(": ")
                            + result.message));
        QCOMPARE(result.message, expected);
        QVERIFY(result.value.isEmpty());
    }

    // Nothing fell back to a file; the scan does look where the helper
    // wrote: its index names the key (a name, not a secret).
    QCOMPARE(Test::filesContaining(root, secret.toUtf8()), QStringList());
    QCOMPARE(Test::filesContaining(root, Test::secretMarker().toUtf8()), QStringList());
    QVERIFY(!Test::filesContaining(root, "connection%252Fgithub%252F1").isEmpty());
}

void TestSecretStoreNoKeyring::lockedKeyringKeepsTheSecret()
{
    const QString address = startBus();
    QVERIFY2(!address.isEmpty(), "could not start a private dbus-daemon");
    const QString root = QDir(qEnvironmentVariable("HOME")).filePath(QStringLiteral("locked"));
    QProcessEnvironment env = isolatedEnvironment(root, root + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    const QString keyringHome = root + QStringLiteral("/keyring-home");
    QVERIFY(startKeyring(address, keyringHome, m_socketDir->filePath(QStringLiteral("keyring-1"))));

    const QString key = QStringLiteral("connection/github/1");
    const QString secret = Test::fakeSecret(QStringLiteral("locked"));
    ProbeResult result = probe(env, QStringLiteral("write"), key, secret);
    QVERIFY2(result.finished && result.code == QLatin1String("none"),
             qPrintable(result.code + result.message));

    QVERIFY(lockLoginCollection(address));
    result = probe(env, QStringLiteral("write"), key, Test::fakeSecret(QStringLiteral("while-locked")));
    QVERIFY2(result.finished, qPrintable(result.diagnostics));
    QCOMPARE(result.code, QStringLiteral("keyring_locked"));
    QCOMPARE(result.message, QStringLiteral("Your keyring is locked. Unlock it and try again."));

    // libsecret cannot tell "locked" from "missing" on read; for a key the
    // store wrote (its index names it), the store says "locked"…
    result = probe(env, QStringLiteral("read"), key);
    QVERIFY2(result.finished, qPrintable(result.diagnostics));
    QCOMPARE(result.code, QStringLiteral("keyring_locked"));
    QVERIFY2(result.message.contains(QLatin1String("Unlock your keyring")), qPrintable(result.message));
    // …and "deletes" from a locked keyring without deleting: the store must
    // not report that as success.
    result = probe(env, QStringLiteral("remove"), key);
    QVERIFY2(result.finished, qPrintable(result.diagnostics));
    QCOMPARE(result.code, QStringLiteral("keyring_locked"));

    // Unlocked again (a new daemon unlocking the same login keyring): the
    // first secret is intact, and the failed write changed nothing.
    QVERIFY(startKeyring(address, keyringHome, m_socketDir->filePath(QStringLiteral("keyring-2"))));
    result = probe(env, QStringLiteral("read"), key);
    QVERIFY2(result.finished && result.code == QLatin1String("none"),
             qPrintable(result.code + result.message));
    QVERIFY2(result.value == secret, "the secret stored before locking did not survive");

    QCOMPARE(Test::filesContaining(root, Test::secretMarker().toUtf8()), QStringList());
    result = probe(env, QStringLiteral("remove"), key);
    QCOMPARE(result.code, QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestSecretStoreNoKeyring)
#include "tst_secretstore_nokeyring.moc"

// Started on demand: with no Plugboard running, a call to
// org.plugboard.Plugboard1 makes the bus daemon start the app through the
// activation file the package installs, and the call is answered. The test
// runs its own bus daemon whose service folder holds that file, filled in
// with this build's app.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

namespace {

const QString kService = QStringLiteral("org.plugboard.Plugboard1");

QString activationFile()
{
    QFile file(QStringLiteral(PLUGBOARD_SERVICE_TEMPLATE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll())
        .replace(QStringLiteral("@PLUGBOARD_SERVICE_EXEC@"), QStringLiteral(PLUGBOARD_GUI_PATH));
}

bool write(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

class TestDBusActivation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activationFileNamesTheServiceAndTheApp();
    void aCallStartsTheAppAndIsAnswered();
};

void TestDBusActivation::activationFileNamesTheServiceAndTheApp()
{
    const QString text = activationFile();
    QVERIFY(text.contains(QStringLiteral("[D-BUS Service]\n")));
    QVERIFY(text.contains(QStringLiteral("\nName=org.plugboard.Plugboard1\n")));
    // In the tray: an app asking for a token should not open a window.
    QVERIFY(text.contains(QStringLiteral("\nExec=%1 --minimized\n").arg(QStringLiteral(PLUGBOARD_GUI_PATH))));
}

void TestDBusActivation::aCallStartsTheAppAndIsAnswered()
{
    QTemporaryDir dir(QStringLiteral("/tmp/plugboard-bus-XXXXXX")); // a socket path must be short
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("services")));
    QVERIFY(
        write(dir.filePath(QStringLiteral("services/org.plugboard.Plugboard1.service")), activationFile()));
    const QString address = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("bus"));
    QVERIFY(write(
        dir.filePath(QStringLiteral("session.conf")),
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>%1</listen>"
                       "<servicedir>%2</servicedir>"
                       "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                       "</policy></busconfig>\n")
            .arg(address, dir.filePath(QStringLiteral("services")))));

    // The daemon hands its environment to what it starts: the app finds
    // this bus, the offscreen platform and the test's private folders.
    QProcess daemon;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    daemon.setProcessEnvironment(environment);
    daemon.start(QStringLiteral("dbus-daemon"),
                 { QStringLiteral("--config-file=") + dir.filePath(QStringLiteral("session.conf")),
                   QStringLiteral("--nofork"), QStringLiteral("--print-address") });
    QVERIFY2(daemon.waitForStarted(), "dbus-daemon is installed");
    QTRY_VERIFY_WITH_TIMEOUT(daemon.canReadLine(), 10000);

    qint64 appPid = 0;
    const auto stop = qScopeGuard([&] {
        QDBusConnection::disconnectFromBus(QStringLiteral("activation"));
        if (appPid > 0)
            ::kill(pid_t(appPid), SIGTERM);
        daemon.terminate();
        daemon.waitForFinished(10000);
    });
    {
        QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("activation"));
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(!bus.interface()->isServiceRegistered(kService)); // nobody serves it yet
        const QDBusMessage call
            = QDBusMessage::createMethodCall(kService, QStringLiteral("/org/plugboard/Plugboard1"), kService,
                                             QStringLiteral("ListConnections"));
        QDBusPendingCallWatcher watcher(bus.asyncCall(call, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 35000);
        const QDBusMessage reply = watcher.reply();
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QCOMPARE(reply.signature(), QStringLiteral("aa{sv}"));
        appPid = bus.interface()->servicePid(kService).value();
    }
    QVERIFY2(appPid > 0, "the app that answered owns the name");
}

QTEST_GUILESS_MAIN(TestDBusActivation)
#include "tst_dbusactivation.moc"

// The running window follows what the command line changes: a custom
// provider, its app credentials, a connection and a disconnect made in a
// terminal show up without a restart, each within about a second.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLabel>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kPlatform = QStringLiteral("fromcli");
const QString kConnection = QStringLiteral("fromcli/user-42");
// "Within a second" plus room for a loaded CI machine; the log says how long it took.
constexpr int kFollowMs = 2500;

QString badge(ConnectionCard* card)
{
    return card ? card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text() : QString();
}

} // namespace

class TestGuiFollowsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsWhatTheCommandLineChanged();
};

void TestGuiFollowsCli::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestGuiFollowsCli::cleanup()
{
    CliSteps::forgetEverything();
}

void TestGuiFollowsCli::showsWhatTheCommandLineChanged()
{
    FakeOAuthProvider provider;
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(!window->card(kPlatform));
    QElapsedTimer clock;

    QCOMPARE(CliSteps::addProvider(kPlatform, provider).exitCode, 0);
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(window->card(kPlatform), kFollowMs);
    qInfo("custom provider shown %lld ms after the command ended", clock.elapsed());
    QCOMPARE(badge(window->card(kPlatform)), QStringLiteral("Not set up"));

    QCOMPARE(CliSteps::setCredentials(kPlatform, provider).exitCode, 0);
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kPlatform)), QStringLiteral("Ready to connect"), kFollowMs);
    qInfo("saved credentials shown %lld ms after the command ended", clock.elapsed());

    const CliProcess connect = CliSteps::connect(kPlatform);
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kConnection)), QStringLiteral("Connected"), kFollowMs);
    qInfo("connection shown %lld ms after the command ended", clock.elapsed());

    QCOMPARE(CliSteps::run({ QStringLiteral("disconnect"), kPlatform }).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(kConnection), kFollowMs);
    QCOMPARE(CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("remove"), kPlatform }).exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kPlatform)), QStringLiteral("Not set up"), kFollowMs);
    QCOMPARE(CliSteps::run({ QStringLiteral("providers"), QStringLiteral("remove"), kPlatform }).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(kPlatform), kFollowMs);
}

QTEST_MAIN(TestGuiFollowsCli)
#include "tst_guifollowscli.moc"

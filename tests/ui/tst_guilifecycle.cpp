// The window following the token lifecycle, with the real DesktopApplication,
// the private keyring, the fake provider over loopback HTTP and plugboard-cli
// as a second process: renewal in the background (Refreshing, then
// Connected), Check now, Needs reconnect after invalid_grant and Reconnect,
// and command-line changes showing within a second.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/moremenu.h"
#include "tests/support/privatekeyring.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"
#include "ui/statusmessages.h"

#include <QAction>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kId = QStringLiteral("fake/user-42");

QString badge(ConnectionCard* card)
{
    return card ? card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text() : QString();
}

QString text(ConnectionCard* card, const char* objectName)
{
    // Lines a card shows only some of the time are made when first shown.
    const auto* label = card ? card->findChild<QLabel*>(QString::fromLatin1(objectName)) : nullptr;
    return label && label->isVisibleTo(card) ? label->text() : QString();
}

/// Time passes: the stored token and its metadata expire.
bool expire()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-5);
    ConnectionStore store;
    return store.load() && store.update(kId, [&past](Connection& c) { c.expiresAt = past; })
        && CliSteps::setTokenExpiry(QStringLiteral("fake"), QStringLiteral("user-42"), past);
}

} // namespace

/// Receives QDesktopServices::openUrl() calls, as the browser would.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    FakeBrowser browser;

public Q_SLOTS:
    void openUrl(const QUrl& url) { browser.open(url); }
};

class TestGuiLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void renewsInTheBackgroundAndShowsIt();
    void checkNowRecordsTheOutcome();
    void refusedRenewalAsksToReconnect();
    void commandLineChangesShowWithinASecond();

private:
    std::unique_ptr<FakeOAuthProvider> m_provider;
    BrowserStandIn m_browser;
};

void TestGuiLifecycle::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
}

void TestGuiLifecycle::init()
{
    // Set up the way a user of the command line would.
    m_provider = std::make_unique<FakeOAuthProvider>();
    QCOMPARE(CliSteps::addProvider(QStringLiteral("fake"), *m_provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(QStringLiteral("fake"), *m_provider).exitCode, 0);
    const CliProcess connect = CliSteps::connect(QStringLiteral("fake"));
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
}

void TestGuiLifecycle::cleanup()
{
    CliSteps::forgetEverything();
    m_provider.reset();
}

void TestGuiLifecycle::renewsInTheBackgroundAndShowsIt()
{
    QVERIFY(expire());
    m_provider->setRefreshDelay(800); // long enough to see "Refreshing"
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(window->card(kId));
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 0); // startup reads no keyring

    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kId)), QStringLiteral("Refreshing"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kId)), QStringLiteral("Connected"), 10000);
    QCOMPARE(m_provider->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QVERIFY2(text(window->card(kId), "timesLabel").contains(QStringLiteral("refreshes automatically")),
             qPrintable(text(window->card(kId), "timesLabel")));
}

void TestGuiLifecycle::checkNowRecordsTheOutcome()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(Test::MoreMenu::choose(window->card(kId), QStringLiteral("checkNowAction")));
    QTRY_VERIFY_WITH_TIMEOUT(text(window->card(kId), "timesLabel").contains(QStringLiteral("checked")),
                             10000);
    QCOMPARE(badge(window->card(kId)), QStringLiteral("Connected"));
    // Named as the card names it, not by its id.
    const QString platform = text(window->card(kId), "platformNameLabel");
    QVERIFY(!platform.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(
        window->statusMessages()->current().startsWith(platform + QStringLiteral(" · ")),
        qPrintable(window->statusMessages()->current()), 5000);
    QVERIFY2(!window->statusMessages()->current().contains(kId),
             qPrintable(window->statusMessages()->current()));

    m_provider->setUserinfoStatus(503);
    QVERIFY(Test::MoreMenu::choose(window->card(kId), QStringLiteral("checkNowAction")));
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kId)), QStringLiteral("Degraded"), 10000);
    QVERIFY2(text(window->card(kId), "problemLabel").contains(QStringLiteral("503")),
             qPrintable(text(window->card(kId), "problemLabel")));
}

void TestGuiLifecycle::refusedRenewalAsksToReconnect()
{
    QVERIFY(expire());
    m_provider->setTokenOverride(FakeHttpServer::Response::json(
        400, QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_grant") } }));
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kId)), QStringLiteral("Needs reconnect"), 10000);
    QPushButton* reconnect
        = window->card(kId)->findChild<QPushButton*>(QStringLiteral("reconnectPushButton"));
    QVERIFY(reconnect && reconnect->isVisible());

    m_provider->clearTokenOverride();
    reconnect->click(); // the browser stand-in signs in again
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(kId)), QStringLiteral("Connected"), 20000);
    QVERIFY(text(window->card(kId), "problemLabel").isEmpty());
}

void TestGuiLifecycle::commandLineChangesShowWithinASecond()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(window->card(kId));

    const CliProcess disconnect = CliSteps::run({ QStringLiteral("disconnect"), QStringLiteral("fake") });
    QVERIFY2(disconnect.exitCode == 0, qPrintable(disconnect.err));
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(kId), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(QStringLiteral("fake"))), QStringLiteral("Ready to connect"),
                              1000);
}

QTEST_MAIN(TestGuiLifecycle)
#include "tst_guilifecycle.moc"

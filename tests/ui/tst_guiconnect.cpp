// Connect and Disconnect from the window, end to end: the real desktop
// wiring, the private keyring, the suite's fake OAuth provider over real
// loopback HTTP, and FakeBrowser as the system browser (a URL handler).
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/keychainsecretstore.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/moremenu.h"
#include "tests/support/privatekeyring.h"
#include "ui/confirmation.h"
#include "ui/devicesignindialog.h"
#include "ui/mainwindow.h"
#include "ui/qrcodewidget.h"
#include "ui/statusmessages.h"

#include <QAction>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

/// Receives QDesktopServices::openUrl() calls, as the browser would.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    Test::FakeBrowser browser;
    int opened = 0;
    bool follows = true; ///< false: a browser that never loads the page
    QUrl lastUrl;

public Q_SLOTS:
    void openUrl(const QUrl& url)
    {
        ++opened;
        lastUrl = url;
        if (follows)
            browser.open(url);
    }
};

class TestGuiConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsAndDisconnectsFromTheWindow();
    void deniedConsentShowsTheProblemOnTheCard();
    void reconnectsAnAccountThatNeedsIt();
    void disconnectsAnAccountThatNeedsReconnecting();
    void copyLinkWhileWaitingForTheBrowser();
    void removesACustomProviderFromTheWindow();
    void connectsWithAnotherDevice();
    void cancelsASignInOnAnotherDevice();

private:
    void setUpPlatform(Test::FakeOAuthProvider& provider);
    static void storeAccount(ConnectionState state);
    ConnectionCard* waitForCard(MainWindow* window, const QString& id);
    static QString badge(ConnectionCard* card);

    BrowserStandIn m_browser;
};

void TestGuiConnect::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
}

void TestGuiConnect::setUpPlatform(Test::FakeOAuthProvider& provider)
{
    PlatformCatalog catalog;
    catalog.loadAll();
    QVERIFY(catalog.addCustom(provider.record(), PlatformCatalog::ExistingCustom::Replace).hasValue());
    KeychainSecretStore store;
    CredentialsJob* save
        = CredentialsJob::save(&store, provider.record(),
                               { { QStringLiteral("client_id"), provider.clientId() },
                                 { QStringLiteral("client_secret"), provider.clientSecret() } });
    QSignalSpy saved(save, &CredentialsJob::finished);
    save->start();
    QVERIFY(saved.wait(10000));
}

ConnectionCard* TestGuiConnect::waitForCard(MainWindow* window, const QString& id)
{
    const QDeadlineTimer deadline(20000);
    while (!window->card(id) && !deadline.hasExpired())
        QTest::qWait(20);
    return window->card(id);
}

QString TestGuiConnect::badge(ConnectionCard* card)
{
    return card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text();
}

void TestGuiConnect::connectsAndDisconnectsFromTheWindow()
{
    Test::FakeOAuthProvider provider;
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();

    ConnectionCard* ready = window->card(QStringLiteral("fake"));
    QVERIFY(ready);
    QCOMPARE(badge(ready), QStringLiteral("Ready to connect"));
    QPushButton* connectButton = ready->findChild<QPushButton*>(QStringLiteral("connectPushButton"));
    QVERIFY(connectButton->isVisible());
    connectButton->click();
    QCOMPARE(badge(ready), QStringLiteral("Connecting"));
    QVERIFY(ready->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->isVisible());

    ConnectionCard* connected = waitForCard(window, QStringLiteral("fake/user-42"));
    QVERIFY2(connected, qPrintable(m_browser.browser.errorString() + provider.lastRefusal()));
    QCOMPARE(m_browser.opened, 1);
    QCOMPARE(badge(connected), QStringLiteral("Connected"));
    QCOMPARE(connected->findChild<QLabel*>(QStringLiteral("accountNameLabel"))->text(),
             QStringLiteral("Connected as Fake User"));
    QVERIFY(connected->findChild<QLabel*>(QStringLiteral("timesLabel"))
                ->text()
                .contains(QStringLiteral("expires in")));

    // Disconnect asks first, naming the account and the revocation; "no"
    // changes nothing.
    const QString refresh = provider.lastRefreshToken();
    const QString access = provider.lastAccessToken();
    Confirmation::setNextAnswer(false);
    connected->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))->click();
    QVERIFY2(Confirmation::lastQuestion().contains(QStringLiteral("Fake User"))
                 && Confirmation::lastQuestion().contains(QStringLiteral("revokes")),
             qPrintable(Confirmation::lastQuestion()));
    QTest::qWait(200);
    QVERIFY(window->card(QStringLiteral("fake/user-42")));
    QVERIFY(provider.revokedTokens().isEmpty());

    // Yes: revokes at the platform, refresh token first, then forgets, and
    // says so in a message that outlives the rebuild of the cards.
    Confirmation::setNextAnswer(true);
    window
        ->card(QStringLiteral("fake/user-42")) // cards are rebuilt as things change: find it again
        ->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(QStringLiteral("fake/user-42")), 20000);
    QCOMPARE(provider.revokedTokens(), (QStringList { refresh, access }));
    QCOMPARE(badge(window->card(QStringLiteral("fake"))), QStringLiteral("Ready to connect"));
    QTRY_COMPARE_WITH_TIMEOUT(
        window->statusMessages()->current(),
        QStringLiteral("Disconnected Fake User from Fake Platform: its tokens were revoked at "
                       "Fake Platform."),
        5000);
    QTest::qWait(500); // the monitor re-shows the cards meanwhile
    QVERIFY(window->statusMessages()->current().startsWith(QStringLiteral("Disconnected")));
}

void TestGuiConnect::deniedConsentShowsTheProblemOnTheCard()
{
    Test::FakeOAuthProvider provider;
    provider.setConsent(Test::FakeOAuthProvider::Consent::Deny);
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    window->card(QStringLiteral("fake"))
        ->findChild<QPushButton*>(QStringLiteral("connectPushButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->card(QStringLiteral("fake"))->problem().contains(QStringLiteral("Access was not granted")),
        20000);
    ConnectionCard* card = window->card(QStringLiteral("fake"));
    QCOMPARE(badge(card), QStringLiteral("Ready to connect"));
    QVERIFY(card->findChild<QPushButton*>(QStringLiteral("connectPushButton"))->isVisible());
}

// What the metadata says before the app starts: the fake provider's account,
// under an old display name, in `state`. No tokens in the keyring.
void TestGuiConnect::storeAccount(ConnectionState state)
{
    Connection stored;
    stored.platformId = QStringLiteral("fake");
    stored.accountId = QStringLiteral("user-42");
    stored.accountName = QStringLiteral("Old Name");
    stored.grantedScopes = { QStringLiteral("read") };
    stored.state = state;
    stored.lastError = { ErrorCode::InvalidGrant,
                         QStringLiteral("Fake Platform no longer accepts the sign-in. Reconnect.") };
    ConnectionStore store;
    QVERIFY(store.load().hasValue());
    QVERIFY(store.upsert(stored).hasValue());
}

void TestGuiConnect::reconnectsAnAccountThatNeedsIt()
{
    Test::FakeOAuthProvider provider;
    setUpPlatform(provider);
    storeAccount(ConnectionState::NeedsReconnect);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    const QString id = QStringLiteral("fake/user-42");

    ConnectionCard* card = window->card(id);
    QVERIFY(card);
    QCOMPARE(badge(card), QStringLiteral("Needs reconnect"));
    QVERIFY(!card->problem().isEmpty());
    QPushButton* reconnect = card->findChild<QPushButton*>(QStringLiteral("reconnectPushButton"));
    QVERIFY(reconnect->isVisible());
    const int opened = m_browser.opened;
    reconnect->click();
    // The sign-in shows on the card that asked for it.
    QCOMPARE(badge(card), QStringLiteral("Connecting"));
    QVERIFY(card->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(window->card(id) && badge(window->card(id)) == QStringLiteral("Connected"),
                             20000);
    QCOMPARE(m_browser.opened, opened + 1);
    ConnectionCard* connected = window->card(id);
    QCOMPARE(connected->findChild<QLabel*>(QStringLiteral("accountNameLabel"))->text(),
             QStringLiteral("Connected as Fake User"));
    QVERIFY(connected->problem().isEmpty());
    // A button the card does not offer is hidden, or was never made.
    const auto* reconnectShown = connected->findChild<QPushButton*>(QStringLiteral("reconnectPushButton"));
    QVERIFY(!reconnectShown || !reconnectShown->isVisible());
    QCOMPARE(provider.tokenRequestCount(QStringLiteral("authorization_code")), 1);

    ConnectionStore reread;
    QVERIFY(reread.load().hasValue());
    QCOMPARE(reread.connections().size(), 1);
    QCOMPARE(reread.connections().first().state, ConnectionState::Connected);

    // Leave nothing behind for the next test.
    Confirmation::setNextAnswer(true);
    window->card(id)->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(id), 20000);
}

void TestGuiConnect::disconnectsAnAccountThatNeedsReconnecting()
{
    Test::FakeOAuthProvider provider;
    setUpPlatform(provider);
    storeAccount(ConnectionState::NeedsReconnect);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();

    ConnectionCard* card = window->card(QStringLiteral("fake/user-42"));
    QVERIFY(card);
    QVERIFY(!window->card(QStringLiteral("fake"))); // the account stands for the platform
    const auto* disconnect = card->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"));
    QVERIFY(!disconnect || !disconnect->isVisible());
    QVERIFY(Test::MoreMenu::entries(card).contains(QStringLiteral("removeAccountAction")));
    Confirmation::setNextAnswer(true);
    QVERIFY(Test::MoreMenu::choose(card, QStringLiteral("removeAccountAction")));
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(QStringLiteral("fake/user-42")), 20000);
    QCOMPARE(badge(window->card(QStringLiteral("fake"))), QStringLiteral("Ready to connect"));
    QVERIFY(provider.revokedTokens().isEmpty()); // there were no tokens to revoke
    ConnectionStore reread;
    QVERIFY(reread.load().hasValue());
    QVERIFY(reread.connections().isEmpty());
}

// The browser did not show the page: the card offers the link to paste.
void TestGuiConnect::copyLinkWhileWaitingForTheBrowser()
{
    Test::FakeOAuthProvider provider;
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    m_browser.follows = false;
    m_browser.lastUrl.clear();
    window->card(QStringLiteral("fake"))
        ->findChild<QPushButton*>(QStringLiteral("connectPushButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.lastUrl.isValid(), 10000);
    auto* copy = window->card(QStringLiteral("fake"))
                     ->findChild<QPushButton*>(QStringLiteral("copySignInLinkPushButton"));
    QVERIFY(copy && copy->isVisible());
    copy->click();
    QVERIFY2(window->statusMessages()->current().contains(QStringLiteral("Copied the sign-in link")),
             qPrintable(window->statusMessages()->current()));
    QCOMPARE(QGuiApplication::clipboard()->text(), m_browser.lastUrl.toString(QUrl::FullyEncoded));
    window->card(QStringLiteral("fake"))
        ->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))
        ->click();
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(QStringLiteral("fake"))), QStringLiteral("Ready to connect"),
                              10000);
    m_browser.follows = true;
    QGuiApplication::clipboard()->clear();
}

void TestGuiConnect::removesACustomProviderFromTheWindow()
{
    Test::FakeOAuthProvider provider;
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    const QString remove = QStringLiteral("removeProviderAction");
    QVERIFY(Test::MoreMenu::entries(window->card(QStringLiteral("fake"))).contains(remove));
    // Shipped platforms cannot be removed.
    QTRY_VERIFY(window->card(QStringLiteral("github")));
    QVERIFY(!Test::MoreMenu::entries(window->card(QStringLiteral("github"))).contains(remove));

    Confirmation::setNextAnswer(false);
    QVERIFY(Test::MoreMenu::choose(window->card(QStringLiteral("fake")), remove));
    QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("Fake Platform")));
    QVERIFY(window->card(QStringLiteral("fake")));

    Confirmation::setNextAnswer(true);
    QVERIFY(Test::MoreMenu::choose(window->card(QStringLiteral("fake")), remove));
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(QStringLiteral("fake")), 10000);
    QCOMPARE(window->statusMessages()->current(), QStringLiteral("Removed Fake Platform."));
    PlatformCatalog catalog;
    catalog.loadAll();
    QVERIFY(!catalog.platform(QStringLiteral("fake")));
    KeychainSecretStore store;
    QVERIFY(!store.hasWritten(SecretStore::credentialsKey(QStringLiteral("fake"))));
}

// The device flow from the window: the card's menu opens the dialog with
// the platform's code and a QR code; approving elsewhere connects the
// account, and nothing opens a browser on this machine.
void TestGuiConnect::connectsWithAnotherDevice()
{
    Test::FakeOAuthProvider provider;
    provider.setDevicePolls({ QStringLiteral("authorization_pending"), QStringLiteral("approve") });
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    m_browser.opened = 0;

    QVERIFY(Test::MoreMenu::choose(window->card(QStringLiteral("fake")),
                                   QStringLiteral("connectOnOtherDeviceAction")));
    DeviceSignInDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<DeviceSignInDialog*>()) != nullptr, 5000);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("userCodeLabel"))->text(),
                              Test::FakeOAuthProvider::userCode(), 10000);
    QVERIFY(dialog->findChild<QrCodeWidget*>(QStringLiteral("qrCodeWidget"))->hasCode());

    ConnectionCard* connected = waitForCard(window, QStringLiteral("fake/user-42"));
    QVERIFY2(connected, qPrintable(provider.lastRefusal()));
    QCOMPARE(badge(connected), QStringLiteral("Connected"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<DeviceSignInDialog*>(), 5000);
    QCOMPARE(m_browser.opened, 0);
    QCOMPARE(provider.tokenRequestCount(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")), 2);
    QVERIFY(window->statusMessages()->current().contains(QStringLiteral("Fake User")));

    ConnectionStore store; // the next test starts without the account
    QVERIFY(store.load().hasValue());
    QVERIFY(store.remove(QStringLiteral("fake/user-42")).hasValue());
}

void TestGuiConnect::cancelsASignInOnAnotherDevice()
{
    Test::FakeOAuthProvider provider; // never approved: pending forever
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(Test::MoreMenu::choose(window->card(QStringLiteral("fake")),
                                   QStringLiteral("connectOnOtherDeviceAction")));
    DeviceSignInDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<DeviceSignInDialog*>()) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QLabel*>(QStringLiteral("userCodeLabel"))->text().isEmpty(),
                             10000);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<DeviceSignInDialog*>(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(QStringLiteral("fake"))), QStringLiteral("Ready to connect"),
                              5000);
    QVERIFY(window->card(QStringLiteral("fake"))->problem().contains(QStringLiteral("cancelled")));
    QVERIFY(!window->card(QStringLiteral("fake/user-42")));
}

QTEST_MAIN(TestGuiConnect)
#include "tst_guiconnect.moc"

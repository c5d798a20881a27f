// Connect and Disconnect from the window, end to end: the real desktop
// wiring, the private keyring, the suite's fake OAuth provider over real
// loopback HTTP, and FakeBrowser as the system browser (a URL handler).
#include "applicationinfo.h"
#include "cardgrid.h"
#include "catalog/platformcatalog.h"
#include "desktopapplication.h"
#include "fakebrowser.h"
#include "fakeoauthprovider.h"
#include "mainwindow.h"
#include "privatekeyring.h"
#include "storage/credentialsjob.h"
#include "storage/keychainsecretstore.h"

#include <QDeadlineTimer>
#include <QDesktopServices>
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

public Q_SLOTS:
    void openUrl(const QUrl& url)
    {
        ++opened;
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

private:
    void setUpPlatform(Test::FakeOAuthProvider& provider);
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
    while (!window->cardGrid()->card(id) && !deadline.hasExpired())
        QTest::qWait(20);
    return window->cardGrid()->card(id);
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

    ConnectionCard* ready = window->cardGrid()->card(QStringLiteral("fake"));
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

    // Disconnect revokes at the platform, refresh token first, then forgets.
    const QString refresh = provider.lastRefreshToken();
    const QString access = provider.lastAccessToken();
    connected->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window->cardGrid()->card(QStringLiteral("fake/user-42")), 20000);
    QCOMPARE(provider.revokedTokens(), (QStringList { refresh, access }));
    QCOMPARE(badge(window->cardGrid()->card(QStringLiteral("fake"))), QStringLiteral("Ready to connect"));
}

void TestGuiConnect::deniedConsentShowsTheProblemOnTheCard()
{
    Test::FakeOAuthProvider provider;
    provider.setConsent(Test::FakeOAuthProvider::Consent::Deny);
    setUpPlatform(provider);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    window->cardGrid()
        ->card(QStringLiteral("fake"))
        ->findChild<QPushButton*>(QStringLiteral("connectPushButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->cardGrid()
                                 ->card(QStringLiteral("fake"))
                                 ->findChild<QLabel*>(QStringLiteral("problemLabel"))
                                 ->text()
                                 .contains(QStringLiteral("Access was not granted")),
                             20000);
    ConnectionCard* card = window->cardGrid()->card(QStringLiteral("fake"));
    QCOMPARE(badge(card), QStringLiteral("Ready to connect"));
    QVERIFY(card->findChild<QPushButton*>(QStringLiteral("connectPushButton"))->isVisible());
}

QTEST_MAIN(TestGuiConnect)
#include "tst_guiconnect.moc"

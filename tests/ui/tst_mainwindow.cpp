#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connection.h"
#include "ui/cardgrid.h"
#include "ui/connectioncard.h"
#include "ui/grantsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Plugboard;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithTitleAndEmptyState();
    void menusHoldQuitAndAbout();
    void quitActionAsksToQuit();
    void showsACardPerCatalogPlatform();
    void firstLaunchSaysWhatToDoFirst();
    void rebuildsKeepOpenDetailsAndFocus();
    void closingWithoutTrayQuits();
    void closingWithTrayHidesAndKeepsRunning();
    void accountCardsListTheirAppsAndRevokeReachesTheWindow();
    void appAccessOpensFromTheViewMenuAndFollowsChanges();
};

namespace {

Connection withGrants()
{
    Connection connected;
    connected.platformId = QStringLiteral("github");
    connected.accountId = QStringLiteral("1");
    connected.accountName = QStringLiteral("octocat");
    connected.state = ConnectionState::Connected;
    AppGrant calendar;
    calendar.app = QStringLiteral("/usr/bin/gnome-calendar");
    calendar.granted = QDateTime::currentDateTimeUtc();
    AppGrant notes = calendar;
    notes.app = QStringLiteral("flatpak:org.example.Notes");
    connected.grants = { calendar, notes };
    return connected;
}

// The empty-state page is made when first shown.
bool emptyStateShown(const MainWindow& window)
{
    const auto* empty = window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    return empty && empty->isVisible();
}

} // namespace

void TestMainWindow::opensWithTitleAndEmptyState()
{
    MainWindow window;
    window.setPlatforms({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("Plugboard"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("contentStackedWidget"));
    QVERIFY(stack);
    auto* empty = window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    QVERIFY(!empty->accessibleName().isEmpty());
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::menusHoldQuitAndAbout()
{
    MainWindow window;
    auto* fileMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QVERIFY(fileMenu->actions().contains(quit));
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("aboutAction")));
}

void TestMainWindow::quitActionAsksToQuit()
{
    MainWindow window;
    QSignalSpy quitRequested(&window, &MainWindow::quitRequested);
    window.quitAction()->trigger();
    QCOMPARE(quitRequested.count(), 1);
}

void TestMainWindow::showsACardPerCatalogPlatform()
{
    ApplicationInfo::applyToApplication();
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    QVERIFY(catalog.platforms().size() >= 12);

    MainWindow window;
    window.setPlatforms(catalog.platforms());
    // Before the first frame only the first screenful exists; the rest
    // follows right after it.
    QVERIFY(window.findChildren<ConnectionCard*>(QStringLiteral("connectionCardFrame")).size()
            < catalog.platforms().size());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.findChildren<ConnectionCard*>(QStringLiteral("connectionCardFrame")).size(),
                 catalog.platforms().size());
    QVERIFY(!emptyStateShown(window));
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("emptyStateWidget"))); // never needed

    ConnectionCard* github = window.card(QStringLiteral("github"));
    QVERIFY(github);
    QCOMPARE(github->findChild<QLabel*>(QStringLiteral("platformNameLabel"))->text(),
             QStringLiteral("GitHub"));
    QVERIFY(!github->platformIcon().isNull());
    QVERIFY(github->findChild<QPushButton*>(QStringLiteral("setUpCredentialsPushButton"))->isVisible());
    // Buttons are made when first offered: a platform card has no Disconnect.
    QVERIFY(!github->findChild<QPushButton*>(QStringLiteral("disconnectPushButton")));

    window.setPlatforms({});
    QVERIFY(emptyStateShown(window));
}

// A newcomer sees what Plugboard does, where to start, and why a platform
// wants an app registered; it goes once something is connected.
void TestMainWindow::firstLaunchSaysWhatToDoFirst()
{
    ApplicationInfo::applyToApplication();
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    MainWindow window;
    window.setPlatforms(catalog.platforms());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* welcome = window.findChild<QWidget*>(QStringLiteral("welcomePanelFrame"));
    QVERIFY(welcome && welcome->isVisible());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("welcomeIntroLabel"))
                ->text()
                .contains(QStringLiteral("keyring")));

    QSignalSpy actions(&window, &MainWindow::cardActionRequested);
    auto* github = window.findChild<QPushButton*>(QStringLiteral("githubSetUpPushButton"));
    QVERIFY(github && github->isVisible());
    github->click();
    QCOMPARE(actions.count(), 1);
    QCOMPARE(actions.first().at(0).toString(), QStringLiteral("github"));
    QCOMPARE(actions.first().at(1).value<ConnectionCard::Action>(), ConnectionCard::Action::SetUpCredentials);
    QSignalSpy custom(&window, &MainWindow::addCustomProviderRequested);
    window.findChild<QPushButton*>(QStringLiteral("welcomeAddCustomProviderPushButton"))->click();
    QCOMPARE(custom.count(), 1);

    // "Why do I need to register an app?" from the panel and from Help.
    window.findChild<QAction*>(QStringLiteral("registrationHelpAction"))->trigger();
    QWidget* help = window.findChild<QWidget*>(QStringLiteral("registrationHelpDialog"));
    QVERIFY(help && help->isVisible());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("registrationHelpTextLabel"))
                ->text()
                .contains(QStringLiteral("client ID")));
    help->close();

    Connection connected;
    connected.platformId = QStringLiteral("github");
    connected.accountId = QStringLiteral("1");
    connected.accountName = QStringLiteral("octocat");
    connected.state = ConnectionState::Connected;
    window.showConnections(catalog.platforms(), { connected }, {});
    QVERIFY(!welcome->isVisible());
}

// A renewal or a change from the command line rebuilds the cards: what the
// person opened stays open, and the keyboard focus stays on the card.
void TestMainWindow::rebuildsKeepOpenDetailsAndFocus()
{
    ApplicationInfo::applyToApplication();
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    Connection connected;
    connected.platformId = QStringLiteral("github");
    connected.accountId = QStringLiteral("1");
    connected.accountName = QStringLiteral("octocat");
    connected.state = ConnectionState::Connected;
    connected.grantedScopes = { QStringLiteral("repo") };
    MainWindow window;
    window.showConnections(catalog.platforms(), { connected }, {});
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConnectionCard* card = window.card(QStringLiteral("github/1"));
    card->findChild<QToolButton*>(QStringLiteral("scopeDetailsToolButton"))->click();
    card->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))->setFocus();
    QVERIFY(card->showsScopeDetails());

    window.showConnections(catalog.platforms(), { connected }, {});
    ConnectionCard* rebuilt = window.card(QStringLiteral("github/1"));
    QVERIFY(rebuilt != card);
    QVERIFY(rebuilt->showsScopeDetails());
    QTRY_COMPARE(QApplication::focusWidget(),
                 rebuilt->findChild<QPushButton*>(QStringLiteral("disconnectPushButton")));
}

void TestMainWindow::closingWithoutTrayQuits()
{
    MainWindow window;
    window.show();
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    window.close();
    QCOMPARE(quit.count(), 1);
    QCOMPARE(hidden.count(), 0);
}

void TestMainWindow::closingWithTrayHidesAndKeepsRunning()
{
    MainWindow window;
    window.setCloseToTray(true);
    window.show();
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    window.close();
    QCOMPARE(quit.count(), 0);
    QCOMPARE(hidden.count(), 1);
    QVERIFY(!window.isVisible());
    window.bringToFront();
    QVERIFY(window.isVisible());
}

void TestMainWindow::accountCardsListTheirAppsAndRevokeReachesTheWindow()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    MainWindow window;
    Connection plain = withGrants();
    plain.accountId = QStringLiteral("2");
    plain.accountName = QStringLiteral("hubber");
    plain.grants.clear();
    window.showConnections(catalog.platforms(), { withGrants(), plain }, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionCard* card = window.card(QStringLiteral("github/1"));
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    QCOMPARE(card->findChild<QToolButton*>(QStringLiteral("grantsToolButton"))->text(),
             QStringLiteral("Apps with access (2)"));
    const QToolButton* none = window.card(QStringLiteral("github/2"))
                                  ->findChild<QToolButton*>(QStringLiteral("grantsToolButton"));
    QVERIFY(!none || !none->isVisible());

    // Opened, it stays open when the cards are rebuilt.
    card->findChild<QToolButton*>(QStringLiteral("grantsToolButton"))->click();
    window.showConnections(catalog.platforms(), { withGrants(), plain }, {});
    card = window.card(QStringLiteral("github/1"));
    QVERIFY(card->showsGrants());
    // Whole names on a card of the grid's width.
    QTRY_COMPARE(card->findChild<QLabel*>(QStringLiteral("grantAppLabel"))->text(),
                 QStringLiteral("gnome-calendar"));

    QSignalSpy revoked(&window, &MainWindow::revokeGrantRequested);
    card->findChildren<QPushButton*>(QStringLiteral("revokeGrantPushButton")).at(1)->click();
    QCOMPARE(revoked.count(), 1);
    QCOMPARE(revoked.at(0).at(0).toString(), QStringLiteral("github/1"));
    QCOMPARE(revoked.at(0).at(1).toString(), QStringLiteral("flatpak:org.example.Notes"));
}

void TestMainWindow::appAccessOpensFromTheViewMenuAndFollowsChanges()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    MainWindow window;
    auto* viewMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    auto* appAccess = window.findChild<QAction*>(QStringLiteral("appAccessAction"));
    QVERIFY(appAccess);
    QVERIFY(viewMenu->actions().contains(appAccess));
    QSignalSpy requested(&window, &MainWindow::appAccessRequested);
    appAccess->trigger();
    QCOMPARE(requested.count(), 1);
    QVERIFY(!window.appAccessDialog()); // opening it is the application's answer

    const QList<Connection> connections { withGrants() };
    window.showConnections(catalog.platforms(), connections, {});
    window.showAppAccess(GrantPresentation::entries(catalog.platforms(), connections));
    GrantsDialog* dialog = window.appAccessDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("grantsTableWidget"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, GrantsDialog::ConnectionColumn)->text(), QStringLiteral("GitHub · octocat"));

    QSignalSpy revoked(&window, &MainWindow::revokeGrantRequested);
    table->selectRow(0);
    dialog->findChild<QPushButton*>(QStringLiteral("revokePushButton"))->click();
    QCOMPARE(revoked.count(), 1);
    QCOMPARE(revoked.at(0).at(0).toString(), QStringLiteral("github/1"));

    // The grant is gone from the store: the next showConnections says so.
    Connection revokedOne = withGrants();
    revokedOne.grants.removeFirst();
    window.showConnections(catalog.platforms(), { revokedOne }, {});
    QCOMPARE(table->rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

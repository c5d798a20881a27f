#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connection.h"
#include "ui/cardgrid.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
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
};

void TestMainWindow::opensWithTitleAndEmptyState()
{
    MainWindow window;
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
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible());

    ConnectionCard* github = window.card(QStringLiteral("github"));
    QVERIFY(github);
    QCOMPARE(github->findChild<QLabel*>(QStringLiteral("platformNameLabel"))->text(),
             QStringLiteral("GitHub"));
    QVERIFY(!github->findChild<QLabel*>(QStringLiteral("platformIconLabel"))->pixmap().isNull());
    QVERIFY(github->findChild<QPushButton*>(QStringLiteral("setUpCredentialsPushButton"))->isVisible());
    QVERIFY(!github->findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))->isVisible());

    window.setPlatforms({});
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

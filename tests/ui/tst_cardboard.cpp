// The main window's board of cards: the filter box, the sort choice, the
// grid-or-list view (remembered in the settings file) and the collapsible
// "More platforms" section, through real widgets found by objectName.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecord.h"
#include "core/lifecycle/staterules.h"
#include "core/storage/connection.h"
#include "core/translator.h"
#include "ui/cardboard.h"
#include "ui/cardgrid.h"
#include "ui/collapsiblesection.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"
#include "ui/trayalerts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>
#include <QToolButton>

using namespace Plugboard;

namespace {

PlatformRecord platform(const QString& id, const QString& name)
{
    PlatformRecord record;
    record.id = id;
    record.name = name;
    return record;
}

Connection account(const QString& platformId, const QString& name, ConnectionState state,
                   int expiresInMinutes)
{
    Connection connection;
    connection.platformId = platformId;
    connection.accountId = name;
    connection.accountName = name;
    connection.state = state;
    connection.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresInMinutes * 60);
    return connection;
}

QList<PlatformRecord> platforms()
{
    return { platform(QStringLiteral("github"), QStringLiteral("GitHub")),
             platform(QStringLiteral("gitlab"), QStringLiteral("GitLab")),
             platform(QStringLiteral("google"), QStringLiteral("Google")),
             platform(QStringLiteral("slack"), QStringLiteral("Slack")),
             platform(QStringLiteral("zoom"), QStringLiteral("Zoom")) };
}

// GitHub fine, GitLab expiring, Google broken; Slack ready; Zoom not set up.
QList<Connection> accounts()
{
    return { account(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionState::Connected, 120),
             account(QStringLiteral("gitlab"), QStringLiteral("dev"), ConnectionState::Expiring, 10),
             account(QStringLiteral("google"), QStringLiteral("me@example.org"),
                     ConnectionState::NeedsReconnect, -60) };
}

QStringList shownIds(CardGrid* grid)
{
    QStringList ids;
    for (const ConnectionCard* card : grid->shownCards())
        ids.append(card->cardId());
    return ids;
}

} // namespace

class TestCardBoard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void filterMatchesPlatformAccountAndState();
    void emptyFilterResultSaysSo();
    void ctrlFFocusesTheFilterAndEscClearsIt();
    void sortChoiceOrdersTheCards();
    void listViewIsRememberedAcrossWindows();
    void morePlatformsSectionCollapses();
    void morePlatformsOpenWithoutConnections();
    void controlsHaveAccessibleNames();
    void savingCredentialsKeepsRemoveProvider();
    void warnsBeforeGoogleEndsATestingAppsSignIn();
    void warnsBeforeMicrosoftEndsAnUnusedSignIn();
    void aProblemIsSaidInTheWindowsLanguage();

private:
    void showWindow(MainWindow& window, const QList<Connection>& connections = accounts());
    QLineEdit* filter(MainWindow& window);
};

void TestCardBoard::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestCardBoard::init()
{
    QFile::remove(ApplicationInfo::settingsFilePath());
}

void TestCardBoard::showWindow(MainWindow& window, const QList<Connection>& connections)
{
    window.showConnections(platforms(), connections, { QStringLiteral("slack") });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

QLineEdit* TestCardBoard::filter(MainWindow& window)
{
    return window.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
}

void TestCardBoard::filterMatchesPlatformAccountAndState()
{
    MainWindow window;
    showWindow(window);
    QVERIFY(filter(window));

    QTest::keyClicks(filter(window), QStringLiteral("OCTO"));
    QCOMPARE(shownIds(window.cardGrid()), QStringList { QStringLiteral("github/octocat") });
    QVERIFY(window.card(QStringLiteral("github/octocat"))->isVisible());
    QVERIFY(!window.card(QStringLiteral("google/me@example.org"))->isVisible());

    filter(window)->setText(QStringLiteral("needs reconnect"));
    QCOMPARE(shownIds(window.cardGrid()), QStringList { QStringLiteral("google/me@example.org") });

    // By platform name, in both sections: Zoom is not set up yet.
    filter(window)->setText(QStringLiteral("zoom"));
    QVERIFY(shownIds(window.cardGrid()).isEmpty());
    QCOMPARE(shownIds(window.board()->moreGrid()), QStringList { QStringLiteral("zoom") });
    QVERIFY(window.card(QStringLiteral("zoom"))->isVisible()); // a match does not hide in a closed section

    filter(window)->clear();
    QCOMPARE(shownIds(window.cardGrid()).size(), 4);
    QVERIFY(!window.card(QStringLiteral("zoom"))->isVisible()); // closed again: there are connections
}

void TestCardBoard::emptyFilterResultSaysSo()
{
    MainWindow window;
    showWindow(window);
    auto* noMatch = window.findChild<QLabel*>(QStringLiteral("noMatchLabel"));
    QVERIFY(noMatch);
    QVERIFY(!noMatch->isVisible());
    QTest::keyClicks(filter(window), QStringLiteral("dropbox"));
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->text(), QStringLiteral("No connection matches 'dropbox'"));
    QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("morePlatformsToolButton"))->isVisible());
    filter(window)->clear();
    QVERIFY(!noMatch->isVisible());
}

void TestCardBoard::ctrlFFocusesTheFilterAndEscClearsIt()
{
    MainWindow window;
    showWindow(window);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.findChild<QComboBox*>(QStringLiteral("sortComboBox"))->setFocus();
    QVERIFY(!filter(window)->hasFocus());

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter(window)->hasFocus());
    QTest::keyClicks(filter(window), QStringLiteral("git"));
    QCOMPARE(shownIds(window.cardGrid()).size(), 2);
    QTest::keyClick(filter(window), Qt::Key_Escape);
    QCOMPARE(filter(window)->text(), QString());
    QCOMPARE(shownIds(window.cardGrid()).size(), 4);
    QVERIFY(window.isVisible()); // Esc cleared the filter, it did not close anything
}

void TestCardBoard::sortChoiceOrdersTheCards()
{
    MainWindow window;
    showWindow(window);
    auto* sort = window.findChild<QComboBox*>(QStringLiteral("sortComboBox"));
    QVERIFY(sort);
    QCOMPARE(sort->currentText(), QStringLiteral("Needs attention first"));
    const QString github = QStringLiteral("github/octocat");
    const QString gitlab = QStringLiteral("gitlab/dev");
    const QString google = QStringLiteral("google/me@example.org");
    const QString slack = QStringLiteral("slack");
    // Broken, then needs attention, then fine; platforms after accounts.
    QCOMPARE(shownIds(window.cardGrid()), (QStringList { google, gitlab, github, slack }));

    sort->setCurrentIndex(sort->findText(QStringLiteral("Name")));
    QCOMPARE(shownIds(window.cardGrid()), (QStringList { github, gitlab, google, slack }));

    sort->setCurrentIndex(sort->findText(QStringLiteral("Expiry")));
    QCOMPARE(shownIds(window.cardGrid()), (QStringList { google, gitlab, github, slack }));

    // The order holds when the cards are rebuilt (a change on disk).
    QList<Connection> later = accounts();
    later[0].expiresAt = QDateTime::currentDateTimeUtc().addSecs(60);
    window.showConnections(platforms(), later, { QStringLiteral("slack") });
    QCOMPARE(shownIds(window.cardGrid()), (QStringList { google, github, gitlab, slack }));
}

void TestCardBoard::listViewIsRememberedAcrossWindows()
{
    {
        MainWindow window;
        showWindow(window);
        auto* grid = window.findChild<QAction*>(QStringLiteral("gridViewAction"));
        auto* list = window.findChild<QAction*>(QStringLiteral("listViewAction"));
        QVERIFY(grid && list);
        QVERIFY(grid->isChecked()); // the default
        QTRY_VERIFY(window.cardGrid()->columnCount() > 1);

        list->trigger();
        QVERIFY(list->isChecked());
        QVERIFY(!grid->isChecked());
        // The list replaces the grids.
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("connectionTableTreeWidget"))->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("cardScrollArea"))->isVisible());
    }
    const QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("ui/cardView")).toString(), QStringLiteral("list"));

    MainWindow again;
    showWindow(again);
    QVERIFY(again.findChild<QAction*>(QStringLiteral("listViewAction"))->isChecked());
    QVERIFY(again.findChild<QWidget*>(QStringLiteral("connectionTableTreeWidget"))->isVisible());
    again.findChild<QAction*>(QStringLiteral("gridViewAction"))->trigger();
    QTRY_VERIFY(again.cardGrid()->columnCount() > 1);
}

void TestCardBoard::morePlatformsSectionCollapses()
{
    MainWindow window;
    showWindow(window);
    auto* header = window.findChild<QToolButton*>(QStringLiteral("morePlatformsToolButton"));
    QVERIFY(header);
    QCOMPARE(header->text(), QStringLiteral("More platforms (1)"));
    // With connections the section starts closed: accounts come first.
    QVERIFY(!header->isChecked());
    QVERIFY(!window.card(QStringLiteral("zoom"))->isVisible());

    QTest::mouseClick(header, Qt::LeftButton);
    QVERIFY(header->isChecked());
    QVERIFY(window.card(QStringLiteral("zoom"))->isVisible());
    // The user's choice survives the cards being rebuilt.
    window.showConnections(platforms(), accounts(), { QStringLiteral("slack") });
    QVERIFY(window.card(QStringLiteral("zoom"))->isVisible());

    QTest::mouseClick(header, Qt::LeftButton);
    QVERIFY(!window.card(QStringLiteral("zoom"))->isVisible());
}

void TestCardBoard::morePlatformsOpenWithoutConnections()
{
    MainWindow window;
    showWindow(window, {});
    auto* header = window.findChild<QToolButton*>(QStringLiteral("morePlatformsToolButton"));
    QCOMPARE(header->text(), QStringLiteral("More platforms (4)"));
    QVERIFY(header->isChecked());
    QVERIFY(window.card(QStringLiteral("zoom"))->isVisible());
    QCOMPARE(shownIds(window.cardGrid()), QStringList { QStringLiteral("slack") });

    // Revealing a card opens its section even after the user closed it.
    QTest::mouseClick(header, Qt::LeftButton);
    QVERIFY(!window.card(QStringLiteral("github"))->isVisible());
    window.revealCard(QStringLiteral("github"));
    QVERIFY(window.card(QStringLiteral("github"))->isVisible());
}

void TestCardBoard::controlsHaveAccessibleNames()
{
    MainWindow window;
    showWindow(window);
    for (const QString& name :
         { QStringLiteral("filterLineEdit"), QStringLiteral("sortComboBox"),
           QStringLiteral("addProviderToolButton"), QStringLiteral("morePlatformsToolButton") }) {
        auto* widget = window.findChild<QWidget*>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    // Keyboard order: filter, sort, add provider.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    filter(window)->setFocus();
    QTest::keyClick(filter(window), Qt::Key_Tab);
    QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("sortComboBox"))->hasFocus());
    auto* addProvider = window.findChild<QToolButton*>(QStringLiteral("addProviderToolButton"));
    QCOMPARE(addProvider->defaultAction(), window.addCustomProviderAction());
}

// A provider the user added can be removed while it has no accounts; saving
// its app credentials must not take that away (it did until the next
// rebuild of the cards).
void TestCardBoard::savingCredentialsKeepsRemoveProvider()
{
    PlatformRecord custom = platform(QStringLiteral("acme"), QStringLiteral("Acme SSO"));
    custom.custom = true;
    MainWindow window;
    window.showConnections({ custom }, {}, { QStringLiteral("acme") });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionCard* card = window.card(QStringLiteral("acme"));
    QVERIFY(card);
    QVERIFY(card->actions().testFlag(ConnectionCard::Action::RemoveProvider));

    window.setCredentialsSaved(QStringLiteral("acme"), QStringLiteral("client-1234"));
    QVERIFY(card->actions().testFlag(ConnectionCard::Action::RemoveProvider));
    QVERIFY(card->actions().testFlag(ConnectionCard::Action::Connect));
}

namespace {

/// A renewing account whose refresh token was issued `issuedDaysAgo` and
/// last renewed `renewedDaysAgo` (negative: never), in the state the window
/// would show (ConnectionMonitor reads states through StateRules).
Connection signedInDaysAgo(const PlatformRecord& record, const QString& name, int issuedDaysAgo,
                           int renewedDaysAgo = -1)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Connection connection = account(record.id, name, ConnectionState::Connected, 50);
    connection.refreshable = true;
    connection.refreshIssuedAt = now.addDays(-issuedDaysAgo);
    if (renewedDaysAgo >= 0)
        connection.lastRefresh = now.addDays(-renewedDaysAgo);
    connection.state = StateRules::shownState(connection, &record);
    return connection;
}

QString badgeText(ConnectionCard* card)
{
    return card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text();
}

} // namespace

void TestCardBoard::warnsBeforeGoogleEndsATestingAppsSignIn()
{
    const Result<PlatformRecord> google = PlatformCatalog::loadOne(QStringLiteral("google"));
    QVERIFY(google);
    const Connection soon = signedInDaysAgo(google.value(), QStringLiteral("six@example.org"), 6);
    const Connection fresh = signedInDaysAgo(google.value(), QStringLiteral("one@example.org"), 1);
    MainWindow window;
    window.showConnections({ google.value() }, { soon, fresh }, { QStringLiteral("google") });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ConnectionCard* ending = window.card(soon.id());
    QVERIFY(ending);
    const QString date
        = QLocale().toString(soon.refreshIssuedAt.addDays(7).toLocalTime().date(), QLocale::LongFormat);
    QCOMPARE(ending->problem(),
             QStringLiteral("Google will end this sign-in on %1. Reconnect before then. "
                            "Apps whose OAuth consent screen is in Testing get 7-day "
                            "refresh tokens; publishing the app lifts the limit.")
                 .arg(date));
    QVERIFY(ending->findChild<QLabel*>(QStringLiteral("problemLabel"))->isVisible());
    QCOMPARE(badgeText(ending), QStringLiteral("Expiring soon"));
    QVERIFY(ending->actions().testFlag(ConnectionCard::Action::Reconnect));

    ConnectionCard* healthy = window.card(fresh.id());
    QVERIFY(healthy);
    QCOMPARE(healthy->problem(), QString());
    const auto* problemLine = healthy->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(!problemLine || !problemLine->isVisible());
    QCOMPARE(badgeText(healthy), QStringLiteral("Connected"));
}

void TestCardBoard::warnsBeforeMicrosoftEndsAnUnusedSignIn()
{
    const Result<PlatformRecord> microsoft = PlatformCatalog::loadOne(QStringLiteral("microsoft"));
    QVERIFY(microsoft);
    const Connection unused = signedInDaysAgo(microsoft.value(), QStringLiteral("idle"), 200, 85);
    const Connection used = signedInDaysAgo(microsoft.value(), QStringLiteral("busy"), 200, 1);
    MainWindow window;
    window.showConnections({ microsoft.value() }, { unused, used }, { QStringLiteral("microsoft") });

    const QString date
        = QLocale().toString(unused.lastRefresh.addDays(90).toLocalTime().date(), QLocale::LongFormat);
    QCOMPARE(window.card(unused.id())->problem(),
             QStringLiteral("Microsoft ends sign-ins unused for 90 days: this one on %1. Use it or check it "
                            "before then.")
                 .arg(date));
    QCOMPARE(window.card(used.id())->problem(), QString());
}

QTEST_MAIN(TestCardBoard)
// A renewal by `plugboard-cli` in an English terminal records an English
// problem; the window and the tray in German say it in German, from its
// code. A problem recorded in the language in use, or before the language
// was kept, is shown as recorded.
void TestCardBoard::aProblemIsSaidInTheWindowsLanguage()
{
    const auto english = qScopeGuard([] { Translator::install(QLocale(QStringLiteral("en_US"))); });
    Translator::install(QLocale(QStringLiteral("en_US")));
    const QString refused = QStringLiteral("Google no longer accepts this sign-in. Reconnect to sign in "
                                           "again. (Google said: Token has been expired or revoked.)");
    const QString slow = QStringLiteral("Google did not answer within 30 seconds. Try again.");
    Connection reconnect = account(QStringLiteral("google"), QStringLiteral("me@example.org"),
                                   ConnectionState::NeedsReconnect, -60);
    reconnect.setLastError({ ErrorCode::InvalidGrant, refused });
    QCOMPARE(reconnect.lastErrorLanguage, QStringLiteral("en"));
    Connection degraded
        = account(QStringLiteral("google"), QStringLiteral("you@example.org"), ConnectionState::Degraded, 30);
    degraded.setLastError({ ErrorCode::Timeout, slow });
    Connection fromBefore = account(QStringLiteral("google"), QStringLiteral("old@example.org"),
                                    ConnectionState::NeedsReconnect, -60);
    fromBefore.lastError = { ErrorCode::InvalidGrant, refused };

    const auto problems = [&] {
        MainWindow window;
        window.showConnections(platforms(), { reconnect, degraded, fromBefore }, {});
        TrayAlerts tray;
        const QMap<QString, QString> names { { QStringLiteral("google"), QStringLiteral("Google") } };
        Connection working = degraded;
        working.state = ConnectionState::Connected;
        tray.update({ working }, names);
        const QList<TrayAlerts::Alert> alerts = tray.update({ degraded }, names);
        return QStringList { window.card(reconnect.id())->problem(), window.card(degraded.id())->problem(),
                             window.card(fromBefore.id())->problem(),
                             alerts.isEmpty() ? QString() : alerts.first().message };
    };
    QCOMPARE(problems(), (QStringList { refused, slow, refused, slow }));

    QCOMPARE(Translator::install(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    const QString refusedInGerman = QStringLiteral("Google akzeptiert diese Anmeldung nicht mehr. Verbinden "
                                                   "Sie sich erneut, um sich wieder anzumelden.");
    const QString slowInGerman = QStringLiteral(
        "Google war nicht erreichbar. Plugboard versucht es erneut; prüfen Sie das Netzwerk, falls es "
        "weiterhin fehlschlägt.");
    QCOMPARE(problems(), (QStringList { refusedInGerman, slowInGerman, refused, slowInGerman }));
}

#include "tst_cardboard.moc"

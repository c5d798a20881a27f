#include "tests/support/moremenu.h"
#include "ui/cardstate.h"
#include "ui/connectioncard.h"
#include "ui/problemcolor.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Plugboard;
using Action = ConnectionCard::Action;

namespace {

AppGrant grant(const QString& app, qint64 uses, int minutesAgo)
{
    AppGrant made;
    made.app = app;
    made.granted = QDateTime::currentDateTimeUtc().addDays(-1);
    made.uses = uses;
    if (uses > 0)
        made.lastUsed = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return made;
}

QStringList texts(const ConnectionCard& card, const QString& objectName)
{
    QStringList found;
    for (const QLabel* label : card.findChildren<QLabel*>(objectName))
        found.append(label->text());
    return found;
}

} // namespace

Q_DECLARE_METATYPE(Plugboard::CardState)

class TestConnectionCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionLabelsFollowTheCardsOrder();
    void showsOnlyTheButtonsOfTheState_data();
    void showsOnlyTheButtonsOfTheState();
    void buttonsAndMenuRequestActionsForTheCard();
    void showsAccountScopesAndEscapedDescriptions();
    void longFactsAreElidedNotCut();
    void platformWithoutIconGetsAMonogram();
    void problemAndCountdownAppearOnlyWhenSet();
    void everyControlHasAnAccessibleName();
    void grantsShowARowPerApp();
    void revokeNamesTheCardAndTheApp();
    void withoutGrantsNoSection();
    void longAppIdsDoNotWidenTheCard();
    void offersAnotherDeviceWhereThePlatformHasIt_data();
    void offersAnotherDeviceWhereThePlatformHasIt();
};

namespace {

ConnectionCard::Actions everyAction()
{
    ConnectionCard::Actions all;
    for (const auto& [action, label] : ConnectionCard(QStringLiteral("any")).actionLabels())
        all |= action;
    return all;
}

} // namespace

void TestConnectionCard::showsOnlyTheButtonsOfTheState_data()
{
    QTest::addColumn<int>("actions");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("not set up") << int(Action::SetUpCredentials)
                                << QStringList { QStringLiteral("setUpCredentialsPushButton") }
                                << QStringList { QStringLiteral("connectPushButton"),
                                                 QStringLiteral("disconnectPushButton") };
    QTest::newRow("connected") << int(Action::Disconnect | Action::CheckNow)
                               << QStringList { QStringLiteral("disconnectPushButton") }
                               << QStringList { QStringLiteral("connectPushButton"),
                                                QStringLiteral("cancelPushButton") };
    QTest::newRow("connecting") << int(Action::CopySignInLink | Action::Cancel)
                                << QStringList { QStringLiteral("copySignInLinkPushButton"),
                                                 QStringLiteral("cancelPushButton") }
                                << QStringList { QStringLiteral("connectPushButton"),
                                                 QStringLiteral("reconnectPushButton") };
}

void TestConnectionCard::showsOnlyTheButtonsOfTheState()
{
    QFETCH(int, actions);
    QFETCH(QStringList, visible);
    QFETCH(QStringList, hidden);
    ConnectionCard card(QStringLiteral("github"));
    card.setActions(ConnectionCard::Actions(actions));
    card.show();
    for (const QString& name : visible) {
        const auto* button = card.findChild<QPushButton*>(name);
        QVERIFY2(button && button->isVisible(), qPrintable(name));
    }
    // A button is made when its action is first offered ...
    for (const QString& name : hidden)
        QVERIFY2(!card.findChild<QPushButton*>(name), qPrintable(name));
    // ... and hidden when it no longer is.
    card.setActions(everyAction());
    card.setActions(ConnectionCard::Actions(actions));
    for (const QString& name : hidden) {
        const auto* button = card.findChild<QPushButton*>(name);
        QVERIFY2(button && !button->isVisible(), qPrintable(name));
    }
    for (const QString& name : visible)
        QVERIFY2(card.findChild<QPushButton*>(name)->isVisible(), qPrintable(name));
    const bool menuExpected = (actions & int(Action::CheckNow)) != 0;
    QCOMPARE(card.findChild<QToolButton*>(QStringLiteral("moreToolButton"))->isVisible(), menuExpected);
}

void TestConnectionCard::buttonsAndMenuRequestActionsForTheCard()
{
    ConnectionCard card(QStringLiteral("github/octocat"));
    card.setActions(Action::Reconnect | Action::CopyRedirectUri);
    card.show();
    QSignalSpy requested(&card, &ConnectionCard::actionRequested);
    QTest::mouseClick(card.findChild<QPushButton*>(QStringLiteral("reconnectPushButton")), Qt::LeftButton);
    QVERIFY(Test::MoreMenu::choose(&card, QStringLiteral("copyRedirectUriAction")));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("github/octocat"));
    QCOMPARE(requested.at(0).at(1).value<Action>(), Action::Reconnect);
    QCOMPARE(requested.at(1).at(1).value<Action>(), Action::CopyRedirectUri);
}

// A line that does not fit ends with "…" and tells the rest in its tooltip,
// instead of being cut mid-word.
void TestConnectionCard::longFactsAreElidedNotCut()
{
    ConnectionCard card(QStringLiteral("google/alex"));
    const QStringList scopes { QStringLiteral("openid"),
                               QStringLiteral("https://www.googleapis.com/auth/userinfo.email"),
                               QStringLiteral("https://www.googleapis.com/auth/youtube.readonly") };
    card.setScopes(scopes, {});
    card.resize(300, card.sizeHint().height());
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    auto* label = card.findChild<QLabel*>(QStringLiteral("scopesLabel"));
    QVERIFY2(label->text().endsWith(QChar(0x2026)), qPrintable(label->text()));
    QVERIFY(label->width() >= label->sizeHint().width() - 1);
    QCOMPARE(label->toolTip(), QStringLiteral("Scopes: ") + scopes.join(QStringLiteral(", ")));
    card.resize(1400, card.height());
    QTRY_COMPARE(label->text(),
                 label->toolTip().isEmpty() ? QStringLiteral("Scopes: ") + scopes.join(QStringLiteral(", "))
                                            : label->text());
    QTRY_VERIFY(label->toolTip().isEmpty());
}

// A custom provider has no icon file: its card shows a monogram, not a gap.
void TestConnectionCard::platformWithoutIconGetsAMonogram()
{
    ConnectionCard custom(QStringLiteral("companysso"));
    custom.setPlatform(QStringLiteral("Company SSO"), QStringLiteral(":/icons/platforms/"));
    const QImage monogram = custom.platformIcon().toImage();
    QVERIFY(!monogram.isNull());
    QVERIFY(monogram.pixelColor(monogram.width() / 2, 3).alpha() > 0); // painted, not transparent
    ConnectionCard other(QStringLiteral("othersso"));
    other.setPlatform(QStringLiteral("Other SSO"), QStringLiteral(":/icons/platforms/"));
    QVERIFY(other.platformIcon().toImage() != monogram);

    // The card paints it left of the name (it has no widget of its own).
    custom.resize(360, 200);
    const QImage shot = custom.grab().toImage();
    const QColor centre = monogram.pixelColor(monogram.width() / 2, monogram.height() / 2);
    bool found = false;
    for (int y = 0; y < 70 && !found; ++y) {
        for (int x = 0; x < 70 && !found; ++x)
            found = shot.pixelColor(x, y) == centre;
    }
    QVERIFY2(found, "the monogram's colour is nowhere in the card's top-left corner");
}

void TestConnectionCard::showsAccountScopesAndEscapedDescriptions()
{
    ConnectionCard card(QStringLiteral("github/octocat"));
    card.setPlatform(QStringLiteral("GitHub"), QString());
    card.setAccountName(QStringLiteral("octocat"));
    card.setScopes({ QStringLiteral("repo"), QStringLiteral("read:user") },
                   { { QStringLiteral("repo"), QStringLiteral("Full <control> of repositories") } });
    card.resize(600, card.sizeHint().height());
    card.show();
    QCOMPARE(card.findChild<QLabel*>(QStringLiteral("accountNameLabel"))->text(),
             QStringLiteral("Connected as octocat"));
    QCOMPARE(card.findChild<QLabel*>(QStringLiteral("scopesLabel"))->text(),
             QStringLiteral("Scopes: repo, read:user"));
    // Made when first opened: most cards never show their scope details.
    QVERIFY(!card.findChild<QLabel*>(QStringLiteral("scopeDetailsLabel")));
    card.findChild<QToolButton*>(QStringLiteral("scopeDetailsToolButton"))->click();
    auto* details = card.findChild<QLabel*>(QStringLiteral("scopeDetailsLabel"));
    QVERIFY(details && details->isVisible());
    QVERIFY(details->text().contains(QStringLiteral("Full &lt;control&gt; of repositories")));
    QVERIFY(!details->text().contains(QStringLiteral("<control>")));
}

void TestConnectionCard::problemAndCountdownAppearOnlyWhenSet()
{
    ConnectionCard card(QStringLiteral("github"));
    card.show();
    QVERIFY(card.problem().isEmpty());
    QVERIFY(card.countdown().isEmpty());
    card.setProblem(QStringLiteral("GitHub did not accept the app credentials. Check the client secret."));
    card.setCountdown(272);
    auto* problem = card.findChild<QLabel*>(QStringLiteral("problemLabel"));
    auto* countdown = card.findChild<QLabel*>(QStringLiteral("countdownLabel"));
    QVERIFY(problem && problem->isVisible());
    // In the colour it is drawn with (on a card, Text, not WindowText).
    QCOMPARE(problem->palette().color(problem->foregroundRole()), ProblemColor::on(card.palette()));
    QVERIFY(countdown && countdown->isVisible());
    QCOMPARE(card.countdown(), countdown->text());
    QVERIFY2(countdown->text().contains(QStringLiteral("4:32")), qPrintable(countdown->text()));
    card.setProblem(QString());
    card.setCountdown(-1);
    QVERIFY(!problem->isVisible());
    QVERIFY(!countdown->isVisible());
    QVERIFY(card.problem().isEmpty());
    QVERIFY(card.countdown().isEmpty());
}

// What a screen reader reads: the accessibility interface's name, which for
// a button is its text unless it has a name of its own.
void TestConnectionCard::everyControlHasAnAccessibleName()
{
    ConnectionCard card(QStringLiteral("github"));
    card.setPlatform(QStringLiteral("GitHub"), QString());
    card.setScopes({ QStringLiteral("repo") }, {});
    card.setActions(everyAction());
    card.show();
    const QList<QAbstractButton*> buttons = card.findChildren<QAbstractButton*>();
    QVERIFY(buttons.size() >= 8);
    for (QAbstractButton* button : buttons) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY(accessible);
        const QString name = accessible->text(QAccessible::Name);
        QVERIFY2(!name.isEmpty() && name != QStringLiteral("⋯"), qPrintable(button->objectName()));
    }
}

// The list view offers the card's actions from actionLabels(): in the order
// the card shows them, buttons left to right, then the ⋯ menu's entries. A
// card makes a button or entry when it first offers it, so one offered
// later still takes its place in that order.
void TestConnectionCard::actionLabelsFollowTheCardsOrder()
{
    ConnectionCard card(QStringLiteral("github/1"));
    card.showState({ .state = ConnectionState::Connected });
    card.setActions(everyAction());
    card.resize(1600, card.sizeHint().height()); // room for every button in one row
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QList<QPushButton*> buttons = card.findChildren<QPushButton*>();
    std::sort(buttons.begin(), buttons.end(),
              [](const QPushButton* a, const QPushButton* b) { return a->x() < b->x(); });
    QStringList shown;
    for (const QPushButton* button : std::as_const(buttons))
        shown.append(button->text());
    shown.append(Test::MoreMenu::texts(&card));
    QStringList labels;
    for (const auto& [action, text] : card.actionLabels())
        labels.append(text);
    QCOMPARE(shown, labels);
}

void TestConnectionCard::grantsShowARowPerApp()
{
    ConnectionCard card(QStringLiteral("github/1"));
    card.setGrants({ grant(QStringLiteral("/usr/bin/gnome-calendar"), 12, 3),
                     grant(QStringLiteral("flatpak:org.example.Notes"), 0, 0) });
    card.resize(400, card.sizeHint().height()); // the grid decides a card's width
    card.show();
    auto* header = card.findChild<QToolButton*>(QStringLiteral("grantsToolButton"));
    QVERIFY(header && header->isVisible());
    QCOMPARE(header->text(), QStringLiteral("Apps with access (2)"));
    // Closed until opened: the card stays compact.
    QVERIFY(!card.findChild<QPushButton*>(QStringLiteral("revokeGrantPushButton"))->isVisible());
    header->click();
    QVERIFY(card.showsGrants());
    QTRY_COMPARE(texts(card, QStringLiteral("grantAppLabel")),
                 (QStringList { QStringLiteral("gnome-calendar"), QStringLiteral("org.example.Notes") }));
    const QList<QLabel*> apps = card.findChildren<QLabel*>(QStringLiteral("grantAppLabel"));
    QCOMPARE(apps.at(0)->toolTip(), QStringLiteral("/usr/bin/gnome-calendar"));
    QCOMPARE(apps.at(1)->toolTip(), QStringLiteral("flatpak:org.example.Notes"));
    const QStringList usage = texts(card, QStringLiteral("grantUsageLabel"));
    QCOMPARE(usage.size(), 2);
    QVERIFY2(usage.at(0).startsWith(QStringLiteral("last used 3 min ago · 12 time")),
             qPrintable(usage.at(0)));
    QCOMPARE(usage.at(1), QStringLiteral("not used yet"));
    const QList<QPushButton*> revoke
        = card.findChildren<QPushButton*>(QStringLiteral("revokeGrantPushButton"));
    QCOMPARE(revoke.size(), 2);
    for (const QPushButton* button : revoke) {
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
    }
}

void TestConnectionCard::revokeNamesTheCardAndTheApp()
{
    ConnectionCard card(QStringLiteral("github/1"));
    card.setGrants({ grant(QStringLiteral("/usr/bin/gnome-calendar"), 1, 1),
                     grant(QStringLiteral("snap:notes"), 1, 1) });
    card.setShowsGrants(true);
    card.show();
    QSignalSpy revoked(&card, &ConnectionCard::revokeGrantRequested);
    const QList<QPushButton*> revoke
        = card.findChildren<QPushButton*>(QStringLiteral("revokeGrantPushButton"));
    QCOMPARE(revoke.size(), 2);
    QTest::mouseClick(revoke.at(1), Qt::LeftButton);
    QCOMPARE(revoked.count(), 1);
    QCOMPARE(revoked.at(0).at(0).toString(), QStringLiteral("github/1"));
    QCOMPARE(revoked.at(0).at(1).toString(), QStringLiteral("snap:notes"));
}

void TestConnectionCard::withoutGrantsNoSection()
{
    ConnectionCard card(QStringLiteral("github/1"));
    card.setGrants({});
    card.show();
    const auto* header = card.findChild<QToolButton*>(QStringLiteral("grantsToolButton"));
    QVERIFY(!header || !header->isVisible());
    QVERIFY(!card.findChild<QPushButton*>(QStringLiteral("revokeGrantPushButton")));
    // The last grant revoked: the section goes too.
    card.setGrants({ grant(QStringLiteral("/usr/bin/gnome-calendar"), 1, 1) });
    card.setShowsGrants(true);
    QVERIFY(card.findChild<QToolButton*>(QStringLiteral("grantsToolButton"))->isVisible());
    card.setGrants({});
    QVERIFY(!card.findChild<QToolButton*>(QStringLiteral("grantsToolButton"))->isVisible());
    QVERIFY(!card.findChild<QPushButton*>(QStringLiteral("revokeGrantPushButton")));
    QVERIFY(!card.showsGrants());
}

void TestConnectionCard::longAppIdsDoNotWidenTheCard()
{
    const QString id = QStringLiteral("flatpak:org.example.AnApplicationWithAVeryLongIdentifierIndeed");
    ConnectionCard card(QStringLiteral("github/1"));
    card.setGrants({ grant(id, 1, 1) });
    card.setShowsGrants(true);
    card.resize(320, card.sizeHint().height());
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QVERIFY2(card.minimumSizeHint().width() <= 320,
             qPrintable(QString::number(card.minimumSizeHint().width())));
    auto* app = card.findChild<QLabel*>(QStringLiteral("grantAppLabel"));
    QTRY_VERIFY2(app->text().endsWith(QChar(0x2026)), qPrintable(app->text()));
    QCOMPARE(app->toolTip(), id);
}

void TestConnectionCard::offersAnotherDeviceWhereThePlatformHasIt_data()
{
    QTest::addColumn<CardState>("state");
    QTest::addColumn<bool>("offered");
    QTest::newRow("ready, device flow")
        << CardState { .state = ConnectionState::Ready, .offersDevice = true } << true;
    QTest::newRow("needs reconnect, device flow")
        << CardState { .state = ConnectionState::NeedsReconnect, .offersDevice = true } << true;
    QTest::newRow("ready, no device flow") << CardState { .state = ConnectionState::Ready } << false;
    QTest::newRow("connected") << CardState { .state = ConnectionState::Connected, .offersDevice = true }
                               << false;
    QTest::newRow("connecting") << CardState { .state = ConnectionState::Connecting, .offersDevice = true }
                                << false;
    QTest::newRow("not set up") << CardState { .state = ConnectionState::NotSetUp, .offersDevice = true }
                                << false;
    QTest::newRow("api key") << CardState {
        .state = ConnectionState::Ready, .usesApiKey = true, .offersDevice = true
    } << false;
}

void TestConnectionCard::offersAnotherDeviceWhereThePlatformHasIt()
{
    QFETCH(CardState, state);
    QFETCH(bool, offered);
    ConnectionCard card(QStringLiteral("github"));
    card.showState(state);
    QCOMPARE(card.actions().testFlag(Action::ConnectOnOtherDevice), offered);
    card.show();
    const QString entry = QStringLiteral("connectOnOtherDeviceAction");
    QCOMPARE(Test::MoreMenu::entries(&card).contains(entry), offered);
    if (!offered)
        return;
    QSignalSpy requested(&card, &ConnectionCard::actionRequested);
    QVERIFY(Test::MoreMenu::choose(&card, entry));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).value<Action>(), Action::ConnectOnOtherDevice);
}

QTEST_MAIN(TestConnectionCard)
#include "tst_connectioncard.moc"

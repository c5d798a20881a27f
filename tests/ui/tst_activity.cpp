// View ▸ Activity and each card's recent activity, over a real audit trail:
// an AuditTrail with an in-memory secret store writes its files in a
// temporary folder, ActivityFlow reads them for the real widgets. The view
// lists entries newest first in plain words, its filters narrow them, it
// follows this process's records and another process's appends, it checks
// the trail when it opens (not before) and warns, naming the entry, when a
// line was edited; a card shows its connection's latest entries.
#include "app/gui/activityflow.h"
#include "core/applicationinfo.h"
#include "core/audit/auditlog.h"
#include "core/audit/audittrail.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"
#include "tests/support/memorysecretstore.h"
#include "ui/activitydialog.h"
#include "ui/activitymodel.h"
#include "ui/activitypresentation.h"
#include "ui/connectioncard.h"
#include "ui/elidedlabel.h"
#include "ui/mainwindow.h"
#include "ui/problemcolor.h"

#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kGithub = QStringLiteral("github/1");
const QString kGoogle = QStringLiteral("google/2");
const QString kBash = QStringLiteral("cli:/usr/bin/bash");

/// The window's side of one audit trail in a temporary folder.
struct Fixture
{
    Fixture()
        : trail(&secrets, folder.path())
        , connections(folder.filePath(QStringLiteral("connections.json")))
    {
        catalog.loadAll();
        Connection octocat;
        octocat.platformId = QStringLiteral("github");
        octocat.accountId = QStringLiteral("1");
        octocat.accountName = QStringLiteral("octocat");
        octocat.state = ConnectionState::Connected;
        (void)connections.upsert(octocat);
        flow = std::make_unique<ActivityFlow>(&trail, &catalog, &connections, &window);
    }

    void record(AuditEvent event, const QString& subject, const QString& actor = {},
                const QString& outcome = AuditTrail::ok())
    {
        trail.record(event, subject, outcome, {}, actor);
    }
    bool settled()
    {
        return QTest::qWaitFor([this] { return trail.isIdle(); }, 5000);
    }
    QByteArray key() const { return QByteArray::fromHex(secrets.peek(AuditTrail::keyName()).toLatin1()); }

    ActivityDialog* open(const QString& subject = {})
    {
        flow->open(subject);
        return flow->dialog();
    }

    QTemporaryDir folder;
    MemorySecretStore secrets;
    AuditTrail trail;
    PlatformCatalog catalog;
    ConnectionStore connections;
    MainWindow window;
    std::unique_ptr<ActivityFlow> flow;
};

ActivityModel* model(ActivityDialog* dialog)
{
    return qobject_cast<ActivityModel*>(
        dialog->findChild<QTableView*>(QStringLiteral("activityTableView"))->model());
}

QString cell(ActivityDialog* dialog, int row, int column, int role = Qt::DisplayRole)
{
    ActivityModel* rows = model(dialog);
    return rows->data(rows->index(row, column), role).toString();
}

QString labelText(QWidget* parent, const QString& objectName)
{
    auto* label = parent->findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

/// Picks `text` in the combo box as a person would (activated()).
bool choose(ActivityDialog* dialog, const QString& comboName, const QString& text)
{
    auto* box = dialog->findChild<QComboBox*>(comboName);
    const int index = box ? box->findText(text) : -1;
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    return true;
}

QStringList column(ActivityDialog* dialog, int columnIndex)
{
    QStringList texts;
    for (int row = 0; row < model(dialog)->rowCount(); ++row)
        texts.append(cell(dialog, row, columnIndex));
    return texts;
}

/// An entry written straight to the trail's files, as another process would.
AuditEntry entry(const QString& event, const QString& subject, const QDateTime& time)
{
    AuditEntry made;
    made.time = time;
    made.event = event;
    made.subject = subject;
    made.actor = kBash;
    made.outcome = AuditTrail::ok();
    return made;
}

} // namespace

class TestActivity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listsTheTrailNewestFirstInPlainWords();
    void actorsReadAsPeopleKnowThem_data();
    void actorsReadAsPeopleKnowThem();
    void timesReadAsDaysAndMinutes();
    void filtersNarrowTheList();
    void followsWhatThisProcessRecords();
    void followsWhatAnotherProcessAppends();
    void withNothingRecordedSaysWhatWillAppear();
    void readsTheTrailOnlyWhileSomeoneCanSeeIt();
    void checksTheTrailWhenItOpensNotBefore();
    void anEditedEntryShowsAWarningNamingIt();
    void tornLinesAndPendingEntriesAreNotes();
    void anUnreadableKeyIsSaidNotAWarning();
    void cardsShowTheirConnectionsRecentActivity();
    void theWindowOpensItFromTheViewMenuAndTheFilterRow();
};

void TestActivity::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestActivity::listsTheTrailNewestFirstInPlainWords()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    f.record(AuditEvent::TokenHandedOut, kGithub, kBash);
    f.record(AuditEvent::ConnectionChecked, kGithub, {}, QStringLiteral("network"));
    QVERIFY(f.settled());

    ActivityDialog* dialog = f.open();
    QVERIFY(dialog->isVisible());
    QCOMPARE(model(dialog)->rowCount(), 3);
    QCOMPARE(column(dialog, ActivityModel::EventColumn),
             QStringList({ QStringLiteral("Checked"), QStringLiteral("Token handed out"),
                           QStringLiteral("Connected") }));
    QCOMPARE(cell(dialog, 0, ActivityModel::SubjectColumn), QStringLiteral("GitHub · octocat"));
    QCOMPARE(cell(dialog, 0, ActivityModel::SubjectColumn, Qt::ToolTipRole), kGithub);
    QCOMPARE(cell(dialog, 0, ActivityModel::ActorColumn), QStringLiteral("This app"));
    QCOMPARE(cell(dialog, 0, ActivityModel::OutcomeColumn), QStringLiteral("Network error"));
    QCOMPARE(model(dialog)
                 ->data(model(dialog)->index(0, ActivityModel::OutcomeColumn), Qt::ForegroundRole)
                 .value<QColor>(),
             ProblemColor::on(dialog->palette()));
    QCOMPARE(cell(dialog, 1, ActivityModel::ActorColumn), QStringLiteral("Command line (bash)"));
    QCOMPARE(cell(dialog, 1, ActivityModel::ActorColumn, Qt::ToolTipRole), kBash);
    QCOMPARE(cell(dialog, 1, ActivityModel::OutcomeColumn), QStringLiteral("OK"));
    QVERIFY(!cell(dialog, 2, ActivityModel::TimeColumn).isEmpty());
    QCOMPARE(model(dialog)->headerData(ActivityModel::ActorColumn, Qt::Horizontal).toString(),
             QStringLiteral("Who"));
    for (const char* name :
         { "eventFilterComboBox", "connectionFilterComboBox", "periodFilterComboBox", "activityTableView" })
        QVERIFY2(!dialog->findChild<QWidget*>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
}

void TestActivity::actorsReadAsPeopleKnowThem_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("shown");
    QTest::newRow("this app") << QStringLiteral("plugboard") << QStringLiteral("This app");
    QTest::newRow("a shell") << kBash << QStringLiteral("Command line (bash)");
    QTest::newRow("a script") << QStringLiteral("cli:/home/alex/bin/backup.py")
                              << QStringLiteral("Command line (backup.py)");
    QTest::newRow("a flatpak over D-Bus")
        << QStringLiteral("dbus:flatpak:org.gnome.Calendar") << QStringLiteral("org.gnome.Calendar");
    QTest::newRow("a program over D-Bus")
        << QStringLiteral("dbus:/usr/bin/gnome-calendar") << QStringLiteral("gnome-calendar");
}

void TestActivity::actorsReadAsPeopleKnowThem()
{
    QFETCH(QString, actor);
    QFETCH(QString, shown);
    QCOMPARE(ActivityPresentation::actorName(actor), shown);
}

void TestActivity::timesReadAsDaysAndMinutes()
{
    const auto local = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute)).toUTC();
    };
    const QDateTime now = local(2, 15, 0);
    QCOMPARE(ActivityPresentation::time(local(2, 7, 5), now), QStringLiteral("Today, 07:05"));
    QCOMPARE(ActivityPresentation::time(local(1, 18, 30), now), QStringLiteral("Yesterday, 18:30"));
    const QString older = ActivityPresentation::time(local(1, 9, 0).addDays(-3), now);
    QVERIFY2(older.endsWith(QStringLiteral(", 09:00")) && older.contains(QStringLiteral("2026")),
             qPrintable(older));
}

void TestActivity::filtersNarrowTheList()
{
    Fixture f;
    f.record(AuditEvent::CredentialsSaved, QStringLiteral("github"));
    f.record(AuditEvent::ConnectionMade, kGithub);
    f.record(AuditEvent::TokenHandedOut, kGithub, kBash);
    f.record(AuditEvent::TokenHandedOut, kGithub, QStringLiteral("dbus:flatpak:org.example.Notes"));
    f.record(AuditEvent::ConnectionMade, kGoogle);
    f.record(AuditEvent::VaultUnlocked, QStringLiteral("vault"));
    QVERIFY(f.settled());
    AuditLog elsewhere(f.folder.path());
    QVERIFY(elsewhere.append(
        entry(QStringLiteral("connection.renewed"), kGithub, QDateTime::currentDateTimeUtc().addDays(-3)),
        f.key()));

    ActivityDialog* dialog = f.open();
    QCOMPARE(model(dialog)->rowCount(), 7);
    QVERIFY(
        labelText(dialog, QStringLiteral("activityCountLabel")).startsWith(QStringLiteral("7 of 7 shown")));

    QVERIFY(choose(dialog, QStringLiteral("eventFilterComboBox"), QStringLiteral("Tokens handed out")));
    QCOMPARE(column(dialog, ActivityModel::EventColumn), QStringList(2, QStringLiteral("Token handed out")));
    QVERIFY(choose(dialog, QStringLiteral("eventFilterComboBox"), QStringLiteral("Credentials & providers")));
    QCOMPARE(column(dialog, ActivityModel::EventColumn),
             QStringList { QStringLiteral("App credentials saved") });
    QVERIFY(choose(dialog, QStringLiteral("eventFilterComboBox"), QStringLiteral("Backup & vault")));
    QCOMPARE(column(dialog, ActivityModel::SubjectColumn), QStringList { QStringLiteral("Vault") });
    QVERIFY(choose(dialog, QStringLiteral("eventFilterComboBox"), QStringLiteral("Sign-ins & renewals")));
    QCOMPARE(model(dialog)->rowCount(), 3);
    QVERIFY(choose(dialog, QStringLiteral("periodFilterComboBox"), QStringLiteral("Last day")));
    QCOMPARE(model(dialog)->rowCount(), 2); // the renewal three days ago is out
    QVERIFY(choose(dialog, QStringLiteral("eventFilterComboBox"), QStringLiteral("All events")));
    QCOMPARE(model(dialog)->rowCount(), 6);

    // A connection, then its platform (its credentials and its connections).
    QVERIFY(choose(dialog, QStringLiteral("periodFilterComboBox"), QStringLiteral("All time")));
    QVERIFY(choose(dialog, QStringLiteral("connectionFilterComboBox"), QStringLiteral("GitHub · octocat")));
    QCOMPARE(column(dialog, ActivityModel::SubjectColumn),
             QStringList(4, QStringLiteral("GitHub · octocat")));
    QVERIFY(choose(dialog, QStringLiteral("connectionFilterComboBox"), QStringLiteral("GitHub")));
    QCOMPARE(model(dialog)->rowCount(), 5);
    QVERIFY(choose(dialog, QStringLiteral("connectionFilterComboBox"), QStringLiteral("Google · 2")));
    QCOMPARE(column(dialog, ActivityModel::EventColumn), QStringList { QStringLiteral("Connected") });

    // Nothing matches: said so, with the way back.
    QVERIFY(choose(dialog, QStringLiteral("eventFilterComboBox"), QStringLiteral("Access grants")));
    QCOMPARE(model(dialog)->rowCount(), 0);
    QCOMPARE(labelText(dialog, QStringLiteral("activityEmptyLabel")),
             QStringLiteral("No activity matches these filters."));
    auto* showAll = dialog->findChild<QPushButton*>(QStringLiteral("showAllPushButton"));
    QVERIFY(showAll->isVisible());
    showAll->click();
    QCOMPARE(model(dialog)->rowCount(), 7);
}

void TestActivity::followsWhatThisProcessRecords()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    QVERIFY(f.settled());
    ActivityDialog* dialog = f.open();
    QCOMPARE(model(dialog)->rowCount(), 1);

    f.record(AuditEvent::ConnectionRenewed, kGithub);
    QTRY_COMPARE_WITH_TIMEOUT(model(dialog)->rowCount(), 2, 2000);
    QCOMPARE(cell(dialog, 0, ActivityModel::EventColumn), QStringLiteral("Renewed"));
}

void TestActivity::followsWhatAnotherProcessAppends()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    QVERIFY(f.settled());
    ActivityDialog* dialog = f.open();
    QCOMPARE(model(dialog)->rowCount(), 1);

    // No recorded() here: only the file changes, as when plugboard-cli writes.
    AuditLog elsewhere(f.folder.path());
    QVERIFY(elsewhere.append(
        entry(QStringLiteral("token.handed_out"), kGithub, QDateTime::currentDateTimeUtc()), f.key()));
    QTRY_COMPARE_WITH_TIMEOUT(model(dialog)->rowCount(), 2, 2000);
    QCOMPARE(cell(dialog, 0, ActivityModel::ActorColumn), QStringLiteral("Command line (bash)"));
}

void TestActivity::withNothingRecordedSaysWhatWillAppear()
{
    Fixture f;
    ActivityDialog* dialog = f.open();
    auto* empty = dialog->findChild<QLabel*>(QStringLiteral("activityEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("token handed to a program")), qPrintable(empty->text()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("showAllPushButton"))->isVisible());
    QTRY_COMPARE(labelText(dialog, QStringLiteral("verificationLabel")),
                 QStringLiteral("Checked: nothing has been recorded yet."));
}

void TestActivity::readsTheTrailOnlyWhileSomeoneCanSeeIt()
{
    Fixture f; // the window hidden, as in the tray
    f.record(AuditEvent::ConnectionMade, kGithub);
    QVERIFY(f.settled());
    QTest::qWait(ActivityFlow::kSettleMs * 3);
    QVERIFY(f.flow->entries().isEmpty());

    f.window.show();
    QTRY_COMPARE(f.flow->entries().size(), 1);
}

void TestActivity::checksTheTrailWhenItOpensNotBefore()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    f.record(AuditEvent::ConnectionChecked, kGithub);
    QVERIFY(f.settled());
    const int jobs = f.secrets.jobsRun();
    f.window.show();
    f.flow->reload(); // what startup and live updates do: no secret read
    QTest::qWait(ActivityFlow::kSettleMs * 2);
    QCOMPARE(f.flow->entries().size(), 2);
    QCOMPARE(f.secrets.jobsRun(), jobs);

    QSignalSpy verified(f.flow.get(), &ActivityFlow::verified);
    ActivityDialog* dialog = f.open();
    QVERIFY(verified.wait());
    QCOMPARE(f.secrets.jobsRun(), jobs + 1);
    QVERIFY2(labelText(dialog, QStringLiteral("verificationLabel")).startsWith(QStringLiteral("Checked: 2 ")),
             qPrintable(labelText(dialog, QStringLiteral("verificationLabel"))));
    QVERIFY(!dialog->findChild<QFrame*>(QStringLiteral("verificationBannerFrame"))->isVisible());
}

void TestActivity::anEditedEntryShowsAWarningNamingIt()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    f.record(AuditEvent::TokenHandedOut, kGithub, kBash);
    f.record(AuditEvent::ConnectionChecked, kGithub);
    QVERIFY(f.settled());
    // Someone who can write the file makes the hand-out look like this app's.
    QFile file(AuditLog(f.folder.path()).currentFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.contains("\"actor\":\"cli:/usr/bin/bash\""));
    bytes.replace("\"actor\":\"cli:/usr/bin/bash\"", "\"actor\":\"plugboard\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    QSignalSpy verified(f.flow.get(), &ActivityFlow::verified);
    ActivityDialog* dialog = f.open();
    QVERIFY(verified.wait());
    QVERIFY(dialog->findChild<QFrame*>(QStringLiteral("verificationBannerFrame"))->isVisible());
    QCOMPARE(labelText(dialog, QStringLiteral("verificationWarningTitleLabel")),
             QStringLiteral("Someone changed the activity record"));
    const QString warning = labelText(dialog, QStringLiteral("verificationWarningLabel"));
    QVERIFY2(warning.startsWith(QStringLiteral("Entry 2 (Token handed out · GitHub · octocat · ")),
             qPrintable(warning));
    QVERIFY2(
        warning.contains(QStringLiteral(") is no longer what Plugboard wrote. It is line 2 of audit.jsonl.")),
        qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("Your secrets are not affected by this by itself")),
             qPrintable(warning));
    QCOMPARE(labelText(dialog, QStringLiteral("verificationLabel")),
             QStringLiteral("Check failed at entry 2 (in bold below)."));
    QCOMPARE(model(dialog)->flaggedSequence(), qint64(2));
    const QModelIndex flagged = model(dialog)->index(1, ActivityModel::EventColumn); // newest first
    QCOMPARE(model(dialog)->entry(1).sequence, qint64(2));
    QVERIFY(model(dialog)->data(flagged, Qt::FontRole).value<QFont>().bold());
}

void TestActivity::tornLinesAndPendingEntriesAreNotes()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    QVERIFY(f.settled());
    AuditLog log(f.folder.path());
    {
        QFile file(log.currentFile());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"actor\":\"plugboard\",\"det"); // a crash mid-line
    }
    f.record(AuditEvent::ConnectionRenewed, kGithub); // closes the torn line and goes on
    QVERIFY(f.settled());
    QVERIFY(log.appendPending(
        entry(QStringLiteral("token.handed_out"), kGithub, QDateTime::currentDateTimeUtc())));

    QSignalSpy verified(f.flow.get(), &ActivityFlow::verified);
    ActivityDialog* dialog = f.open();
    QVERIFY(verified.wait());
    QVERIFY(!dialog->findChild<QFrame*>(QStringLiteral("verificationBannerFrame"))->isVisible());
    const QString text = labelText(dialog, QStringLiteral("verificationLabel"));
    QVERIFY2(text.startsWith(QStringLiteral("Checked: 2 ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("audit.jsonl line 2 was left half-written")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("wait to be signed")), qPrintable(text));
    QCOMPARE(cell(dialog, 0, ActivityModel::DetailColumn), QStringLiteral("waiting to be signed"));
}

void TestActivity::anUnreadableKeyIsSaidNotAWarning()
{
    Fixture f;
    f.record(AuditEvent::ConnectionMade, kGithub);
    QVERIFY(f.settled());
    f.secrets.setCondition(MemorySecretStore::Condition::Unavailable);

    QSignalSpy verified(f.flow.get(), &ActivityFlow::verified);
    ActivityDialog* dialog = f.open();
    QVERIFY(verified.wait());
    QVERIFY(!dialog->findChild<QFrame*>(QStringLiteral("verificationBannerFrame"))->isVisible());
    QVERIFY2(
        labelText(dialog, QStringLiteral("verificationLabel")).startsWith(QStringLiteral("Not checked: ")),
        qPrintable(labelText(dialog, QStringLiteral("verificationLabel"))));
    QCOMPARE(model(dialog)->rowCount(), 1); // the entries still show

    f.secrets.setCondition(MemorySecretStore::Condition::Available);
    auto* again = dialog->findChild<QPushButton*>(QStringLiteral("checkAgainPushButton"));
    QVERIFY(again->isEnabled());
    again->click();
    QVERIFY(verified.wait());
    QVERIFY(labelText(dialog, QStringLiteral("verificationLabel")).startsWith(QStringLiteral("Checked: 1 ")));
}

void TestActivity::cardsShowTheirConnectionsRecentActivity()
{
    Fixture f;
    Connection google;
    google.platformId = QStringLiteral("google");
    google.accountId = QStringLiteral("2");
    google.state = ConnectionState::Connected;
    QVERIFY(f.connections.upsert(google));
    f.window.showConnections(f.catalog.platforms(), f.connections.connections(), {});
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    for (int i = 0; i < 6; ++i)
        f.record(AuditEvent::ConnectionRenewed, kGithub);
    f.record(AuditEvent::TokenHandedOut, kGithub, kBash);
    f.record(AuditEvent::ConnectionChecked, kGoogle, {}, QStringLiteral("network"));
    QVERIFY(f.settled());

    // A failure in the colour the line is drawn with.
    QTRY_VERIFY(f.window.card(kGoogle)->findChild<ElidedLabel*>(QStringLiteral("recentActivityLabel")));
    const ElidedLabel* failed
        = f.window.card(kGoogle)->findChild<ElidedLabel*>(QStringLiteral("recentActivityLabel"));
    QCOMPARE(failed->fullText(), QStringLiteral("Checked — Network error"));
    QCOMPARE(failed->palette().color(failed->foregroundRole()), ProblemColor::on(f.window.palette()));

    ConnectionCard* card = f.window.card(kGithub);
    QTRY_COMPARE(card->findChildren<ElidedLabel*>(QStringLiteral("recentActivityLabel")).size(),
                 ActivityFlow::kRecentPerCard);
    const QList<ElidedLabel*> lines = card->findChildren<ElidedLabel*>(QStringLiteral("recentActivityLabel"));
    QCOMPARE(lines.first()->fullText(), QStringLiteral("Token handed out to Command line (bash)"));
    QCOMPARE(lines.first()->accessibleName(),
             QStringLiteral("Token handed out to Command line (bash), just now"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("recentActivityTimeLabel"))->text(),
             QStringLiteral("just now"));
    QCOMPARE(lines.at(1)->fullText(), QStringLiteral("Renewed"));
    QVERIFY(lines.first()->toolTip().contains(kBash));
    auto* header = card->findChild<QToolButton*>(QStringLiteral("recentActivityToolButton"));
    QVERIFY(header->isVisible());
    QVERIFY(!lines.first()->isVisible());
    header->click();
    QVERIFY(lines.first()->isVisible());

    // A rebuild of the cards keeps it open and its entries.
    const QPointer<ConnectionCard> before(card);
    f.window.showConnections(f.catalog.platforms(), f.connections.connections(), {});
    QVERIFY(!before); // (the new card may sit at the same address)
    ConnectionCard* rebuilt = f.window.card(kGithub);
    QVERIFY(rebuilt->showsRecentActivity());
    QCOMPARE(rebuilt->findChildren<ElidedLabel*>(QStringLiteral("recentActivityLabel")).size(),
             ActivityFlow::kRecentPerCard);

    // "All activity…": the view for this connection alone.
    rebuilt->findChild<QToolButton*>(QStringLiteral("allActivityToolButton"))->click();
    ActivityDialog* dialog = f.flow->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(
        dialog->findChild<QComboBox*>(QStringLiteral("connectionFilterComboBox"))->currentData().toString(),
        kGithub);
    QCOMPARE(model(dialog)->rowCount(), 7);
}

void TestActivity::theWindowOpensItFromTheViewMenuAndTheFilterRow()
{
    Fixture f;
    f.window.setPlatforms(f.catalog.platforms());
    auto* button = f.window.findChild<QToolButton*>(QStringLiteral("activityToolButton"));
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), f.window.activityAction());
    QVERIFY(!button->accessibleName().isEmpty());
    f.window.activityAction()->trigger();
    QVERIFY(f.flow->dialog() && f.flow->dialog()->isVisible());
    QCOMPARE(f.flow->dialog()->windowTitle(), QStringLiteral("Activity"));
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"

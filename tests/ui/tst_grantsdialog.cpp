// View ▸ App access: a row per grant with its connection and use, Revoke
// for the selected row, and a page that explains how apps get access when
// none has.
#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/grantsdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Plugboard;

namespace {

const QString kCalendar = QStringLiteral("/usr/bin/gnome-calendar");
const QString kFlatpak = QStringLiteral("flatpak:org.example.Notes");

AppGrant grant(const QString& app, qint64 uses, int minutesAgo)
{
    AppGrant made;
    made.app = app;
    made.granted = QDateTime::currentDateTimeUtc().addDays(-3);
    made.uses = uses;
    if (uses > 0)
        made.lastUsed = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return made;
}

QList<GrantEntry> twoGrants()
{
    return { { QStringLiteral("github/1"), QStringLiteral("GitHub · octocat"), grant(kCalendar, 12, 3) },
             { QStringLiteral("google/2"), QStringLiteral("Google · alex@example.com"),
               grant(kFlatpak, 0, 0) } };
}

QTableWidget* table(const GrantsDialog& dialog)
{
    return dialog.findChild<QTableWidget*>(QStringLiteral("grantsTableWidget"));
}

QPushButton* revokeButton(const GrantsDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("revokePushButton"));
}

} // namespace

class TestGrantsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsARowPerGrant();
    void revokeNamesTheSelectedRowsConnectionAndApp();
    void keepsTheSelectionWhenTheGrantsChange();
    void withoutGrantsExplainsHowAppsGetAccess();
    void entriesNameTheConnectionWithItsPlatform();
};

void TestGrantsDialog::showsARowPerGrant()
{
    GrantsDialog dialog;
    dialog.setGrants(twoGrants());
    dialog.show();
    QTableWidget* rows = table(dialog);
    QVERIFY(rows->isVisible());
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->item(0, GrantsDialog::ApplicationColumn)->text(), QStringLiteral("gnome-calendar"));
    QCOMPARE(rows->item(0, GrantsDialog::ApplicationColumn)->toolTip(), kCalendar);
    QCOMPARE(rows->item(0, GrantsDialog::ConnectionColumn)->text(), QStringLiteral("GitHub · octocat"));
    QVERIFY(!rows->item(0, GrantsDialog::GrantedColumn)->text().isEmpty());
    QCOMPARE(rows->item(0, GrantsDialog::LastUsedColumn)->text(), QStringLiteral("3 min ago"));
    QCOMPARE(rows->item(0, GrantsDialog::UsesColumn)->text(), QStringLiteral("12"));
    QCOMPARE(rows->item(1, GrantsDialog::ApplicationColumn)->text(), QStringLiteral("org.example.Notes"));
    QCOMPARE(rows->item(1, GrantsDialog::ApplicationColumn)->toolTip(), kFlatpak);
    QCOMPARE(rows->item(1, GrantsDialog::LastUsedColumn)->text(), QStringLiteral("not yet"));
    QCOMPARE(rows->item(1, GrantsDialog::UsesColumn)->text(), QStringLiteral("0"));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("grantsEmptyLabel"))->isVisible());
}

void TestGrantsDialog::revokeNamesTheSelectedRowsConnectionAndApp()
{
    GrantsDialog dialog;
    dialog.setGrants(twoGrants());
    dialog.show();
    QSignalSpy revoked(&dialog, &GrantsDialog::revokeRequested);
    QVERIFY(!revokeButton(dialog)->isEnabled()); // nothing chosen, nothing to revoke
    table(dialog)->selectRow(1);
    QVERIFY(revokeButton(dialog)->isEnabled());
    QTest::mouseClick(revokeButton(dialog), Qt::LeftButton);
    QCOMPARE(revoked.count(), 1);
    QCOMPARE(revoked.at(0).at(0).toString(), QStringLiteral("google/2"));
    QCOMPARE(revoked.at(0).at(1).toString(), kFlatpak);
}

// Revoking one row, or a hand-out counted meanwhile, updates the list: the
// row the person chose stays chosen.
void TestGrantsDialog::keepsTheSelectionWhenTheGrantsChange()
{
    GrantsDialog dialog;
    QList<GrantEntry> grants = twoGrants();
    dialog.setGrants(grants);
    table(dialog)->selectRow(1);
    grants.removeFirst();
    dialog.setGrants(grants);
    QCOMPARE(table(dialog)->rowCount(), 1);
    QVERIFY(revokeButton(dialog)->isEnabled());
    QSignalSpy revoked(&dialog, &GrantsDialog::revokeRequested);
    revokeButton(dialog)->click();
    QCOMPARE(revoked.count(), 1);
    QCOMPARE(revoked.at(0).at(1).toString(), kFlatpak);
}

void TestGrantsDialog::withoutGrantsExplainsHowAppsGetAccess()
{
    GrantsDialog dialog;
    dialog.setGrants(twoGrants());
    dialog.setGrants({});
    dialog.show();
    auto* empty = dialog.findChild<QLabel*>(QStringLiteral("grantsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(!table(dialog)->isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("grantsEmptyTitleLabel"))
                ->text()
                .contains(QStringLiteral("No app has access")));
    QVERIFY2(empty->text().contains(QStringLiteral("D-Bus")), qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(QStringLiteral("always allow")), qPrintable(empty->text()));
}

void TestGrantsDialog::entriesNameTheConnectionWithItsPlatform()
{
    PlatformRecord github;
    github.id = QStringLiteral("github");
    github.name = QStringLiteral("GitHub");
    Connection connection;
    connection.platformId = QStringLiteral("github");
    connection.accountId = QStringLiteral("1");
    connection.accountName = QStringLiteral("octocat");
    connection.grants = { grant(kFlatpak, 1, 1), grant(kCalendar, 2, 2) };
    Connection without = connection;
    without.accountId = QStringLiteral("2");
    without.grants.clear();
    const QList<GrantEntry> entries = GrantPresentation::entries({ github }, { connection, without });
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).connectionId, QStringLiteral("github/1"));
    QCOMPARE(entries.at(0).connectionName, QStringLiteral("GitHub · octocat"));
    // By application name within a connection: gnome-calendar before org.example.Notes.
    QCOMPARE(entries.at(0).grant.app, kCalendar);
    QCOMPARE(entries.at(1).grant.app, kFlatpak);
}

QTEST_MAIN(TestGrantsDialog)
#include "tst_grantsdialog.moc"

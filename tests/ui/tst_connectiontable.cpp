// The list view is a real list: one line per connection or platform, columns
// that sort by clicking their header, the board's filter, and the cards'
// actions from a right click or Enter.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connection.h"
#include "tests/support/sampleconnection.h"
#include "ui/connectiontable.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

Connection account(const QString& platform, const QString& name, ConnectionState state, int expiresInSeconds)
{
    return Test::sampleConnection(platform, name, state, std::chrono::seconds(expiresInSeconds));
}

QStringList column(const QTreeWidget* table, int index)
{
    QStringList values;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        values.append(table->topLevelItem(i)->text(index));
    return values;
}

} // namespace

class TestConnectionTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOneLinePerCardAndSortsByHeader();
};

void TestConnectionTable::listsOneLinePerCardAndSortsByHeader()
{
    ApplicationInfo::applyToApplication();
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    MainWindow window;
    window.showConnections(
        catalog.platforms(),
        { account(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionState::Connected, 3000),
          account(QStringLiteral("spotify"), QStringLiteral("alexmusic"), ConnectionState::NeedsReconnect,
                  60),
          account(QStringLiteral("google"), QStringLiteral("alex"), ConnectionState::Connected, 600) },
        {});
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("listViewAction"))->trigger();
    auto* table = window.findChild<ConnectionTable*>(QStringLiteral("connectionTableTreeWidget"));
    QVERIFY(table && table->isVisible());
    QTRY_COMPARE(table->topLevelItemCount(),
                 catalog.platforms().size() + 3 - 3); // three platforms stand as accounts
    // The board's order until a header is clicked: what needs attention first.
    QCOMPARE(table->topLevelItem(0)->text(ConnectionTable::AccountColumn), QStringLiteral("alexmusic"));

    // A click on a header sorts by that column.
    const QRect account(table->header()->sectionViewportPosition(ConnectionTable::AccountColumn), 0,
                        table->header()->sectionSize(ConnectionTable::AccountColumn),
                        table->header()->height());
    QTest::mouseClick(table->header()->viewport(), Qt::LeftButton, {}, account.center());
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->sortColumn(), int(ConnectionTable::AccountColumn));
    table->sortItems(ConnectionTable::ExpiresColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(table, ConnectionTable::AccountColumn).mid(0, 3),
        (QStringList { QStringLiteral("alexmusic"), QStringLiteral("alex"), QStringLiteral("octocat") }));
    table->sortItems(ConnectionTable::PlatformColumn, Qt::AscendingOrder);
    QCOMPARE(table->topLevelItem(0)->text(ConnectionTable::PlatformColumn), QStringLiteral("Atlassian"));

    // The filter narrows the list too.
    window.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"))->setText(QStringLiteral("octo"));
    QTRY_COMPARE(table->topLevelItemCount(), 1);

    // Enter does what moves the line forward, through its card.
    QSignalSpy actions(&window, &MainWindow::cardActionRequested);
    window.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"))->setText(QStringLiteral("alexmusic"));
    QTRY_COMPARE(table->topLevelItemCount(), 1);
    Q_EMIT table->itemActivated(table->topLevelItem(0), 0);
    QCOMPARE(actions.count(), 1);
    QCOMPARE(actions.first().at(0).toString(), QStringLiteral("spotify/alexmusic"));
    QCOMPARE(actions.first().at(1).value<ConnectionCard::Action>(), ConnectionCard::Action::Reconnect);
    window.findChild<QAction*>(QStringLiteral("gridViewAction"))->trigger();
}

QTEST_MAIN(TestConnectionTable)
#include "tst_connectiontable.moc"

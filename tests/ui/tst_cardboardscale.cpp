// The board with hundreds and thousands of accounts: every card must stay
// reachable by scrolling and be painted where it sits. Qt widgets cannot be
// taller than 32,767 pixels on X11, so a board that lays every card out in
// one tall widget went blank from some 260 accounts on.
#include "core/applicationinfo.h"
#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"
#include "ui/cardboard.h"
#include "ui/cardgrid.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QScrollBar>
#include <QSet>
#include <QTest>

using namespace Plugboard;

namespace {

/// Taller than this, a widget is cut off by the window system (X11 sizes are 16-bit signed).
constexpr int kTallestWidget = 32767;

QList<Connection> accounts(int count)
{
    QList<Connection> connections;
    for (int i = 0; i < count; ++i) {
        Connection connection;
        connection.platformId = QStringLiteral("github");
        connection.accountId = QStringLiteral("person%1").arg(i, 4, 10, QLatin1Char('0'));
        connection.accountName = connection.accountId;
        connection.state = ConnectionState::Connected;
        connection.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600 + i * 60);
        connections.append(connection);
    }
    return connections;
}

/// How many colours the viewport shows where the card is: a painted card
/// has a frame, text and a badge; a blank board shows one background colour.
int coloursUnder(ConnectionCard* card, QWidget* viewport)
{
    const QRect at(card->mapTo(viewport, QPoint(0, 0)), card->size());
    const QRect seen = at.intersected(viewport->rect());
    const QImage image = viewport->grab(seen).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestCardBoardScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ApplicationInfo::applyToApplication(); }
    void everyCardIsReachableAndPainted_data();
    void everyCardIsReachableAndPainted();
};

void TestCardBoardScale::everyCardIsReachableAndPainted_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    QTest::newRow("600 accounts, one column") << 600 << QSize(800, 600);
    QTest::newRow("600 accounts, several columns") << 600 << QSize(1920, 1080);
    QTest::newRow("2000 accounts") << 2000 << QSize(1024, 768);
}

void TestCardBoardScale::everyCardIsReachableAndPainted()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    PlatformRecord github;
    github.id = QStringLiteral("github");
    github.name = QStringLiteral("GitHub");
    MainWindow window;
    window.resize(size);
    window.showConnections({ github }, accounts(count), { QStringLiteral("github") });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.cardGrid()->shownCards().size(), count); // the later cards come after the first frame

    auto* scrollArea = window.findChild<QAbstractScrollArea*>(QStringLiteral("cardScrollArea"));
    QVERIFY(scrollArea);
    QWidget* viewport = scrollArea->viewport();
    const QList<ConnectionCard*> shown = window.cardGrid()->shownCards();
    for (ConnectionCard* card : { shown.constFirst(), shown.at(shown.size() / 2), shown.constLast() }) {
        window.board()->reveal(card->cardId());
        QTRY_VERIFY2(!card->visibleRegion().isEmpty(), qPrintable(card->cardId()));
        QVERIFY(card->isVisible());
        QVERIFY(!card->geometry().isEmpty());
        QVERIFY(viewport->rect().contains(QRect(card->mapTo(viewport, QPoint(0, 0)), card->size())));
        QVERIFY2(coloursUnder(card, viewport) > 3, qPrintable(card->cardId()));
        for (QWidget* each = card; each != viewport; each = each->parentWidget())
            QVERIFY2(each->height() <= kTallestWidget, each->metaObject()->className());
    }
    // The scroll bar reaches the end of the board.
    scrollArea->verticalScrollBar()->setValue(scrollArea->verticalScrollBar()->maximum());
    QTRY_VERIFY(!shown.constLast()->visibleRegion().isEmpty());
}

QTEST_MAIN(TestCardBoardScale)
#include "tst_cardboardscale.moc"

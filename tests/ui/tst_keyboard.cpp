// Every dialog and the window work by keyboard: Tab visits every control in
// reading order, each stop is a visible control, and a dialog starts where
// there is something to type.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/oauth/redirecturi.h"
#include "core/storage/connection.h"
#include "ui/credentialdialog.h"
#include "ui/customproviderdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace Plugboard;

namespace {

constexpr int kSameLine = 8;

bool isTabStop(const QWidget* widget, const QWidget* root)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(root) && widget->isEnabled()
        && !widget->focusProxy();
}

QString name(const QWidget* widget)
{
    return widget ? (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                    : widget->objectName())
                  : QStringLiteral("(none)");
}

/// Walks one round of Tab from the current focus and checks it against the
/// layout as it was before the walk (scrolling moves widgets meanwhile).
void checkTabRound(QWidget* root)
{
    QHash<QWidget*, QPoint> place;
    QSet<QWidget*> stops;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (isTabStop(widget, root)) {
            stops.insert(widget);
            place.insert(widget, widget->mapTo(root, QPoint(0, 0)));
        }
    }
    QVERIFY2(!stops.isEmpty(), "nothing takes the keyboard");
    QWidget* start = QApplication::focusWidget();
    QVERIFY2(start && stops.contains(start), qPrintable(QStringLiteral("starts on %1").arg(name(start))));

    QList<QWidget*> visited { start };
    for (int i = 0; i < 2 * stops.size() + 2; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY2(now && stops.contains(now), qPrintable(QStringLiteral("Tab went to %1").arg(name(now))));
        QVERIFY2(!now->rect().isEmpty() && now->isVisible(), qPrintable(name(now)));
        if (now == start)
            break;
        visited.append(now);
    }
    QStringList missed;
    for (QWidget* stop : std::as_const(stops)) {
        if (!visited.contains(stop))
            missed.append(name(stop));
    }
    QVERIFY2(missed.isEmpty(),
             qPrintable(QStringLiteral("never reached: ") + missed.join(QStringLiteral(", "))));

    // Reading order: downwards (or rightwards on one line), with one jump
    // back to the top where the round wraps.
    int jumpsBack = 0;
    QStringList order;
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QPoint before = place.value(visited.at(i - 1));
        const QPoint after = place.value(visited.at(i));
        const bool back = after.y() < before.y() - kSameLine
            || (std::abs(after.y() - before.y()) < kSameLine && after.x() < before.x());
        jumpsBack += back ? 1 : 0;
        order.append(name(visited.at(i)));
    }
    QVERIFY2(jumpsBack <= 1,
             qPrintable(QStringLiteral("out of reading order: ") + order.join(QStringLiteral(" → "))));
}

void activate(QWidget* window)
{
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ApplicationInfo::applyToApplication(); }
    void credentialDialogStartsAtTheFirstFieldAndTabsInOrder_data();
    void credentialDialogStartsAtTheFirstFieldAndTabsInOrder();
    void customProviderDialogTabsInOrder();
    void windowTabsThroughTheCardsInOrder();
};

void TestKeyboard::credentialDialogStartsAtTheFirstFieldAndTabsInOrder_data()
{
    QTest::addColumn<QString>("platform");
    for (const QString& id :
         { QStringLiteral("github"), QStringLiteral("google"), QStringLiteral("microsoft") })
        QTest::newRow(qPrintable(id)) << id;
}

void TestKeyboard::credentialDialogStartsAtTheFirstFieldAndTabsInOrder()
{
    QFETCH(QString, platform);
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(platform);
    QVERIFY(record);
    CredentialDialog dialog;
    dialog.setPlatform(record.value(), RedirectUri::forRegistration(record.value().redirect));
    activate(&dialog);
    QCOMPARE(name(QApplication::focusWidget()), QStringLiteral("clientIdLineEdit"));
    checkTabRound(&dialog);
}

void TestKeyboard::customProviderDialogTabsInOrder()
{
    CustomProviderDialog dialog;
    activate(&dialog);
    if (!QApplication::focusWidget() || !dialog.isAncestorOf(QApplication::focusWidget()))
        QTest::keyClick(&dialog, Qt::Key_Tab);
    checkTabRound(&dialog);
}

void TestKeyboard::windowTabsThroughTheCardsInOrder()
{
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    MainWindow window;
    Connection connected;
    connected.platformId = QStringLiteral("github");
    connected.accountId = QStringLiteral("1");
    connected.accountName = QStringLiteral("octocat");
    connected.state = ConnectionState::Connected;
    window.showConnections(catalog.platforms(), { connected }, { QStringLiteral("gitlab") });
    window.resize(1280, 800);
    activate(&window);
    QTest::qWait(50); // the rest of the cards, then the Tab order
    if (!QApplication::focusWidget())
        QTest::keyClick(&window, Qt::Key_Tab);
    checkTabRound(&window);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"

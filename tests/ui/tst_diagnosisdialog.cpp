// Help ▸ Diagnose problems…: the dialog's states, Copy and Close, and the
// real flow from the window's menu running the checks in the background.
#include "app/gui/diagnoseflow.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "ui/diagnosisdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Plugboard;

class TestDiagnosisDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsRunningThenTheReport();
    void copyPutsThePlainReportOnTheClipboard();
    void closeButtonCloses();
    void helpMenuRunsTheChecksInTheBackground();
};

void TestDiagnosisDialog::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestDiagnosisDialog::showsRunningThenTheReport()
{
    DiagnosisDialog dialog;
    auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyPushButton"));
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    QVERIFY(dialog.report().isEmpty());
    dialog.showReport(QStringLiteral("FAILED   Clock: off\n         Next step: fix it"), true);
    QVERIFY(copy->isEnabled());
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportPlainTextEdit"))->toPlainText(),
             QStringLiteral("FAILED   Clock: off\n         Next step: fix it"));
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("failed")));
    dialog.showRunning();
    QVERIFY(!copy->isEnabled());
}

void TestDiagnosisDialog::copyPutsThePlainReportOnTheClipboard()
{
    DiagnosisDialog dialog;
    const QString report = QStringLiteral("ok       Versions: Qt 6\nNo problems found.");
    dialog.showReport(report, false);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyPushButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), report);
}

void TestDiagnosisDialog::closeButtonCloses()
{
    DiagnosisDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("closePushButton")), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestDiagnosisDialog::helpMenuRunsTheChecksInTheBackground()
{
    PlatformCatalog catalog;
    catalog.loadAll();
    MainWindow window;
    DiagnoseFlow flow(&catalog, &window);
    QSignalSpy reported(&flow, &DiagnoseFlow::reported);
    int ticks = 0; // the window's event loop turning while the checks run
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(1);

    auto* action = window.findChild<QAction*>(QStringLiteral("diagnoseAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(flow.dialog());
    QVERIFY(flow.dialog()->isVisible());
    auto* copy = flow.dialog()->findChild<QPushButton*>(QStringLiteral("copyPushButton"));
    QVERIFY(!copy->isEnabled()); // running: trigger() returned before any check answered
    QVERIFY(reported.wait(30'000));
    QVERIFY(ticks > 0);
    for (const char* title : { "Loopback listener", "Secret backend", "Browser", "Network proxy", "Clock",
                               "File permissions", "D-Bus service", "Versions" })
        QVERIFY2(flow.dialog()->report().contains(QLatin1String(title) + QLatin1Char(':')), title);
    QVERIFY(flow.dialog()->report().contains(QStringLiteral("diagnose --online"))); // the clock is skipped
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), flow.dialog()->report());
}

QTEST_MAIN(TestDiagnosisDialog)
#include "tst_diagnosisdialog.moc"

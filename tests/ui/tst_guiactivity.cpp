// The Activity view in the real DesktopApplication, with the private
// keyring, the fake provider and plugboard-cli as a second process: what
// the window does (Check now, Disconnect) appears as this app's, what the
// command line does as the command line's, the latter while the view is
// open; the trail checks out against the key in the keyring; and the card
// lists its connection's latest entries.
#include "app/gui/activityflow.h"
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/audit/auditlog.h"
#include "tests/cli/clisteps.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/moremenu.h"
#include "tests/support/privatekeyring.h"
#include "ui/activitydialog.h"
#include "ui/activitymodel.h"
#include "ui/confirmation.h"
#include "ui/connectioncard.h"
#include "ui/elidedlabel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kId = QStringLiteral("fake/user-42");

ActivityModel* model(ActivityDialog* dialog)
{
    return qobject_cast<ActivityModel*>(
        dialog->findChild<QTableView*>(QStringLiteral("activityTableView"))->model());
}

/// The row of the newest entry titled `what`, or -1.
int rowOf(ActivityDialog* dialog, const QString& what)
{
    ActivityModel* rows = model(dialog);
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->data(rows->index(row, ActivityModel::EventColumn)).toString() == what)
            return row;
    }
    return -1;
}

QString cell(ActivityDialog* dialog, int row, int column, int role = Qt::DisplayRole)
{
    return model(dialog)->data(model(dialog)->index(row, column), role).toString();
}

QString timesOf(ConnectionCard* card)
{
    return card ? card->findChild<QLabel*>(QStringLiteral("timesLabel"))->text() : QString();
}

} // namespace

class TestGuiActivity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void whatTheWindowDoesIsThisAppsAndTheCommandLinesShowsLive();
    void aDisconnectFromTheWindowIsRecordedAsThisApps();

private:
    std::unique_ptr<FakeOAuthProvider> m_provider;
};

void TestGuiActivity::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestGuiActivity::init()
{
    QDir(AuditLog::defaultFolder()).removeRecursively(); // a trail whose key another test forgot
    m_provider = std::make_unique<FakeOAuthProvider>();
    QCOMPARE(CliSteps::addProvider(QStringLiteral("fake"), *m_provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(QStringLiteral("fake"), *m_provider).exitCode, 0);
    const CliProcess connect = CliSteps::connect(QStringLiteral("fake"));
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
}

void TestGuiActivity::cleanup()
{
    CliSteps::forgetEverything();
    QDir(AuditLog::defaultFolder()).removeRecursively();
    m_provider.reset();
}

void TestGuiActivity::whatTheWindowDoesIsThisAppsAndTheCommandLinesShowsLive()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(window->card(kId));
    QVERIFY(Test::MoreMenu::choose(window->card(kId), QStringLiteral("checkNowAction")));
    QTRY_VERIFY_WITH_TIMEOUT(timesOf(window->card(kId)).contains(QStringLiteral("checked")), 10000);

    // The card's recent activity: the check, then the sign-in by the command line.
    QTRY_VERIFY_WITH_TIMEOUT(
        !window->card(kId)->findChildren<ElidedLabel*>(QStringLiteral("recentActivityLabel")).isEmpty()
            && window->card(kId)
                    ->findChildren<ElidedLabel*>(QStringLiteral("recentActivityLabel"))
                    .first()
                    ->fullText()
                == QStringLiteral("Checked"),
        5000);

    window->activityAction()->trigger();
    ActivityDialog* dialog = desktop.activity()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("verificationLabel"))
                                 ->text()
                                 .startsWith(QStringLiteral("Checked: ")),
                             10000);
    const int checked = rowOf(dialog, QStringLiteral("Checked"));
    QVERIFY(checked >= 0);
    QCOMPARE(cell(dialog, checked, ActivityModel::ActorColumn), QStringLiteral("This app"));
    QCOMPARE(cell(dialog, checked, ActivityModel::ActorColumn, Qt::ToolTipRole), QStringLiteral("plugboard"));
    QCOMPARE(cell(dialog, checked, ActivityModel::OutcomeColumn), QStringLiteral("OK"));
    const int connected = rowOf(dialog, QStringLiteral("Connected"));
    QVERIFY(connected > checked);
    QVERIFY2(cell(dialog, connected, ActivityModel::ActorColumn).startsWith(QStringLiteral("Command line (")),
             qPrintable(cell(dialog, connected, ActivityModel::ActorColumn)));

    // The command line takes a token while the view is open.
    QCOMPARE(rowOf(dialog, QStringLiteral("Token handed out")), -1);
    const CliProcess token = CliSteps::run({ QStringLiteral("token"), QStringLiteral("fake") });
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(dialog, QStringLiteral("Token handed out")), 0, 3000);
    QVERIFY(cell(dialog, 0, ActivityModel::ActorColumn, Qt::ToolTipRole).startsWith(QStringLiteral("cli:")));
}

void TestGuiActivity::aDisconnectFromTheWindowIsRecordedAsThisApps()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(window->card(kId));
    Confirmation::setNextAnswer(true);
    window->card(kId)->requestAction(ConnectionCard::Action::Disconnect);
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(kId), 10000);

    window->activityAction()->trigger();
    ActivityDialog* dialog = desktop.activity()->dialog();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(dialog, QStringLiteral("Disconnected")) == 0, 5000);
    QCOMPARE(cell(dialog, 0, ActivityModel::ActorColumn), QStringLiteral("This app"));
    QCOMPARE(cell(dialog, 0, ActivityModel::DetailColumn), QStringLiteral("revoked at the platform"));
    // Gone from the window, still named in the record.
    QCOMPARE(cell(dialog, 0, ActivityModel::SubjectColumn, Qt::ToolTipRole), kId);
}

QTEST_MAIN(TestGuiActivity)
#include "tst_guiactivity.moc"

// The consent prompt an application's D-Bus request raises: each answer
// leaves exactly once, refusing is what every way out but the two Allow
// buttons means, and the texts say who asks for what.
#include "core/access/callerapplication.h"
#include "ui/consentdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;
using Answer = ConsentDialog::Answer;

namespace {

/// Everything the dialog says, for "does it name X" checks.
QString allText(const QDialog& dialog)
{
    QStringList texts { dialog.windowTitle() };
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&dialog))
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

void fillIn(ConsentDialog& dialog)
{
    dialog.setApplication(QStringLiteral("python3 running tool.py"),
                          QStringLiteral("/home/alex/bin/tool.py"));
    dialog.setConnection(QStringLiteral("GitHub"), QStringLiteral("octocat"));
    dialog.setScopes({ QStringLiteral("repo"), QStringLiteral("read:user") },
                     { { QStringLiteral("repo"), QStringLiteral("Full control of private repositories") } });
}

QPushButton* button(const ConsentDialog& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QLatin1String(name));
}

} // namespace

class TestConsentDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachButtonAnswersExactlyOnce_data();
    void eachButtonAnswersExactlyOnce();
    void escapeDenies();
    void enterDenies();
    void closingTheWindowDenies();
    void dismissClosesWithoutAnAnswer();
    void namesTheAppTheExecutableTheAccountAndEachScope();
    void saysWhatIsGrantedAndWhereToRevokeIt();
    void signInRequestNamesOnlyThePlatform();
    void callerIsShownWithWhatTellsItApart_data();
    void callerIsShownWithWhatTellsItApart();
    void countdownCountsDownWithoutAnswering();
    void noDeadlineNoCountdown();
    void everyControlHasAnAccessibleName();
};

void TestConsentDialog::eachButtonAnswersExactlyOnce_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Answer>("expected");
    QTest::newRow("allow once") << QStringLiteral("allowOncePushButton") << Answer::AllowOnce;
    QTest::newRow("always allow") << QStringLiteral("alwaysAllowPushButton") << Answer::AlwaysAllow;
    QTest::newRow("deny") << QStringLiteral("denyPushButton") << Answer::Deny;
}

void TestConsentDialog::eachButtonAnswersExactlyOnce()
{
    QFETCH(QString, name);
    QFETCH(Answer, expected);
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy answered(&dialog, &ConsentDialog::answered);
    QTest::mouseClick(dialog.findChild<QPushButton*>(name), Qt::LeftButton);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), expected);
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.isAnswered());
    // Whatever happens next, the answer stands.
    button(dialog, "allowOncePushButton")->click();
    button(dialog, "denyPushButton")->click();
    dialog.show();
    dialog.close();
    QCOMPARE(answered.count(), 1);
}

void TestConsentDialog::escapeDenies()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy answered(&dialog, &ConsentDialog::answered);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), Answer::Deny);
    QVERIFY(!dialog.isVisible());
}

// Saying yes takes a deliberate choice: Enter refuses, and Deny has the focus.
void TestConsentDialog::enterDenies()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(button(dialog, "denyPushButton")->isDefault());
    QCOMPARE(QApplication::focusWidget(), button(dialog, "denyPushButton"));
    QSignalSpy answered(&dialog, &ConsentDialog::answered);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), Answer::Deny);
}

void TestConsentDialog::closingTheWindowDenies()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy answered(&dialog, &ConsentDialog::answered);
    QVERIFY(dialog.close());
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Answer>(), Answer::Deny);
}

// The owner refused (the minute passed) or the caller went away: the
// question goes, and no answer pretends the person gave one.
void TestConsentDialog::dismissClosesWithoutAnAnswer()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy answered(&dialog, &ConsentDialog::answered);
    dialog.dismiss();
    QVERIFY(!dialog.isVisible());
    dialog.close();
    button(dialog, "alwaysAllowPushButton")->click();
    QCOMPARE(answered.count(), 0);
}

void TestConsentDialog::namesTheAppTheExecutableTheAccountAndEachScope()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    const QString text = allText(dialog);
    for (const QString& expected :
         { QStringLiteral("python3 running tool.py"), QStringLiteral("/home/alex/bin/tool.py"),
           QStringLiteral("GitHub"), QStringLiteral("octocat"), QStringLiteral("repo"),
           QStringLiteral("Full control of private repositories"), QStringLiteral("read:user") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    // The path is there to be compared and copied.
    auto* detail = dialog.findChild<QLabel*>(QStringLiteral("appDetailLabel"));
    QVERIFY(detail->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
}

void TestConsentDialog::saysWhatIsGrantedAndWhereToRevokeIt()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    const QString text = allText(dialog);
    for (const QString& expected :
         { QStringLiteral("access tokens"), QStringLiteral("never gets the refresh token"),
           QStringLiteral("card"), QStringLiteral("View ▸ App access") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
}

void TestConsentDialog::signInRequestNamesOnlyThePlatform()
{
    ConsentDialog dialog;
    dialog.setApplication(QStringLiteral("gnome-builder"), QStringLiteral("/usr/bin/gnome-builder"));
    dialog.setConnection(QStringLiteral("GitLab"), QString());
    dialog.setScopes({ QStringLiteral("read_api") });
    dialog.show();
    const QString headline = dialog.findChild<QLabel*>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(headline.contains(QStringLiteral("gnome-builder")), qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral("sign in to GitLab")), qPrintable(headline));
    QVERIFY2(!headline.contains(QStringLiteral("account")), qPrintable(headline));
    QVERIFY(allText(dialog).contains(QStringLiteral("read_api")));
}

void TestConsentDialog::callerIsShownWithWhatTellsItApart_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("executable") << int(CallerApplication::Kind::Executable)
                                << QStringLiteral("/usr/bin/gnome-calendar")
                                << QStringLiteral("/usr/bin/gnome-calendar")
                                << QStringLiteral("gnome-calendar")
                                << QStringList { QStringLiteral("gnome-calendar"),
                                                 QStringLiteral("/usr/bin/gnome-calendar") };
    QTest::newRow("script") << int(CallerApplication::Kind::Script) << QStringLiteral("/home/alex/tool.py")
                            << QStringLiteral("/usr/bin/python3.12")
                            << QStringLiteral("python3 running tool.py")
                            << QStringList { QStringLiteral("python3 running tool.py"),
                                             QStringLiteral("/home/alex/tool.py"),
                                             QStringLiteral("/usr/bin/python3.12") };
    QTest::newRow("flatpak") << int(CallerApplication::Kind::Flatpak)
                             << QStringLiteral("flatpak:org.example.App")
                             << QStringLiteral("/app/bin/example")
                             << QStringLiteral("org.example.App (Flatpak)")
                             << QStringList { QStringLiteral("org.example.App (Flatpak)"),
                                              QStringLiteral("Flatpak app org.example.App") };
}

void TestConsentDialog::callerIsShownWithWhatTellsItApart()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, executable);
    QFETCH(QString, name);
    QFETCH(QStringList, shown);
    CallerApplication caller;
    caller.kind = CallerApplication::Kind(kind);
    caller.id = id;
    caller.executable = executable;
    caller.name = name;
    ConsentDialog dialog;
    dialog.setApplication(caller);
    dialog.setConnection(QStringLiteral("GitHub"), QStringLiteral("octocat"));
    dialog.show();
    const QString text = allText(dialog);
    for (const QString& expected : shown)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
}

void TestConsentDialog::countdownCountsDownWithoutAnswering()
{
    ConsentDialog dialog;
    fillIn(dialog);
    QSignalSpy answered(&dialog, &ConsentDialog::answered);
    dialog.setDeadline(QDateTime::currentDateTimeUtc().addMSecs(2500));
    dialog.show();
    auto* countdown = dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"));
    QVERIFY(countdown->isVisible());
    const QString first = countdown->text();
    QVERIFY2(first.contains(QStringLiteral("Refused automatically in 3 s")), qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != first, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text().contains(QStringLiteral(" 0 s")), 4000);
    // Refusing when the time is up is the owner's decision, not the dialog's.
    QTest::qWait(300);
    QCOMPARE(answered.count(), 0);
    QVERIFY(dialog.isVisible());
}

void TestConsentDialog::noDeadlineNoCountdown()
{
    ConsentDialog dialog;
    fillIn(dialog);
    dialog.show();
    auto* countdown = dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"));
    QVERIFY(!countdown->isVisible());
    dialog.setDeadline(QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(countdown->isVisible());
    dialog.setDeadline(QDateTime());
    QVERIFY(!countdown->isVisible());
}

void TestConsentDialog::everyControlHasAnAccessibleName()
{
    ConsentDialog dialog;
    fillIn(dialog);
    const QList<QAbstractButton*> buttons = dialog.findChildren<QAbstractButton*>();
    QCOMPARE(buttons.size(), 3);
    for (const QAbstractButton* each : buttons)
        QVERIFY2(!each->accessibleName().isEmpty(), qPrintable(each->objectName()));
}

QTEST_MAIN(TestConsentDialog)
#include "tst_consentdialog.moc"

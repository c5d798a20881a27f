// The vault's passphrase dialog: Unlock only with something typed; a new
// passphrase only when long enough and typed the same twice; the fields are
// masked; a problem line when the owner says the passphrase was wrong.
#include "ui/passphrasedialog.h"
#include "ui/secretlineedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Plugboard;

class TestPassphraseDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlockNeedsSomethingTyped();
    void chooseNeedsTwoMatchingLongEnough();
    void showsTheOwnersProblem();
};

namespace {

QLineEdit* field(const QDialog& dialog, const char* name)
{
    return dialog.findChild<SecretLineEdit*>(QLatin1String(name))->lineEdit();
}

QPushButton* acceptButton(const QDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("acceptPushButton"));
}

} // namespace

void TestPassphraseDialog::unlockNeedsSomethingTyped()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Unlock,
                            QStringLiteral("/home/u/.local/share/vault.pbv"));
    dialog.show();
    QVERIFY(!dialog.findChild<SecretLineEdit*>(QStringLiteral("repeatEdit")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("introLabel"))
                ->text()
                .contains(QStringLiteral("vault.pbv")));
    QCOMPARE(field(dialog, "passphraseEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!acceptButton(dialog)->isEnabled());
    QTest::keyClicks(field(dialog, "passphraseEdit"), QStringLiteral("correct horse"));
    QVERIFY(acceptButton(dialog)->isEnabled());
    QCOMPARE(dialog.passphrase(), QByteArray("correct horse"));
    QTest::keyClick(field(dialog, "passphraseEdit"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestPassphraseDialog::chooseNeedsTwoMatchingLongEnough()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Choose, QStringLiteral("vault.pbv"));
    dialog.show();
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    QTest::keyClicks(field(dialog, "passphraseEdit"), QStringLiteral("short"));
    QVERIFY(!acceptButton(dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QString::number(PassphraseDialog::kMinimumLength)));

    field(dialog, "passphraseEdit")->clear();
    field(dialog, "passphraseEdit")
        ->insert(QStringLiteral("long enough ünïcode")); // typed, as an input method would
    QTest::keyClicks(field(dialog, "repeatEdit"), QStringLiteral("long enough"));
    QVERIFY(!acceptButton(dialog)->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("differ")));
    field(dialog, "repeatEdit")->insert(QStringLiteral(" ünïcode"));
    QVERIFY(acceptButton(dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
    QCOMPARE(dialog.passphrase(), QStringLiteral("long enough ünïcode").toUtf8());
}

void TestPassphraseDialog::showsTheOwnersProblem()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Unlock, QStringLiteral("vault.pbv"));
    dialog.show();
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(!problem->isVisible());
    dialog.setProblem(QStringLiteral("That passphrase is wrong. Try again."));
    QVERIFY(problem->isVisible());
    dialog.setProblem(QString());
    QVERIFY(!problem->isVisible());
}

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"

// The "Connect with another device" dialog as a person meets it: asking for
// a code first, then a QR code a phone can read, the code and the address
// with Copy, a countdown; Cancel asks once and leaves the closing to the
// sign-in that ends.
#include "core/oauth/devicecode.h"
#include "tests/support/qrdecoder.h"
#include "ui/devicesignindialog.h"
#include "ui/qrcodewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;

namespace {

DeviceCode sampleCode(bool complete)
{
    DeviceCode code;
    code.userCode = QStringLiteral("WDJB-MJHT");
    code.verificationUri = QUrl(QStringLiteral("https://example.com/device"));
    if (complete)
        code.verificationUriComplete = QUrl(QStringLiteral("https://example.com/device?user_code=WDJB-MJHT"));
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    return code;
}

template<typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestDeviceSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksForACodeFirst();
    void showsACodeAPhoneCanRead();
    void copiesCodeAndAddress();
    void countsDownToExpiry();
    void cancelAsksOnceAndStaysOpen();
    void finishClosesWithoutCancelling();
};

void TestDeviceSignInDialog::asksForACodeFirst()
{
    DeviceSignInDialog dialog(QStringLiteral("GitHub"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("GitHub")));
    QVERIFY(child<QLabel>(dialog, "introLabel")->text().contains(QStringLiteral("Asking GitHub")));
    QVERIFY(!child<QrCodeWidget>(dialog, "qrCodeWidget")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "copyCodePushButton")->isVisible());
}

void TestDeviceSignInDialog::showsACodeAPhoneCanRead()
{
    DeviceSignInDialog dialog(QStringLiteral("GitHub"));
    dialog.show();
    const DeviceCode code = sampleCode(true);
    dialog.showCode(code);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* qr = child<QrCodeWidget>(dialog, "qrCodeWidget");
    QVERIFY(qr->isVisible());
    QCOMPARE(qr->url(), code.verificationUriComplete);
    QCOMPARE(child<QLabel>(dialog, "userCodeLabel")->text(), code.userCode);
    QVERIFY(child<QLabel>(dialog, "addressLabel")->text().contains(QStringLiteral("user_code=WDJB-MJHT")));

    // What a phone reads off the screen, at the size the dialog shows it.
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(qr->grab().save(shot));
    QString whyNot;
    QVERIFY2(Test::QrDecoder::decodeFile(shot, &whyNot) == code.verificationUriComplete.toString(),
             qPrintable(whyNot));
}

void TestDeviceSignInDialog::copiesCodeAndAddress()
{
    DeviceSignInDialog dialog(QStringLiteral("GitHub"));
    dialog.show();
    const DeviceCode code = sampleCode(false);
    dialog.showCode(code);
    QTest::mouseClick(child<QPushButton>(dialog, "copyCodePushButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code.userCode);
    QTest::mouseClick(child<QPushButton>(dialog, "copyAddressPushButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code.verificationUri.toString());
    // Without the complete address, the person is told to type the code.
    QVERIFY(child<QLabel>(dialog, "introLabel")->text().contains(QStringLiteral("Enter the code")));
}

void TestDeviceSignInDialog::countsDownToExpiry()
{
    DeviceSignInDialog dialog(QStringLiteral("GitHub"));
    DeviceCode code = sampleCode(true);
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(125);
    dialog.showCode(code);
    auto* status = child<QLabel>(dialog, "statusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("2:0")), qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("2:03"))
                                 || status->text().contains(QStringLiteral("2:02")),
                             4000);
}

void TestDeviceSignInDialog::cancelAsksOnceAndStaysOpen()
{
    DeviceSignInDialog dialog(QStringLiteral("GitHub"));
    dialog.show();
    dialog.showCode(sampleCode(true));
    QSignalSpy cancelled(&dialog, &DeviceSignInDialog::cancelRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelPushButton"), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.close();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(dialog.isVisible()); // until the sign-in has stopped
    QVERIFY(dialog.isCancelling());
    QVERIFY(!child<QPushButton>(dialog, "cancelPushButton")->isEnabled());
    dialog.finish();
    QVERIFY(!dialog.isVisible());
}

void TestDeviceSignInDialog::finishClosesWithoutCancelling()
{
    DeviceSignInDialog dialog(QStringLiteral("GitHub"));
    dialog.show();
    dialog.showCode(sampleCode(true));
    QSignalSpy cancelled(&dialog, &DeviceSignInDialog::cancelRequested);
    dialog.finish();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(cancelled.count(), 0);
}

QTEST_MAIN(TestDeviceSignInDialog)
#include "tst_devicesignindialog.moc"

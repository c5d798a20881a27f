// The window's QR code: drawn from the matrix with whole-pixel modules,
// dark on white with a quiet zone, and readable by a scanner (zbarimg).
#include "tests/support/qrdecoder.h"
#include "ui/qrcodewidget.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;

namespace {

const QUrl kUrl(QStringLiteral("https://login.example.test/activate?user_code=WDJB-MJHT"));

} // namespace

class TestQrCodeWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansBackToTheUrl_data();
    void scansBackToTheUrl();
    void modulesArePureBlackAndWhite();
    void accessibleNameAndSizeHint();
    void tooLongAddressShowsNoCode();
};

void TestQrCodeWidget::scansBackToTheUrl_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("small") << 150;
    QTest::newRow("odd size") << 233;
    QTest::newRow("large, not square") << 600;
}

void TestQrCodeWidget::scansBackToTheUrl()
{
    QFETCH(int, side);
    QrCodeWidget widget;
    widget.setUrl(kUrl);
    QVERIFY(widget.hasCode());
    widget.resize(side, side * 3 / 4 + 40);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("widget.png"));
    QVERIFY(widget.grab().save(path));
    QString whyNot;
    QCOMPARE(Test::QrDecoder::decodeFile(path, &whyNot), kUrl.toString(QUrl::FullyEncoded));
}

void TestQrCodeWidget::modulesArePureBlackAndWhite()
{
    QrCodeWidget widget;
    widget.setUrl(kUrl);
    widget.resize(233, 233);
    const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    int black = 0;
    int white = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel == qRgb(0, 0, 0))
                ++black;
            else if (pixel == qRgb(255, 255, 255))
                ++white;
        }
    }
    QVERIFY(black > 0 && white > 0);
    // Only the centring margin outside the white square is the window's
    // background; the code itself has no grey edge pixels at all.
    const int span
        = QrCode::encode(kUrl.toString(QUrl::FullyEncoded)).value().size() + 2 * QrCodeWidget::kQuietZone;
    const int codeSide = (233 / span) * span;
    QVERIFY2(black + white >= codeSide * codeSide,
             qPrintable(QStringLiteral("%1 + %2").arg(black).arg(white)));
}

void TestQrCodeWidget::accessibleNameAndSizeHint()
{
    QrCodeWidget widget;
    widget.setUrl(kUrl);
    QCOMPARE(widget.accessibleName(), kUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(widget.url(), kUrl);
    QCOMPARE(widget.sizeHint().width(), widget.sizeHint().height());
    QVERIFY(widget.sizeHint().width()
            >= (21 + 2 * QrCodeWidget::kQuietZone) * QrCodeWidget::kPreferredModulePixels);
    QVERIFY(widget.hasHeightForWidth());
    QCOMPARE(widget.objectName(), QStringLiteral("qrCodeWidget"));
}

void TestQrCodeWidget::tooLongAddressShowsNoCode()
{
    QrCodeWidget widget;
    widget.setUrl(QUrl(QStringLiteral("https://example.test/?") + QString(3000, QLatin1Char('a'))));
    QVERIFY(!widget.hasCode());
    QVERIFY(widget.codeError().contains(QStringLiteral("too long")));
    widget.setUrl(kUrl);
    QVERIFY(widget.hasCode());
    QVERIFY(widget.codeError().isEmpty());
}

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"

// QR codes for the terminal: the core matrix is libqrencode's own, and the
// half-block text plugboard-cli prints decodes back to the URL when drawn
// as a terminal shows it (zbarimg plays the phone).
#include "app/cli/terminalqr.h"
#include "core/qr/qrcode.h"
#include "tests/support/qrdecoder.h"

#include <QRegularExpression>
#include <QTest>
#include <qrencode.h>

using namespace Plugboard;
using namespace Plugboard::Cli;
using Colors = TerminalQr::Colors;

Q_DECLARE_METATYPE(Plugboard::Cli::TerminalQr::Colors)

namespace {

const QString kUrl = QStringLiteral("https://login.example.test/activate?user_code=WDJB-MJHT");

// A row without its colour codes: what takes room on the screen.
QString visible(QString row)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*m"));
    return row.remove(escape);
}

} // namespace

class TestTerminalQr final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixIsLibqrencodesOwn();
    void tooLongAddressIsRefused();
    void emptyAddressIsRefused();
    void terminalTextDecodesToTheUrl_data();
    void terminalTextDecodesToTheUrl();
    void explicitColorsAreDarkOnLight();
};

void TestTerminalQr::matrixIsLibqrencodesOwn()
{
    const Result<QrCode> code = QrCode::encode(kUrl);
    QVERIFY(code);
    const QByteArray bytes = kUrl.toUtf8();
    QRcode* reference = QRcode_encodeData(
        int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.data()), 0, QR_ECLEVEL_M);
    QVERIFY(reference);
    QCOMPARE(code.value().size(), reference->width);
    QCOMPARE(code.value().version(), reference->version);
    QCOMPARE(code.value().size(), 17 + 4 * reference->version);
    for (int y = 0; y < reference->width; ++y)
        for (int x = 0; x < reference->width; ++x)
            QCOMPARE(code.value().isDark(x, y), (reference->data[y * reference->width + x] & 1) != 0);
    QRcode_free(reference);
    QVERIFY(!code.value().isDark(-1, 0)); // the quiet zone is light
    QVERIFY(!code.value().isDark(0, code.value().size()));
    QVERIFY(code.value().isDark(0, 0)); // a finder pattern's corner
}

void TestTerminalQr::tooLongAddressIsRefused()
{
    const Result<QrCode> code
        = QrCode::encode(QStringLiteral("https://example.test/?") + QString(3000, QLatin1Char('a')));
    QVERIFY(!code);
    QCOMPARE(code.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(code.error().message.contains(QStringLiteral("too long")), qPrintable(code.error().message));
    QVERIFY(QrCode::encode(QString(QrCode::kMaxBytes, QLatin1Char('a'))));
}

void TestTerminalQr::emptyAddressIsRefused()
{
    QVERIFY(!QrCode::encode(QString()));
}

void TestTerminalQr::terminalTextDecodesToTheUrl_data()
{
    QTest::addColumn<Colors>("colors");
    QTest::addColumn<bool>("blocksAreDark");
    // Explicit: black blocks on white whatever the theme. None: blocks in the
    // text colour, seen here on the common light-on-dark terminal.
    QTest::newRow("explicit colours") << Colors::Explicit << true;
    QTest::newRow("no colours, dark terminal") << Colors::None << false;
}

void TestTerminalQr::terminalTextDecodesToTheUrl()
{
    QFETCH(Colors, colors);
    QFETCH(bool, blocksAreDark);
    const Result<QrCode> code = QrCode::encode(kUrl);
    QVERIFY(code);
    const QStringList lines = TerminalQr::render(code.value(), colors);
    QCOMPARE(lines.size(), (code.value().size() + 2 * TerminalQr::kQuietZone + 1) / 2);
    QCOMPARE(visible(lines.first()).size(), code.value().size() + 2 * TerminalQr::kQuietZone);
    QString whyNot;
    QCOMPARE(Test::QrDecoder::decodeTerminalText(lines, blocksAreDark, &whyNot), kUrl);
}

void TestTerminalQr::explicitColorsAreDarkOnLight()
{
    const Result<QrCode> code = QrCode::encode(kUrl);
    QVERIFY(code);
    const QStringList lines = TerminalQr::render(code.value(), Colors::Explicit);
    for (const QString& line : lines) {
        QVERIFY(line.startsWith(QStringLiteral("\x1b[30;107m")));
        QVERIFY(line.endsWith(QStringLiteral("\x1b[0m")));
    }
    // The first text row is quiet zone only: all background (spaces).
    const QString first = visible(lines.first());
    QCOMPARE(first, QString(first.size(), QLatin1Char(' ')));
    const QStringList plain = TerminalQr::render(code.value(), Colors::None);
    QVERIFY(!plain.join(QString()).contains(QLatin1Char('\x1b')));
    // Without colours the quiet zone is drawn: full blocks, light on a dark terminal.
    QCOMPARE(plain.first(), QString(first.size(), QChar(0x2588)));
}

QTEST_GUILESS_MAIN(TestTerminalQr)
#include "tst_terminalqr.moc"

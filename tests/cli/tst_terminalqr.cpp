// QR codes for the terminal: the core matrix is libqrencode's own, and the
// half-block text plugboard-cli prints decodes back to the URL when drawn
// as a terminal shows it (zbarimg plays the phone).
#include "app/cli/terminalqr.h"
#include "core/qr/qrcode.h"
#include "tests/support/qrdecoder.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <qrencode.h>

using namespace Plugboard;
using namespace Plugboard::Cli;
using Colors = TerminalQr::Colors;

Q_DECLARE_METATYPE(Plugboard::Cli::TerminalQr::Colors)

namespace {

const QString kUrl = QStringLiteral("https://login.example.test/activate?user_code=WDJB-MJHT");

struct Cells
{
    int width = 0;
    QList<QList<bool>> rows; ///< true where the text colour is drawn
};

// Two module rows per text row: ▀ top, ▄ bottom, █ both, space neither.
Cells cellsOf(const QStringList& lines)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*m"));
    Cells cells;
    for (QString line : lines) {
        line.remove(escape);
        QList<bool> top;
        QList<bool> bottom;
        for (const QChar c : std::as_const(line)) {
            top.append(c == QChar(0x2580) || c == QChar(0x2588));
            bottom.append(c == QChar(0x2584) || c == QChar(0x2588));
        }
        cells.width = std::max(cells.width, int(line.size()));
        cells.rows.append(top);
        cells.rows.append(bottom);
    }
    return cells;
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
    const Cells cells = cellsOf(lines);
    QCOMPARE(cells.width, code.value().size() + 2 * TerminalQr::kQuietZone);

    // Draw it as the terminal would, 6 pixels a module, inside a margin of
    // the terminal's background (dark for "None", as assumed).
    constexpr int kScale = 6;
    constexpr int kMargin = 4 * kScale;
    const char background = blocksAreDark ? char(255) : char(0);
    const int width = cells.width * kScale + 2 * kMargin;
    const int height = int(cells.rows.size()) * kScale + 2 * kMargin;
    QByteArray pixels(qsizetype(width) * height, background);
    for (int row = 0; row < cells.rows.size(); ++row) {
        for (int column = 0; column < cells.rows[row].size(); ++column) {
            const bool block = cells.rows[row][column];
            const char shade = block == blocksAreDark ? char(0) : char(255);
            for (int dy = 0; dy < kScale; ++dy)
                for (int dx = 0; dx < kScale; ++dx)
                    pixels[qsizetype(kMargin + row * kScale + dy) * width + kMargin + column * kScale + dx]
                        = shade;
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terminal.pgm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Test::QrDecoder::pgm(pixels, width, height));
    file.close();
    QString whyNot;
    QCOMPARE(Test::QrDecoder::decodeFile(path, &whyNot), kUrl);
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
    const Cells cells = cellsOf({ lines.first() });
    QVERIFY(!cells.rows[0].contains(true) && !cells.rows[1].contains(true));
    const QStringList plain = TerminalQr::render(code.value(), Colors::None);
    QVERIFY(!plain.join(QString()).contains(QLatin1Char('\x1b')));
    // Without colours the quiet zone is drawn: full blocks, light on a dark terminal.
    QCOMPARE(plain.first(), QString(cells.width, QChar(0x2588)));
}

QTEST_GUILESS_MAIN(TestTerminalQr)
#include "tst_terminalqr.moc"

#include "tests/support/qrdecoder.h"

#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Plugboard::Test::QrDecoder {

namespace {

// Two module rows per text row: ▀ top, ▄ bottom, █ both, space neither;
// true where the text colour is drawn.
QList<QList<bool>> cellsOf(const QStringList& lines)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*m"));
    QList<QList<bool>> rows;
    for (QString line : lines) {
        line.remove(escape);
        QList<bool> top;
        QList<bool> bottom;
        for (const QChar c : std::as_const(line)) {
            top.append(c == QChar(0x2580) || c == QChar(0x2588));
            bottom.append(c == QChar(0x2584) || c == QChar(0x2588));
        }
        rows.append(top);
        rows.append(bottom);
    }
    return rows;
}

} // namespace

QString decodeFile(const QString& path, QString* whyNot)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        if (whyNot)
            *whyNot = QStringLiteral("zbarimg is not installed (apt-get install zbar-tools)");
        return {};
    }
    QProcess process;
    process.start(zbarimg,
                  { QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                    QStringLiteral("-Sqrcode.enable"), path });
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (whyNot)
        *whyNot = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QByteArray text = process.readAllStandardOutput();
    if (text.endsWith('\n'))
        text.chop(1);
    return QString::fromUtf8(text);
}

QByteArray pgm(const QByteArray& pixels, int width, int height)
{
    return QByteArrayLiteral("P5\n") + QByteArray::number(width) + ' ' + QByteArray::number(height)
        + "\n255\n" + pixels;
}

} // namespace Plugboard::Test::QrDecoder

namespace Plugboard::Test::QrDecoder {

QString decodeTerminalText(const QStringList& lines, bool blocksAreDark, QString* whyNot)
{
    constexpr int kScale = 6;
    constexpr int kMargin = 4 * kScale;
    const QList<QList<bool>> rows = cellsOf(lines);
    qsizetype columns = 0;
    for (const QList<bool>& row : rows)
        columns = std::max(columns, row.size());
    const int width = int(columns) * kScale + 2 * kMargin;
    const int height = int(rows.size()) * kScale + 2 * kMargin;
    QByteArray pixels(qsizetype(width) * height, blocksAreDark ? char(255) : char(0));
    for (int y = 0; y < rows.size(); ++y) {
        for (int x = 0; x < rows[y].size(); ++x) {
            const char shade = rows[y][x] == blocksAreDark ? char(0) : char(255);
            for (int dy = 0; dy < kScale; ++dy)
                for (int dx = 0; dx < kScale; ++dx)
                    pixels[qsizetype(kMargin + y * kScale + dy) * width + kMargin + x * kScale + dx] = shade;
        }
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("terminal.pgm")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pgm(pixels, width, height)) < 0)
        return {};
    file.close();
    return decodeFile(file.fileName(), whyNot);
}

} // namespace Plugboard::Test::QrDecoder

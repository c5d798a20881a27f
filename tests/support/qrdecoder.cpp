#include "tests/support/qrdecoder.h"

#include <QProcess>
#include <QStandardPaths>

namespace Plugboard::Test::QrDecoder {

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

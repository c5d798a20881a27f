#include "ui/platformmonogram.h"

#include <QColor>
#include <QCryptographicHash>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace Plugboard::PlatformMonogram {

QPixmap pixmap(const QString& name, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);

    // A stable hue from the name; saturation and value chosen so white
    // text stays readable on every hue.
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    const int hue = (quint8(digest.at(0)) << 8 | quint8(digest.at(1))) % 360;
    const QColor background = QColor::fromHsv(hue, 150, 150);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath square;
    square.addRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2);
    painter.fillPath(square, background);

    const QString letter = name.trimmed().isEmpty() ? QStringLiteral("?") : name.trimmed().left(1).toUpper();
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.55));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
    return pixmap;
}

} // namespace Plugboard::PlatformMonogram

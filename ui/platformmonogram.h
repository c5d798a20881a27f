#pragma once

#include <QPixmap>
#include <QString>

namespace Plugboard::PlatformMonogram {

/// The icon of a platform that has none (custom providers): its first
/// letter on a rounded square whose colour follows from its name, so the
/// same provider always looks the same and two providers rarely alike.
QPixmap pixmap(const QString& name, int size, qreal devicePixelRatio = 1.0);

} // namespace Plugboard::PlatformMonogram

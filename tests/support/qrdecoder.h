#pragma once

#include <QByteArray>
#include <QString>

namespace Plugboard::Test::QrDecoder {

/// Decodes the one QR code in an image file with zbarimg (zbar-tools), as
/// a phone's scanner would, and returns its text; empty when nothing was
/// read. `whyNot` (optional) gets zbarimg's complaint or why it could not run.
QString decodeFile(const QString& path, QString* whyNot = nullptr);

/// A grayscale image (one byte per pixel, 0 black, 255 white, row by row)
/// as a binary PGM file's contents, which zbarimg reads.
QByteArray pgm(const QByteArray& pixels, int width, int height);

} // namespace Plugboard::Test::QrDecoder

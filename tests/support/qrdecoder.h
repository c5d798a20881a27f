#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Plugboard::Test::QrDecoder {

/// Decodes the one QR code in an image file with zbarimg (zbar-tools), as
/// a phone's scanner would, and returns its text; empty when nothing was
/// read. `whyNot` (optional) gets zbarimg's complaint or why it could not run.
QString decodeFile(const QString& path, QString* whyNot = nullptr);

/// A grayscale image (one byte per pixel, 0 black, 255 white, row by row)
/// as a binary PGM file's contents, which zbarimg reads.
QByteArray pgm(const QByteArray& pixels, int width, int height);

/// Draws half-block text (▀ ▄ █ and space; ANSI colour codes ignored) as a
/// terminal shows it, 6 pixels a module inside a margin of the terminal's
/// background, and decodes it with decodeFile(). `blocksAreDark`: the
/// blocks show dark on light (explicit colours); false for light text on a
/// dark terminal.
QString decodeTerminalText(const QStringList& lines, bool blocksAreDark, QString* whyNot = nullptr);

} // namespace Plugboard::Test::QrDecoder

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Plugboard {

/// A QR code as a square matrix of modules, for a renderer to draw (the
/// terminal's half blocks, the window's QrCodeWidget). Encoded by
/// libqrencode in 8-bit mode with error correction level M (15 % of the
/// symbol may be damaged), the smallest version that fits. Renderers add
/// the quiet zone; isDark() is false outside the matrix, so they can ask
/// for it.
class QrCode final
{
public:
    /// The most bytes a version-40 symbol holds at level M in 8-bit mode.
    static constexpr int kMaxBytes = 2331;

    /// `text` as UTF-8. Fails with InvalidArgument when it is empty or too
    /// long for any QR code.
    static Result<QrCode> encode(const QString& text);

    /// Modules per side (21 for version 1, +4 per version).
    int size() const { return m_size; }
    /// The version libqrencode chose (1-40).
    int version() const { return m_version; }
    /// True for a dark module; false outside 0 ≤ x, y < size().
    bool isDark(int x, int y) const;

private:
    QrCode() = default;

    int m_size = 0;
    int m_version = 0;
    QByteArray m_modules; ///< size×size, row by row; 1 = dark
};

} // namespace Plugboard

#pragma once

#include <QColor>
#include <QPalette>

namespace Plugboard::ProblemColor {

/// The colour of a line that says what went wrong (a card's problem, a
/// dialog's refusal): red enough to read as trouble, not the link colour
/// (it is not a link), and light on a dark palette.
inline QColor on(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xf2, 0xb8, 0xb5)
                                                           : QColor(0xb3, 0x26, 0x1e);
}

} // namespace Plugboard::ProblemColor

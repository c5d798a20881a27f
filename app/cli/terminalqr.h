#pragma once

#include <QStringList>

namespace Plugboard {
class QrCode;
}

namespace Plugboard::Cli {

/// Draws a QR code in a terminal with Unicode half blocks: each character
/// cell holds two modules, one above the other (▀ ▄ █ and space), so the
/// code stays square and small enough for an 80×24 window.
///
/// A phone needs dark modules on a light background, and terminals differ:
/// many show light text on a dark background. Colors::Explicit sets the
/// colours itself (ANSI black on bright white) and draws the dark modules,
/// so the code reads the same under any theme. Colors::None (NO_COLOR,
/// TERM=dumb) cannot set colours, so it draws the *light* modules as
/// blocks in the text colour: right on the common light-on-dark terminal,
/// and a mirror-image (inverted) code on a dark-on-light one, which most
/// phone scanners read as well.
namespace TerminalQr {

enum class Colors { Explicit, None };

/// Modules of quiet zone around the code: the standard asks for 4, phones
/// read 2 well and the code stays small.
inline constexpr int kQuietZone = 2;

/// One string per terminal row, without line breaks.
QStringList render(const QrCode& code, Colors colors);

/// Explicit, unless NO_COLOR is set or TERM is "dumb" or unset.
Colors colorsForThisTerminal();

} // namespace TerminalQr
} // namespace Plugboard::Cli

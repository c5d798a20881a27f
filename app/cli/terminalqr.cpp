#include "app/cli/terminalqr.h"

#include "core/qr/qrcode.h"

namespace Plugboard::Cli::TerminalQr {

namespace {

constexpr QChar kUpper(0x2580); // ▀
constexpr QChar kLower(0x2584); // ▄
constexpr QChar kFull(0x2588); // █

// Black text on a bright white background, and back to the terminal's own.
const QString kDarkOnLight = QStringLiteral("\x1b[30;107m");
const QString kReset = QStringLiteral("\x1b[0m");

QChar cell(bool upper, bool lower)
{
    if (upper && lower)
        return kFull;
    if (upper)
        return kUpper;
    return lower ? kLower : QLatin1Char(' ');
}

} // namespace

QStringList render(const QrCode& code, Colors colors)
{
    const int first = -kQuietZone;
    const int end = code.size() + kQuietZone; // one past the last module, quiet zone included
    // Explicit colours draw what is dark; without them the blocks are the light modules.
    const bool drawDark = colors == Colors::Explicit;
    QStringList rows;
    for (int y = first; y < end; y += 2) {
        QString row = drawDark ? kDarkOnLight : QString();
        for (int x = first; x < end; ++x) {
            const bool upper = code.isDark(x, y) == drawDark;
            const bool lower = y + 1 < end && code.isDark(x, y + 1) == drawDark;
            row += cell(upper, lower);
        }
        if (drawDark)
            row += kReset;
        rows.append(row);
    }
    return rows;
}

Colors colorsForThisTerminal()
{
    const QByteArray term = qgetenv("TERM");
    if (qEnvironmentVariableIsSet("NO_COLOR") || term.isEmpty() || term == "dumb")
        return Colors::None;
    return Colors::Explicit;
}

} // namespace Plugboard::Cli::TerminalQr

#include "statusbadge.h"

#include <QEvent>
#include <QGuiApplication>

namespace Plugboard {

namespace {

QColor toneColor(StatusBadge::Tone tone, bool dark)
{
    switch (tone) {
    case StatusBadge::Tone::Good:
        return dark ? QColor(0x6f, 0xcf, 0x97) : QColor(0x2e, 0x7d, 0x4f);
    case StatusBadge::Tone::Busy:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    case StatusBadge::Tone::Attention:
        return dark ? QColor(0xf6, 0xc3, 0x44) : QColor(0x8a, 0x5a, 0x00);
    case StatusBadge::Tone::Broken:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
    case StatusBadge::Tone::Neutral:
        break;
    }
    return dark ? QColor(0xa3, 0xad, 0xb6) : QColor(0x5b, 0x66, 0x70);
}

} // namespace

StatusBadge::StatusBadge(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    applyStyle();
}

StatusBadge::~StatusBadge() = default;

void StatusBadge::setStatus(const QString& label, Tone tone)
{
    setText(label);
    setAccessibleName(tr("Status: %1").arg(label));
    if (m_tone != tone) {
        m_tone = tone;
        applyStyle();
    }
}

void StatusBadge::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void StatusBadge::applyStyle()
{
    // Follows the application palette (not this label's, which the style
    // sheet itself changes), so light and dark themes both stay readable.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    const QColor color = toneColor(m_tone, dark);
    QColor background = color;
    background.setAlpha(dark ? 60 : 36);
    const QString style
        = (QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px; padding: 2px 9px; "
                          "font-weight: 600; }")
               .arg(color.name(), background.name(QColor::HexArgb)));
    if (styleSheet() != style) // setting a style sheet sends a palette change: stop there
        setStyleSheet(style);
}

} // namespace Plugboard

#include "ui/statusbadge.h"

#include <QGuiApplication>
#include <QPainter>

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
    setContentsMargins(kPaddingX, kPaddingY, kPaddingX, kPaddingY);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    setFont(bold);
}

StatusBadge::~StatusBadge() = default;

void StatusBadge::setStatus(const QString& label, Tone tone)
{
    setText(label);
    setAccessibleName(tr("Status: %1").arg(label));
    if (m_tone != tone) {
        m_tone = tone;
        update();
    }
}

void StatusBadge::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    // Painted rather than styled: a style sheet per badge made every card
    // costly to create. The colours follow the application palette, so
    // light and dark themes both stay readable.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    const QColor color = toneColor(m_tone, dark);
    QColor background = color;
    background.setAlpha(dark ? 60 : 36);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    const qreal radius = height() / 2.0;
    painter.drawRoundedRect(QRectF(rect()), radius, radius);
    painter.setPen(color);
    painter.setFont(font());
    painter.drawText(contentsRect(), Qt::AlignCenter, text());
}

} // namespace Plugboard

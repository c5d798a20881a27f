#include "ui/qrcodewidget.h"

#include <QPaintEvent>
#include <QPainter>

#include <cmath>

namespace Plugboard {

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCodeWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QrCodeWidget::~QrCodeWidget() = default;

void QrCodeWidget::setUrl(const QUrl& url)
{
    m_url = url;
    m_code.reset();
    m_error.clear();
    const QString text = url.toString(QUrl::FullyEncoded);
    if (!url.isEmpty()) {
        Result<QrCode> code = QrCode::encode(text);
        if (code)
            m_code = std::move(code).value();
        else
            m_error = code.error().message;
    }
    setAccessibleName(text);
    setToolTip(text);
    updateGeometry();
    update();
}

int QrCodeWidget::span() const
{
    return m_code ? m_code->size() + 2 * kQuietZone : 0;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = std::max(span(), 21 + 2 * kQuietZone) * kPreferredModulePixels;
    return { side, side };
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = std::max(span(), 21 + 2 * kQuietZone) * 2; // two pixels a module still scans
    return { side, side };
}

void QrCodeWidget::paintEvent(QPaintEvent* /*event*/)
{
    if (!m_code)
        return;
    QPainter painter(this);
    // Whole device pixels per module: a fractional size would blur edges
    // (antialiasing) or make modules unequal, and phones misread both.
    const qreal ratio = devicePixelRatioF();
    const int deviceSide = int(std::floor(std::min(width(), height()) * ratio));
    const int module = std::max(1, deviceSide / span());
    const int codeSide = module * span();
    painter.save();
    painter.scale(1.0 / ratio, 1.0 / ratio); // draw in device pixels
    const int left = (int(std::floor(width() * ratio)) - codeSide) / 2;
    const int top = (int(std::floor(height() * ratio)) - codeSide) / 2;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRect(left, top, codeSide, codeSide), Qt::white);
    const int size = m_code->size();
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if (m_code->isDark(x, y))
                painter.fillRect(
                    QRect(left + (x + kQuietZone) * module, top + (y + kQuietZone) * module, module, module),
                    Qt::black);
        }
    }
    painter.restore();
}

} // namespace Plugboard
